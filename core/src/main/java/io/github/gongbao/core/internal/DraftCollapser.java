package io.github.gongbao.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collapses repeats: a page that prints the article twice, or a headline that restates a body figure,
 * yields each claim once (the first).
 */
final class DraftCollapser {
  private DraftCollapser() {}

  static List<Draft> collapse(String t, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Draft d : drafts) {
      String subject = Subjects.simplified(t, d);
      String key = d.attr + "|" + (d.top ? "top" : d.value.stripTrailingZeros().toPlainString()) + "|"
          + (d.unit == null ? "" : d.unit.code()) + "|" + (d.scope == null ? "" : d.scope);
      boolean dup = false;
      for (Draft o : out) {
        String ok = o.attr + "|" + (o.top ? "top" : o.value.stripTrailingZeros().toPlainString()) + "|"
            + (o.unit == null ? "" : o.unit.code()) + "|" + (o.scope == null ? "" : o.scope);
        if (ok.equals(key)) {
          String os = Subjects.simplified(t, o);
          if (os.equals(subject) || !os.isEmpty() && !subject.isEmpty()
              && (os.contains(subject) || subject.contains(os))) {
            dup = true;
            break;
          }
        }
      }
      if (!dup && seen.add(key + "|" + subject + "|" + d.start)) {
        out.add(d);
      }
    }
    return out;
  }
}
