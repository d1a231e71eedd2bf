package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.Bound;
import io.github.gongbao.core.model.ClaimAttr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bounds of a range (DESIGN.md "bound"): {@code 增长2%至3%} is two figures of one subject, the lower end
 * {@link Bound#AT_LEAST} and the upper end {@link Bound#AT_MOST}. A range is two drafts of the same attribute and
 * subject, the second right after the first and starting with a range word (至, 到, ~, a dash), neither with a
 * bound of its own. A dash read as a minus sign ({@code 增长5%-6%} gave -6) takes the sign of the first end, which
 * carries the sentence's rise or fall. "Lower" and "upper" are by value: a fall of 5% to 6% is -6 at least and -5
 * at most. Stateless.
 */
final class RangeBounds {
  /** Words that join the two ends of a range; a dash may have been read as the second end's minus sign. */
  private static final String JOINERS = "至到~～";
  private static final String DASHES = "-—–－";

  private RangeBounds() {}

  /** Marks the bounds of every range among {@code drafts} (in text order) of the folded text {@code t}. */
  static void mark(String t, List<Draft> drafts) {
    int k = 1;
    while (k < drafts.size()) {
      Draft a = drafts.get(k - 1);
      Draft b = drafts.get(k);
      if (a.attr != b.attr || a.attr == ClaimAttr.RANK || a.derived || b.derived || a.bound != null
          || b.bound != null || a.subjectStart != b.subjectStart || a.subjectEnd != b.subjectEnd
          || !Objects.equals(a.period, b.period) || b.start != a.end || b.start >= t.length()) {
        k++;
        continue;
      }
      char joiner = t.charAt(b.start);
      boolean dash = DASHES.indexOf(joiner) >= 0;
      if (!dash && JOINERS.indexOf(joiner) < 0) {
        k++;
        continue;
      }
      BigDecimal lo = value(a);
      BigDecimal hi = value(b);
      if (lo == null || hi == null || (a.attr == ClaimAttr.AMOUNT && !Objects.equals(a.unit, b.unit))) {
        k++;
        continue;
      }
      if (dash && lo.signum() != 0 && hi.signum() != 0 && lo.signum() != hi.signum()) {
        hi = hi.negate(); // 5%-6%: the dash joins the ends, it is not a minus sign
        setValue(b, hi);
      }
      int order = lo.compareTo(hi);
      if (order != 0) {
        (order < 0 ? a : b).bound = Bound.AT_LEAST;
        (order < 0 ? b : a).bound = Bound.AT_MOST;
      }
      k += 2; // a draft ends one range at most
    }
  }

  private static @Nullable BigDecimal value(Draft d) {
    return d.attr == ClaimAttr.AMOUNT ? d.number : d.value;
  }

  private static void setValue(Draft d, BigDecimal v) {
    if (d.attr == ClaimAttr.AMOUNT) {
      d.number = v;
    } else {
      d.value = v;
    }
  }
}
