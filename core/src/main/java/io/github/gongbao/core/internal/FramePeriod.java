package io.github.gongbao.core.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The period a report's frame states, for a report none of whose figures states or is framed by one: project news
 * whose headline says 二季度 (我市二季度项目集中开工周活动落幕) and whose figures, all of that event, name no period.
 * The frame is the headline (the first line) and the opening sentence after it; its first period expression
 * ({@link Periods}) frames every figure. A report with a period anywhere among its figures keeps them as they are:
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
      if (len > 0 && !isCompared(t, i)) {
        return t.substring(i, i + len).strip();
      }
    }
    return null;
  }

  /** 比上年同期, 较去年: a period compared with, not the one the figures are of. */
  private static boolean isCompared(String t, int at) {
    char before = at > 0 ? t.charAt(at - 1) : ' ';
    return before == '比' || before == '较' || before == '于';
  }

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
