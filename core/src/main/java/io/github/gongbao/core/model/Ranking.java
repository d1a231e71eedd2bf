package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place in a ranking: a 1-based position or a tier, within a scope.
 *
 * <pre>{@code
 * Ranking third = Ranking.ofPosition("全省", 3, span);     // 居全省第3位
 * Ranking top = Ranking.ofTier("全省", "前列", span);       // 位居全省前列
 * }</pre>
 *
 * <p>Exactly one of {@link #position()} and {@link #tier()} is present; a position is at least 1 and
 * not more than {@link #outOf()}. Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRanking.class)
@JsonDeserialize(as = ImmutableRanking.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"scope", "position", "tier", "outOf", "period", "span"})
public abstract class Ranking implements Stated {
  Ranking() {}

  /** @return the field ranked in, as written (全省, 全国, 全市, 18个省辖市 …); empty when unstated */
  public abstract String scope();

  /** @return the 1-based position, when the report gives one */
  public abstract Optional<Integer> position();

  /** @return the tier, as written (前列, 第一方阵, 首位), when the report gives no position */
  public abstract Optional<String> tier();

  /** @return the number ranked, when stated (N个县市区中排第2) */
  public abstract Optional<Integer> outOf();

  /** @return where the ranking was stated */
  @Override
  public abstract Span span();

  @Override
  public abstract Optional<Status> status();

  @Override
  public abstract Optional<Bound> bound();

  /** @return the period of this ranking when it differs from the fact's own */
  public abstract Optional<Period> period();

  /** @return a builder of rankings */
  public static ImmutableRanking.Builder builder() {
    return ImmutableRanking.builder();
  }

  /** @return a ranking by position */
  public static Ranking ofPosition(String scope, int position, Span span) {
    return builder().scope(scope).position(position).span(span).build();
  }

  /** @return a ranking by tier */
  public static Ranking ofTier(String scope, String tier, Span span) {
    return builder().scope(scope).tier(tier).span(span).build();
  }

  @Value.Check
  void check() {
    if (position().isPresent() == tier().isPresent()) {
      throw new InvalidValueException("Ranking", "position",
          position().isPresent() ? "and tier must not both be present" : "or tier must be present");
    }
    position().ifPresent(p -> {
      if (p < 1) {
        throw new InvalidValueException("Ranking", "position", "must be at least 1, was " + p);
      }
    });
    tier().ifPresent(t -> {
      if (t.isBlank()) {
        throw new InvalidValueException("Ranking", "tier", "must not be blank");
      }
    });
    outOf().ifPresent(n -> {
      if (n < 1) {
        throw new InvalidValueException("Ranking", "outOf", "must be at least 1, was " + n);
      }
      if (position().isPresent() && position().get() > n) {
        throw new InvalidValueException("Ranking", "position",
            "must not exceed outOf " + n + ", was " + position().get());
      }
    });
  }
}
