package io.github.gongbao.core.model;

/**
 * What kind of figure a report states: an actual result, or a preliminary count, an estimate, a target or a
 * forecast. A claim without a status is an actual.
 *
 * <pre>{@code
 * // 全年目标为增长6%
 * GrowthRate.builder().percent(new BigDecimal("6")).basis(Basis.YEAR_ON_YEAR).statedAs(StatedAs.INCREASE)
 *     .span(span).status(Status.TARGET).build();
 * }</pre>
 */
public enum Status {
  /** A result as reported (the default). */
  ACTUAL,
  /** 初步核算, 初步统计, 概估: a first count, to be revised. */
  PRELIMINARY,
  /** 预计: an estimate about a period just ended or in progress. */
  ESTIMATE,
  /** 目标, 预期目标, 力争, 确保, 计划投资: what a government aims at. */
  TARGET,
  /** 预测, 预估, 达产后, 投产后, 建成后: an outcome expected later. */
  FORECAST
}
