package io.github.gongbao.core.model;

/**
 * Which way the money of a {@link FiscalLine} moves.
 *
 * <pre>{@code
 * FiscalLine.builder().name("民生支出").direction(Direction.EXPENDITURE) ...
 * }</pre>
 */
public enum Direction {
  /** 收入. */
  REVENUE,
  /** 支出. */
  EXPENDITURE,
  /** 债券发行 (新增专项债券, 置换债券). */
  DEBT_ISSUANCE,
  /** 转移支付. */
  TRANSFER
}
