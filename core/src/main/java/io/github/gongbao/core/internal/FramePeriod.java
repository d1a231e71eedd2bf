package io.github.gongbao.core.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The period a report's frame states, for a report none of whose figures states or is framed by one: project news
 * whose headline says 二季度 (我市二季度项目集中开工周活动落幕) and whose figures, all of that event, name no period.
 * The frame is the headline (the first line) and the opening sentence after it; its first period expression
 * ({@link Periods}) frames every figure, unless it is compared with (与上年同期), a date (10月9日) or a year alone
 * (2027年政府工作报告 reviews 2026). A report with a period anywhere among its figures keeps them as they are:
 * there the figures without one are capacities, multi-year counts or plans, which no frame dates. Stateless.
 */
final class FramePeriod {
  /** A headline and a lead sentence are this long at most; a longer first line is body text. */
  static final int OPENING = 300;

  private FramePeriod() {}

  /** Gives every draft the frame's period when no draft has a period; otherwise leaves them. */
  static void apply(String t, List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return;
    }
    for (Draft d : drafts) {
      if (d.period != null) {
        return;
      }
    }
    String period = find(t);
    if (period != null) {
      for (Draft d : drafts) {
        d.period = period;
      }
    }
  }

  /** @return the first period named in the headline or the opening sentence of {@code t}, or null */
  static @Nullable String find(String t) {
    int end = openingEnd(t);
    for (int i = 0; i < end; i++) {
      int len = Periods.matchAt(t, i, end);
      if (len > 0 && !isCompared(t, i, len) && !isDate(t, i + len, end) && !isYearAlone(t, i, len)) {
        return t.substring(i, i + len).strip();
      }
      i += Math.max(0, len - 1);
    }
    return null;
  }

  /** Periods only ever compared with (上年同期, 去年, 上月): never the one a report's figures are of. */
  private static final Lexicon.Words COMPARED = Lexicon.standard().words("compared_period");

  /** 与上年同期持平, 比2019年: a period compared with, not the one the figures are of. */
  private static boolean isCompared(String t, int at, int len) {
    char before = at > 0 ? t.charAt(at - 1) : ' ';
    return before == '比' || before == '较' || before == '于' || before == '与' || before == '同'
        || COMPARED.indexOf(t, at, at + len) >= 0;
  }

  /** 记者10月9日获悉: a month with its day is a date (of a release, an interview), not a period of figures. */
  private static boolean isDate(String t, int after, int end) {
    int p = after;
    while (p < end && Character.isDigit(t.charAt(p))) {
      p++;
    }
    return p > after && p < end && (t.charAt(p) == '日' || t.charAt(p) == '号');
  }

  /**
   * A year alone (青梧市2027年政府工作报告) is the year a report is given in, which its figures need not share: a work
   * report reviews the year before. Only a period with months in it (二季度, 3月份, 上半年) frames the figures.
   */
  private static boolean isYearAlone(String t, int at, int len) {
    return YEAR_ALONE.matcher(t).region(at, at + len).matches();
  }

  private static final java.util.regex.Pattern YEAR_ALONE = java.util.regex.Pattern.compile(Periods.YEAR);

  /** The end of the headline's line and of the first sentence after it, within {@value #OPENING} characters. */
  private static int openingEnd(String t) {
    int limit = Math.min(t.length(), OPENING);
    int i = 0;
    while (i < limit && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    while (i < limit && t.charAt(i) != '\n' && t.charAt(i) != '\r') {
      i++; // the headline
    }
    while (i < limit && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    while (i < limit && "。!?\n\r".indexOf(t.charAt(i)) < 0) {
      i++; // the opening sentence
    }
    return i;
  }
}
