package io.github.gongbao.core.internal;

import io.github.gongbao.core.catalog.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collapses repeats: a page that prints the article twice, or a headline that restates a body figure,
 * yields each claim once (the first). Two drafts are one claim when attr, value, unit and scope agree and
 * one subject contains the other or both are names of the same catalogue indicator. Linear: each draft is
 * compared with at most {@value #LOOK_BACK} earlier drafts of the same key.
 */
final class DraftCollapser {
  private static final int LOOK_BACK = 16;

  private DraftCollapser() {}

  /**
   * 规上工业增加值 in a headline and 规模以上工业增加值 in the body: both exactly names of one catalogue indicator.
   * (Exactly: 户籍人均生产总值 and 常住人均生产总值 are about one indicator but are two figures.)
   */
  private static boolean sameIndicator(String a, String b) {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    java.util.Optional<String> ia = c.lookup(a).map(e -> e.id());
    return ia.isPresent() && ia.equals(c.lookup(b).map(e -> e.id()));
  }

  /** What two drafts must share to be one claim; a null value is a qualitative rank (前列). */
  private static final class Key {
    final Draft.Attr attr;
    final java.math.BigDecimal value;
    final String unit;
    final String scope;
    final int hash;

    Key(Draft.Attr attr, java.math.BigDecimal value, String unit, String scope) {
      this.attr = attr;
      this.value = value;
      this.unit = unit;
      this.scope = scope;
      this.hash = ((attr.ordinal() * 31 + (value == null ? 0 : value.hashCode())) * 31 + unit.hashCode()) * 31
          + scope.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && attr == k.attr && java.util.Objects.equals(value, k.value)
          && unit.equals(k.unit) && scope.equals(k.scope);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  static List<Draft> collapse(String t, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    Map<Key, List<String>> subjectsByKey = new HashMap<>();
    Map<Key, List<Draft>> draftsByKey = new HashMap<>();
    for (Draft d : drafts) {
      String subject = Subjects.simplified(t, d);
      Key key = new Key(d.attr, d.top ? null : d.value.stripTrailingZeros(), d.unit == null ? "" : d.unit.code(),
          d.scope == null ? "" : d.scope);
      List<String> seen = subjectsByKey.computeIfAbsent(key, k -> new ArrayList<>());
      List<Draft> kept = draftsByKey.computeIfAbsent(key, k -> new ArrayList<>());
      boolean dup = false;
      for (int i = seen.size() - 1; i >= 0 && i >= seen.size() - LOOK_BACK; i--) {
        String os = seen.get(i);
        if (os.equals(subject) || !os.isEmpty() && !subject.isEmpty()
            && (os.contains(subject) || subject.contains(os) || sameIndicator(os, subject))) {
          dup = true;
          kept.get(i).repeats.add(new int[] {d.start, d.end});
          break;
        }
      }
      if (!dup) {
        seen.add(subject);
        kept.add(d);
        out.add(d);
      }
    }
    return out;
  }
}
