package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signed growth rate in percent, with its basis and the way it was stated.
 *
 * <pre>{@code
 * // 进出口总额同比下降3.4%
 * GrowthRate g = GrowthRate.of(new BigDecimal("-3.4"), Basis.YEAR_ON_YEAR, StatedAs.DECREASE, span);
 * }</pre>
 *
 * <p>The sign agrees with {@link #statedAs()}: {@link StatedAs#INCREASE} is not negative,
 * {@link StatedAs#DECREASE} not positive, {@link StatedAs#FLAT} zero. Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrowthRate.class)
@JsonDeserialize(as = ImmutableGrowthRate.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"percent", "basis", "statedAs", "period", "span"})
public abstract class GrowthRate implements Stated {
  GrowthRate() {}

  /** @return the signed growth in percent (增长1.3倍 is 130, 下降3.4% is −3.4) */
  public abstract BigDecimal percent();

  /** @return what the growth is measured against */
  public abstract Basis basis();

  /** @return how the report worded it */
  public abstract StatedAs statedAs();

  /** @return where the rate was stated */
  @Override
  public abstract Span span();

  @Override
  public abstract Optional<Status> status();

  @Override
  public abstract Optional<Bound> bound();

  /** @return the period of this rate when it differs from or refines the fact's own period */
  public abstract Optional<Period> period();

  /** @return a builder of growth rates */
  public static ImmutableGrowthRate.Builder builder() {
    return ImmutableGrowthRate.builder();
  }

  /**
   * @return a growth rate with no period of its own
   * @throws InvalidValueException if the sign of {@code percent} disagrees with {@code statedAs}
   */
  public static GrowthRate of(BigDecimal percent, Basis basis, StatedAs statedAs, Span span) {
    return builder().percent(percent).basis(basis).statedAs(statedAs).span(span).build();
  }

  @Value.Check
  void check() {
    int sign = percent().signum();
    if (statedAs() == StatedAs.INCREASE && sign < 0) {
      throw new InvalidValueException("GrowthRate", "percent",
          "must not be negative when statedAs is INCREASE, was " + percent().toPlainString());
    }
    if (statedAs() == StatedAs.DECREASE && sign > 0) {
      throw new InvalidValueException("GrowthRate", "percent",
          "must not be positive when statedAs is DECREASE, was " + percent().toPlainString());
    }
    if (statedAs() == StatedAs.FLAT && sign != 0) {
      throw new InvalidValueException("GrowthRate", "percent",
          "must be 0 when statedAs is FLAT, was " + percent().toPlainString());
    }
  }
}
