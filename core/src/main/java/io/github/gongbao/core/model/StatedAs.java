package io.github.gongbao.core.model;

/**
 * How a {@link GrowthRate} was worded; its percent is always the signed equivalent.
 *
 * <pre>{@code
 * // 增长1.3倍
 * GrowthRate.of(new BigDecimal("130"), Basis.UNSPECIFIED, StatedAs.MULTIPLE, span);
 * }</pre>
 */
public enum StatedAs {
  /** 增长, 上涨, 提高 N%: percent not negative. */
  INCREASE,
  /** 下降, 减少, 回落 N%: percent not positive (下降3.4% is −3.4). */
  DECREASE,
  /** 持平: percent exactly 0. */
  FLAT,
  /** 增长N倍: percent is N × 100 (增长1.3倍 is 130). */
  MULTIPLE,
  /** 翻番, 翻一番: percent is 100 per doubling. */
  DOUBLED,
  /** 由负转正: turned from decline to growth, percent as stated. */
  TURNED_POSITIVE
}
