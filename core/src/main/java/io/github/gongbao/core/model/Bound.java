package io.github.gongbao.core.model;

/**
 * How exact a figure is as written. A claim without a bound is exact.
 *
 * <pre>{@code
 * // 约2.5亿元
 * Amount.builder().quantity(q).span(span).bound(Bound.APPROXIMATE).build();
 * }</pre>
 */
public enum Bound {
  /** As written (the default; 高达 stays exact). */
  EXACT,
  /** 约, 近, 左右, 大约, 接近, 上下. */
  APPROXIMATE,
  /** 超, 超过, 逾, 突破, N多, 不低于, 以上 after the figure. */
  AT_LEAST,
  /** 不足, 不到, 以内, 不超过. */
  AT_MOST
}
