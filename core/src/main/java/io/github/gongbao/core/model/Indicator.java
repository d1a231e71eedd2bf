package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statistical indicator with the figures stated about it: level, growth, comparisons, rank, share.
 *
 * <pre>{@code
 * Indicator gdp = Indicator.builder().name("地区生产总值").region(Region.of("全市"))
 *     .period(Period.parse("上半年")).addAmounts(Amount.of(Quantity.parse("1234.5亿元"), span))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
@JsonTypeName("indicator")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"name", "canonicalId", "breakdown", "region", "period", "amounts", "growthRates",
    "comparisons", "rankings", "shares", "spans", "derived"})
public abstract class Indicator implements Fact {
  Indicator() {}

  /** @return the id of the indicator catalogue entry, when known */
  @Override
  public abstract Optional<String> canonicalId();

  /** @return a builder of indicators */
  public static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }

  @Value.Check
  void check() {
    Checks.fact("Indicator", this);
    Checks.optionalText("Indicator", "canonicalId", canonicalId());
  }
}
