package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.ClaimAttr;

import io.github.gongbao.core.catalog.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Collapses repeats: a page that prints the article twice, or a headline that restates a body figure,
 * yields each claim once (the first). Two drafts are one claim when they stand in different sentences, attr,
 * value, unit and scope agree, periods and regions do not differ, and one subject contains the other or both are
 * names of the same catalogue indicator. Linear: each draft is
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

  /** Both stated and not the same; a headline often states no period or region while its body does. */
  private static boolean differs(@Nullable String a, @Nullable String b) {
    return a != null && b != null && !a.equals(b);
  }

  /** 5月 and 5月份, 1-6月 and 上半年: periods differ when their months or years do, not their spelling. */
  private static boolean periodsDiffer(@Nullable String a, @Nullable String b) {
    if (a == null || b == null || !differs(a, b)) {
      return false;
    }
    io.github.gongbao.core.model.Period pa = io.github.gongbao.core.model.Period.parse(a);
    io.github.gongbao.core.model.Period pb = io.github.gongbao.core.model.Period.parse(b);
    if (pa.firstMonth().isPresent() && pb.firstMonth().isPresent()) {
      return !pa.firstMonth().equals(pb.firstMonth()) || !pa.lastMonth().equals(pb.lastMonth())
          || (pa.year().isPresent() && pb.year().isPresent() && !pa.year().equals(pb.year()));
    }
    return !a.replace("份", "").equals(b.replace("份", ""));
  }

  /** 全市, 我市, 本县: the report's own place, whatever the word; null for it, else the place named. */
  private static @Nullable String place(@Nullable String region) {
    return region == null || (region.length() == 2 && "全我本".indexOf(region.charAt(0)) >= 0) ? null : region;
  }

  /** What two drafts must share to be one claim; a null value is a qualitative rank (前列). */
  private static final class Key {
    final ClaimAttr attr;
    final java.math.@Nullable BigDecimal value;
    final String unit;
    final String scope;
    final int hash;

    Key(ClaimAttr attr, java.math.@Nullable BigDecimal value, String unit, String scope) {
      this.attr = attr;
      this.value = value;
      this.unit = unit;
      this.scope = scope;
      this.hash = ((attr.name().hashCode() * 31 + (value == null ? 0 : value.hashCode())) * 31 + unit.hashCode()) * 31
          + scope.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object o) {
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
    // sentence number of each draft, counted in one pass over the text (drafts come in order of start)
    int[] sentence = new int[drafts.size()];
    int pos = 0;
    int count = 0;
    for (int k = 0; k < drafts.size(); k++) {
      int upTo = Math.min(Math.max(pos, drafts.get(k).start), t.length());
      for (; pos < upTo; pos++) {
        char c = t.charAt(pos);
        if (c == '。' || c == '\n' || c == '!' || c == '?') {
          count++;
        }
      }
      sentence[k] = count;
    }
    // each draft by identity (Draft has no equals of its own)
    java.util.IdentityHashMap<Draft, Integer> sentenceOf = new java.util.IdentityHashMap<>();
    Map<Key, List<String>> subjectsByKey = new HashMap<>();
    Map<Key, List<Draft>> draftsByKey = new HashMap<>();
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      String subject = Subjects.simplified(t, d);
      Key key = new Key(d.attr, d.top ? null : Objects.requireNonNull(d.value).stripTrailingZeros(),
          d.unit == null ? "" : d.unit.code(),
          d.scope == null ? "" : d.scope);
      List<String> seen = subjectsByKey.computeIfAbsent(key, unused -> new ArrayList<>());
      List<Draft> kept = draftsByKey.computeIfAbsent(key, unused -> new ArrayList<>());
      boolean dup = false;
      for (int i = seen.size() - 1; i >= 0 && i >= seen.size() - LOOK_BACK; i--) {
        String os = seen.get(i);
        WorkMeter.add(os.length());
        Draft earlier = kept.get(i);
        // a level is never the same in two periods, so an equal amount under another period label restates it;
        // an equal rate in two periods (8.0% in 一季度 and 上半年) is two facts
        boolean periodMatters = d.attr != ClaimAttr.AMOUNT;
        if (Objects.requireNonNull(sentenceOf.get(earlier)) == sentence[k]
            || (periodMatters && periodsDiffer(earlier.period, d.period))
            || differs(place(earlier.region), place(d.region))) {
          continue; // 其中民间投资增长5.2% in the same sentence, 一季度 vs 上半年: another figure, not a repeat
        }
        if (os.equals(subject) || (!os.isEmpty() && !subject.isEmpty()
            && (os.contains(subject) || subject.contains(os) || sameIndicator(os, subject)))) {
          dup = true;
          kept.get(i).repeats.add(new int[] {d.start, d.end});
          break;
        }
      }
      if (!dup) {
        sentenceOf.put(d, sentence[k]);
        seen.add(subject);
        kept.add(d);
        out.add(d);
      }
    }
    return out;
  }
}
