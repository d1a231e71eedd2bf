package io.github.gongbao.core.model;

/**
 * What a {@link Comparison} in percentage points compares.
 *
 * <pre>{@code
 * ComparisonKind.AGAINST_BENCHMARK;  // 高于全省平均水平1.5个百分点 → claim pp_vs
 * ComparisonKind.CHANGE_OVER_TIME;   // 较一季度回落0.4个百分点 → claim pp_change
 * }</pre>
 */
public enum ComparisonKind {
  /** Against another figure of the same period (全国平均水平, 全省, 均衡进度); claim attr {@code pp_vs}. */
  AGAINST_BENCHMARK,
  /** Against the same rate at an earlier time (一季度, 上年); claim attr {@code pp_change}. */
  CHANGE_OVER_TIME
}
