package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A share in percent of a parent total.
 *
 * <pre>{@code
 * // 占一般公共预算支出的比重为77.1%
 * Share s = Share.of(new BigDecimal("77.1"), "一般公共预算支出", span);
 * }</pre>
 *
 * <p>The percent is not negative (it may exceed 100: 占调整预算105.47%). Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableShare.class)
@JsonDeserialize(as = ImmutableShare.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"percent", "parent", "span"})
public abstract class Share implements Stated {
  Share() {}

  /** @return the share in percent */
  public abstract BigDecimal percent();

  /** @return the whole it is a share of, as written, minimal (一般公共预算支出) */
  public abstract Optional<String> parent();

  /** @return where the share was stated */
  @Override
  public abstract Span span();

  @Override
  public abstract Optional<Status> status();

  @Override
  public abstract Optional<Bound> bound();

  /** @return a builder of shares */
  public static ImmutableShare.Builder builder() {
    return ImmutableShare.builder();
  }

  /** @return a share of a named parent */
  public static Share of(BigDecimal percent, String parent, Span span) {
    return builder().percent(percent).parent(parent).span(span).build();
  }

  @Value.Check
  void check() {
    if (percent().signum() < 0) {
      throw new InvalidValueException("Share", "percent",
          "must not be negative, was " + percent().toPlainString());
    }
  }
}
