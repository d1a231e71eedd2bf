package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signed difference in percentage points, against a benchmark or against an earlier time.
 *
 * <pre>{@code
 * // 低于全国0.8个百分点
 * Comparison c = Comparison.of(ComparisonKind.AGAINST_BENCHMARK, new BigDecimal("-0.8"), "全国", span);
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComparison.class)
@JsonDeserialize(as = ImmutableComparison.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"kind", "points", "benchmark", "span"})
public abstract class Comparison implements Stated {
  Comparison() {}

  /** @return against a benchmark or over time */
  public abstract ComparisonKind kind();

  /** @return the signed difference in percentage points (低于, 回落 → negative) */
  public abstract BigDecimal points();

  /** @return what it is compared with, as written (全国平均水平, 全省, 一季度, 均衡进度 …) */
  public abstract Optional<String> benchmark();

  /** @return where the comparison was stated */
  @Override
  public abstract Span span();

  @Override
  public abstract Optional<Status> status();

  @Override
  public abstract Optional<Bound> bound();

  /** @return a builder of comparisons */
  public static ImmutableComparison.Builder builder() {
    return ImmutableComparison.builder();
  }

  /** @return a comparison with a named benchmark */
  public static Comparison of(ComparisonKind kind, BigDecimal points, String benchmark, Span span) {
    return builder().kind(kind).points(points).benchmark(benchmark).span(span).build();
  }
}
