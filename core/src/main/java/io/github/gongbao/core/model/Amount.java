package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.gongbao.units.Quantity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level, count or absolute change: an exact {@link Quantity} where it was stated, labelled when it
 * is not the fact's own level.
 *
 * <pre>{@code
 * Amount a = Amount.builder().quantity(Quantity.parse("218亿元")).span(span).label("总投资").build();
 * a.quantity().value();   // 21800000000
 * }</pre>
 *
 * <p>A count of things or people (unit dimension {@code count:…}, {@code people} or
 * {@code person_time}) is never negative. Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmount.class)
@JsonDeserialize(as = ImmutableAmount.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"quantity", "label", "span"})
public abstract class Amount implements Stated {
  Amount() {}

  /** @return the quantity as written (number, scale word, unit) */
  public abstract Quantity quantity();

  /** @return where the amount was stated */
  @Override
  public abstract Span span();

  @Override
  public abstract Optional<Status> status();

  @Override
  public abstract Optional<Bound> bound();

  /**
   * @return what the amount is, as written, when it is not the fact's own level (总投资, 年度计划投资,
   *     增收, 预算)
   */
  public abstract Optional<String> label();

  /** @return a builder of amounts */
  public static ImmutableAmount.Builder builder() {
    return ImmutableAmount.builder();
  }

  /** @return an amount without label */
  public static Amount of(Quantity quantity, Span span) {
    return builder().quantity(quantity).span(span).build();
  }

  /** @return true if the unit counts things or people */
  @JsonIgnore
  public final boolean isCount() {
    String d = quantity().unit().dimension();
    return quantity().unit().isCount() || d.equals("person") || d.equals("person_time");
  }

  @Value.Check
  void check() {
    if (isCount() && quantity().number().signum() < 0) {
      throw new InvalidValueException("Amount", "quantity",
          "must not be negative for a count (" + quantity().unit().dimension() + "), was "
              + quantity());
    }
    label().ifPresent(l -> {
      if (l.isBlank()) {
        throw new InvalidValueException("Amount", "label", "must not be blank when present");
      }
    });
  }
}
