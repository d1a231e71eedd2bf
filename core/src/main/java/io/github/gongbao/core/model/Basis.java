package io.github.gongbao.core.model;

/**
 * What a {@link GrowthRate} is measured against.
 *
 * <pre>{@code
 * GrowthRate.of(new BigDecimal("0.3"), Basis.PERIOD_ON_PERIOD, StatedAs.INCREASE, span);  // 环比上涨0.3%
 * }</pre>
 */
public enum Basis {
  /** 同比: against the same period of the previous year. */
  YEAR_ON_YEAR,
  /** 环比: against the previous period (month or quarter). */
  PERIOD_ON_PERIOD,
  /** 两年平均: the average annual growth over two years. */
  TWO_YEAR_AVERAGE,
  /** 比年初增长: since the start of the year (deposits, loans, market entities). */
  SINCE_YEAR_START,
  /** 实际增长, 实质, 按可比价格, 按不变价: year on year at constant prices. */
  REAL,
  /** 名义增长, 按现价: year on year at current prices. */
  NOMINAL,
  /** 同口径, 可比口径: year on year on a comparable basis. */
  COMPARABLE,
  /** The report does not say; in this genre usually year-on-year. */
  UNSPECIFIED
}
