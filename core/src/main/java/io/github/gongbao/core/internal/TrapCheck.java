package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.SkipReason;

/**
 * The figures room's named checks for numbers that are not figures, each with the reason a user sees in
 * {@code Report.skipped()}. The checks themselves live in {@link FigureClassifier}; each has a named test.
 */
enum TrapCheck {
  /** 出生率8.5‰: per-mille demographic rates are not facts. */
  PER_MILLE(SkipReason.PER_MILLE),
  /** 一批, 一项, 零部件: one or zero in words is an idiom, not a count. */
  IDIOM(SkipReason.IDIOM),
  /** 5000万元以上项目, 突破300亿元，达到312.6亿元: a size threshold or a milestone beside the level. */
  THRESHOLD(SkipReason.THRESHOLD),
  /** 1.5个工作日, 3个月: a duration, not a count. */
  DURATION(SkipReason.DURATION),
  /** “三个走在前列”: a numeral in quotation marks names a slogan. */
  SLOGAN(SkipReason.SLOGAN),
  /** 第三批: an ordinal; ranks are read by the rank room. */
  ORDINAL(SkipReason.ORDINAL),
  /** “3+13+N”: numbers joined by plus signs name a programme. */
  PLUS_JOINED_CODE(SkipReason.PLUS_JOINED_CODE);

  private final SkipReason reason;

  TrapCheck(SkipReason reason) {
    this.reason = reason;
  }

  /** @return the reason a user sees */
  SkipReason reason() {
    return reason;
  }
}
