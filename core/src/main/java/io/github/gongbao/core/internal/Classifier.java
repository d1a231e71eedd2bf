package io.github.gongbao.core.internal;


import io.github.gongbao.core.internal.Item.Kind;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.StatedAs;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a figure states from the words before it in its clause: a growth rate (and its sign and
 * basis), a share, a percentage-point comparison, a change of a rate, an absolute change, or nothing
 * (contributions, thresholds). Scans backward from the figure, nearest word first. Stateless.
 */
final class Classifier {
  /** Every word {@link #percent} looks for, for one bit test per character before trying the lists. */
  private static final Lexicon.Words PERCENT_ANY = Lexicon.standard().union("contribution", "cmp_down", "cmp_up",
      "share_strong", "rate_words", "fall", "rise", "share_weak");
  private static final Lexicon.Words MASKS = Lexicon.standard().words("masks");
  private static final Lexicon.Words CONTRIBUTION = Lexicon.standard().words("contribution");
  private static final Lexicon.Words ABS_CHANGE = Lexicon.standard().words("abs_change");
  private static final Lexicon.Words BUDGET_WORDS = Lexicon.standard().words("budget_words");
  private static final Lexicon.Words CMP_DOWN = Lexicon.standard().words("cmp_down");
  private static final Lexicon.Words CMP_UP = Lexicon.standard().words("cmp_up");
  private static final Lexicon.Words SHARE_STRONG = Lexicon.standard().words("share_strong");
  private static final Lexicon.Words RATE_WORDS = Lexicon.standard().words("rate_words");
  private static final Lexicon.Words RATE_DOWN = Lexicon.standard().words("rate_down");
  private static final Lexicon.Words LEVEL_NOUNS = Lexicon.standard().words("level_nouns");
  private static final Lexicon.Words QUALIFIER_AFTER = Lexicon.standard().words("qualifier_after");
  private static final Lexicon.Words MOM = Lexicon.standard().words("mom");
  private static final Lexicon.Words YOY = Lexicon.standard().words("yoy");
  private static final Lexicon.Words FALL = Lexicon.standard().words("fall");
  private static final Lexicon.Words RISE = Lexicon.standard().words("rise");
  private static final Lexicon.Words SHARE_WEAK = Lexicon.standard().words("share_weak");
  private static final Lexicon.Words ABOVE = Lexicon.standard().words("above");
  private static final Lexicon.Words BELOW = Lexicon.standard().words("below");

  private Classifier() {}

  /** What a figure states. */
  static final class Verdict {
    final ClaimAttr attr;
    /** The figure; null for a rank (its position is the item's) and an amount (the quantity is the token's). */
    final @Nullable BigDecimal value;
    @Nullable String benchmark;
    @Nullable StatedAs statedAs;
    @Nullable String suffix;
    boolean suffixReplacesSubject;

    Verdict(ClaimAttr attr, @Nullable BigDecimal value) {
      this.attr = attr;
      this.value = value;
    }
  }

  /** Predicate words sit close to their figure; looking further back only finds another figure's words. */
  private static final int WINDOW = 48;

  static @Nullable Verdict classify(String t, int clauseStart, int at, Item it, @Nullable Draft prev,
      boolean momFrame) {
    int cs = Math.max(clauseStart, at - WINDOW);
    WorkMeter.add(at - cs);
    switch (it.kind) {
      case PCT:
        return it.flat ? flatInRun(t, cs, at, momFrame) : percent(t, cs, at, it, momFrame);
      case PP:
        return points(t, cs, at, it);
      case TIMES:
        return times(t, cs, at, it, momFrame);
      case AMOUNT:
        return amount(t, cs, at);
      case RANK:
        return of(ClaimAttr.RANK, null);
      case FLAT:
        return flat(t, clauseStart, at, Objects.requireNonNull(it.flatAgainst), momFrame);
      default:
        return null;
    }
  }

  /** 分别上涨0.1%、持平、下降0.6%: no change, on the run's basis. */
  private static Verdict flatInRun(String t, int cs, int at, boolean momFrame) {
    boolean mom = MOM.indexOf(t, cs, at) >= 0 || (momFrame && YOY.indexOf(t, cs, at) < 0);
    Verdict v = of(mom ? ClaimAttr.MOM_PCT : ClaimAttr.YOY_PCT, BigDecimal.ZERO);
    v.statedAs = StatedAs.FLAT;
    return v;
  }

  /**
   * 与全省持平: zero points against a benchmark. Against an earlier period, a rate (增速与上年同期持平) has not
   * changed, and a level (居民消费价格与上年同期持平) has not grown: a zero growth rate.
   */
  private static Verdict flat(String t, int clauseStart, int at, String against, boolean momFrame) {
    if (!Periods.isPeriodLike(against)) {
      Verdict v = of(ClaimAttr.PP_VS, BigDecimal.ZERO);
      v.benchmark = against;
      return v;
    }
    String before = t.substring(clauseStart, at);
    for (String w : RATE_NOUNS) {
      if (before.contains(w)) {
        Verdict v = of(ClaimAttr.PP_CHANGE, BigDecimal.ZERO);
        v.benchmark = against;
        return v;
      }
    }
    boolean mom = against.contains("上月") || against.contains("上季") || (momFrame && !against.contains("同期"));
    Verdict v = of(mom ? ClaimAttr.MOM_PCT : ClaimAttr.YOY_PCT, BigDecimal.ZERO);
    v.statedAs = StatedAs.FLAT;
    return v;
  }

  /** Words that make a subject a rate, whose change is in points. */
  private static final String[] RATE_NOUNS = {"增速", "增幅", "速度", "比重", "占比", "率", "降幅", "涨幅"};

  private static Verdict of(ClaimAttr a, @Nullable BigDecimal v) {
    return new Verdict(a, v);
  }

  private static boolean masked(String t, int cs, int at, int end) {
    return MASKS.covers(t, cs, at, end);
  }

  /** The word of {@code list} ending exactly at {@code end}, unless masked. */
  private static @Nullable String wordEndingAt(String t, int cs, int end, Lexicon.Words list) {
    String w = list.endingAt(t, cs, end);
    if (w == null) {
      return null;
    }
    return masked(t, cs, end - w.length(), end) ? null : w;
  }

  private static @Nullable Verdict percent(String t, int cs, int at, Item it, boolean momFrame) {
    BigDecimal n = Objects.requireNonNull(it.tok).number();
    int q = at;
    while (q > cs && t.charAt(q - 1) == ' ') {
      q--;
    }
    if (q - 1 > cs && (t.charAt(q - 1) == '至' || t.charAt(q - 1) == '到')
        && (RISE.endingAt(t, cs, q - 1) != null || FALL.endingAt(t, cs, q - 1) != null
            || t.startsWith("个百分点", q - 5) || t.startsWith("百分点", q - 4))) {
      // 比重降至25.5%, 成长率上修至4.61%: the level reached, a share or the growth rate itself
      return RATE_WORDS.indexOf(t, cs, q) >= 0 ? growth(t, cs, at, n, StatedAs.INCREASE, momFrame) : of(ClaimAttr.SHARE_PCT, n);
    }
    boolean sawWeak = false;
    for (int p = at; p > cs; p--) {
      if (!PERCENT_ANY.mayEndWith(t.charAt(p - 1)) && t.charAt(p - 1) != '率') {
        continue;
      }
      if (wordEndingAt(t, cs, p, CONTRIBUTION) != null || t.startsWith("贡献率", p - 3)) {
        return null;
      }
      String w;
      if ((w = wordEndingAt(t, cs, p, CMP_DOWN)) != null && progressBefore(t, cs, p - w.length())) {
        return comparison(t, cs, p - w.length(), n.negate());
      }
      if ((w = wordEndingAt(t, cs, p, CMP_UP)) != null && progressBefore(t, cs, p - w.length())) {
        return comparison(t, cs, p - w.length(), n);
      }
      if ((w = wordEndingAt(t, cs, p, SHARE_STRONG)) != null) {
        return of(ClaimAttr.SHARE_PCT, n);
      }
      // a rate word is one even inside a name a mask keeps whole (经济成长率「至少5%」)
      if ((w = RATE_WORDS.endingAt(t, cs, p)) != null) {
        return growth(t, cs, at, RATE_DOWN.contains(w) ? n.negate() : n, StatedAs.INCREASE, momFrame);
      }
      if ((w = wordEndingAt(t, cs, p, FALL)) != null && (w.length() > 1 || p >= at - 1)) {
        return growth(t, cs, at, n.negate(), StatedAs.DECREASE, momFrame);
      }
      if ((w = wordEndingAt(t, cs, p, RISE)) != null && (w.length() > 1 || p >= at - 1)) {
        return growth(t, cs, at, n, StatedAs.INCREASE, momFrame);
      }
      if (wordEndingAt(t, cs, p, SHARE_WEAK) != null) {
        sawWeak = true;
      }
    }
    if (sawWeak || LEVEL_NOUNS.endingAt(t, cs, q) != null) {
      return of(ClaimAttr.SHARE_PCT, n); // 产销率97.8%: a rate that is a level
    }
    return after(t, it, n, momFrame);
  }

  /** 录得4.5%的实质增长 / 录得3.2%的跌幅: the predicate after the figure. */
  private static @Nullable Verdict after(String t, Item it, BigDecimal n, boolean momFrame) {
    int p = it.end;
    if (p >= t.length() || t.charAt(p) != '的') {
      return null;
    }
    p++;
    String q = QUALIFIER_AFTER.startingAt(t, p, t.length());
    if (q != null) {
      p += q.length();
    }
    if (RATE_DOWN.startingAt(t, p, t.length()) != null || FALL.startingAt(t, p, t.length()) != null) {
      return growth(t, it.start, it.start, n.negate(), StatedAs.DECREASE, momFrame);
    }
    if (RATE_WORDS.startingAt(t, p, t.length()) != null || RISE.startingAt(t, p, t.length()) != null) {
      return growth(t, it.start, it.start, n, StatedAs.INCREASE, momFrame);
    }
    return null;
  }

  /** 较均衡进度慢2.94%: a comparison with a schedule. */
  private static boolean progressBefore(String t, int cs, int verbStart) {
    int from = Math.max(cs, verbStart - 8);
    return t.substring(from, verbStart).contains("进度");
  }

  private static Verdict comparison(String t, int cs, int verbStart, BigDecimal v) {
    Verdict r = of(ClaimAttr.PP_VS, v);
    int b = -1;
    for (int q = verbStart - 1; q >= cs && b < 0; q--) {
      WorkMeter.add(1);
      if (t.charAt(q) == '较' || t.charAt(q) == '比') {
        b = q; // within the clause window only: a search through the whole text made this quadratic
      }
    }
    if (b >= cs) {
      r.benchmark = t.substring(b + 1, verbStart).strip();
    }
    return r;
  }

  private static Verdict growth(String t, int cs, int at, BigDecimal v, StatedAs stated, boolean momFrame) {
    boolean mom = MOM.indexOf(t, cs, at) >= 0 || (momFrame && YOY.indexOf(t, cs, at) < 0);
    Verdict r = of(mom ? ClaimAttr.MOM_PCT : ClaimAttr.YOY_PCT, v);
    r.statedAs = stated;
    return r;
  }

  private static @Nullable Verdict points(String t, int cs, int at, Item it) {
    BigDecimal n = Objects.requireNonNull(it.tok).number();
    String clause = t.substring(cs, at);
    for (String c : CONTRIBUTION.list()) {
      if (clause.contains(c)) {
        return null;
      }
    }
    for (int p = at; p > cs; p--) {
      String w;
      if ((w = wordEndingAt(t, cs, p, ABOVE)) != null) {
        Verdict r = of(ClaimAttr.PP_VS, n);
        r.benchmark = t.substring(p, at).strip();
        return r;
      }
      if ((w = wordEndingAt(t, cs, p, BELOW)) != null) {
        Verdict r = of(ClaimAttr.PP_VS, n.negate());
        r.benchmark = t.substring(p, at).strip();
        return r;
      }
      boolean up = (w = wordEndingAt(t, cs, p, RISE)) != null && w.length() > 1;
      boolean down = !up && (w = wordEndingAt(t, cs, p, FALL)) != null && w.length() > 1;
      boolean cmpUp = !up && !down && (w = wordEndingAt(t, cs, p, CMP_UP)) != null;
      boolean cmpDown = !up && !down && !cmpUp && (w = wordEndingAt(t, cs, p, CMP_DOWN)) != null;
      if (up || down || cmpUp || cmpDown) {
        int verbStart = p - Objects.requireNonNull(w).length(); // set by whichever test held
        String against = against(t, cs, verbStart);
        BigDecimal v = up || cmpUp ? n : n.negate();
        if (t.substring(cs, verbStart).contains("降幅") && (w.equals("收窄") || w.equals("扩大"))) {
          v = v.negate(); // 降幅收窄: the rate of change rose
        }
        if (against != null && !against.isEmpty() && !Periods.isPeriodLike(against)) {
          Verdict r = of(ClaimAttr.PP_VS, v);
          r.benchmark = against;
          return r;
        }
        if (cmpUp || cmpDown) {
          if (against == null) {
            continue;
          }
        }
        if (w.equals("上修") || w.equals("下修")) {
          Verdict r = of(ClaimAttr.PP_VS, v); // a revision compares with the earlier forecast
          r.benchmark = against == null || against.isEmpty() ? "预测" : against;
          return r;
        }
        Verdict r = of(ClaimAttr.PP_CHANGE, v);
        r.benchmark = against;
        return r;
      }
    }
    return null;
  }

  /** The X of 比X / 较X before a verb, or null when there is none; "" for 同比. */
  private static @Nullable String against(String t, int cs, int verbStart) {
    for (int q = verbStart - 1; q >= cs && q >= verbStart - 14; q--) {
      char c = t.charAt(q);
      if (c == '比' && q + 1 < verbStart && "重例率".indexOf(t.charAt(q + 1)) >= 0) {
        continue; // 人口比重上升0.6个百分点: the 比 of 比重 compares with nothing
      }
      if (c == '较' || c == '比' || c == '与') {
        if ((q > cs && t.charAt(q - 1) == '同') || (q > cs && t.charAt(q - 1) == '环')) {
          return "";
        }
        return t.substring(q + 1, verbStart).replace("增速", "").replace("增幅", "").replace("分别", "").strip();
      }
    }
    return null;
  }

  private static @Nullable Verdict times(String t, int cs, int at, Item it, boolean momFrame) {
    BigDecimal n = Objects.requireNonNull(it.tok).number().multiply(BigDecimal.valueOf(100));
    for (int p = at; p > cs; p--) {
      String w;
      if ((w = wordEndingAt(t, cs, p, RISE)) != null) {
        Verdict r = growth(t, cs, at, n, StatedAs.MULTIPLE, momFrame);
        return r;
      }
      if (wordEndingAt(t, cs, p, SHARE_WEAK) != null) {
        return of(ClaimAttr.SHARE_PCT, n);
      }
    }
    return null;
  }

  private static Verdict amount(String t, int cs, int at) {
    Verdict r = of(ClaimAttr.AMOUNT, null);
    int p = at;
    while (p > cs && (t.charAt(p - 1) == '了' || t.charAt(p - 1) == '共' || t.charAt(p - 1) == '约'
        || t.charAt(p - 1) == ' ')) {
      p--;
    }
    String abs = ABS_CHANGE.endingAt(t, cs, p);
    if (abs != null) {
      r.suffix = abs;
      return r;
    }
    String budget = BUDGET_WORDS.endingAt(t, cs, p);
    if (budget != null && p - budget.length() >= cs) {
      String before = t.substring(cs, p - budget.length());
      if (before.endsWith("完成") || before.endsWith("占") || before.isBlank() || before.endsWith("的")) {
        r.suffix = budget;
        r.suffixReplacesSubject = true;
      }
    }
    return r;
  }
}
