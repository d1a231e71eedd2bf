package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.ClaimAttr;

import io.github.gongbao.core.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Facts a report implies but does not state: 技改投资增长33.3%，高于工业投资增速20.1个百分点 means
 * 工业投资 grew 13.2%. Only comparisons with another indicator's growth count — never with a place
 * (全国, 全省平均水平), whose growth is not an indicator of this report. Results are marked derived.
 */
final class Derivations {
  private Derivations() {}

  static List<Fact> derive(String original, List<List<Draft>> groups) {
    List<Fact> out = new ArrayList<>();
    for (List<Draft> drafts : groups) {
      Draft growth = null;
      for (Draft d : drafts) {
        if (d.attr == ClaimAttr.YOY_PCT && growth == null) {
          growth = d;
        }
        if (d.attr != ClaimAttr.PP_VS || growth == null || d.benchmark == null) {
          continue;
        }
        String other = indicatorOf(d.benchmark);
        if (other == null) {
          continue;
        }
        Draft x = new Draft(ClaimAttr.YOY_PCT);
        x.value = Objects.requireNonNull(growth.value).subtract(Objects.requireNonNull(d.value));
        x.subjectOverride = other;
        x.start = d.start;
        x.end = d.end;
        x.period = d.period;
        x.derived = true;
        FactAssembler.Group g = new FactAssembler.Group(other, TextNormalizer.fold(other));
        g.period = d.period;
        g.drafts.add(x);
        Fact f = FactAssembler.build(original, g, true);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** 工业投资增速 → 工业投资; null for places and averages. */
  static @Nullable String indicatorOf(String benchmark) {
    String b = TextNormalizer.fold(benchmark);
    if (!(b.endsWith("增速") || b.endsWith("增幅"))) {
      return null;
    }
    String name = benchmark.substring(0, benchmark.length() - 2);
    String n = b.substring(0, b.length() - 2);
    if (n.length() < 2 || n.startsWith("全") || n.startsWith("我") || n.startsWith("本") || n.contains("平均")) {
      return null;
    }
    return name;
  }
}
