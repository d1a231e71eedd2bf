package io.github.gongbao.core.internal;

import io.github.gongbao.core.internal.Item.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the subject of a figure: the words before it in its clause, cut at the first predicate word and
 * trimmed of frames (periods, 全市, 其中) and filler verbs (完成, 实现, 达); or, for counts, the noun after
 * the measure word (30个重大项目). Works on folded text. Stateless apart from the text.
 */
final class SubjectFinder {
  private static final Lexicon.Words OBJECT_VERBS = Lexicon.standard().words("object_verbs");
  private static final Lexicon.Words BUDGET_WORDS = Lexicon.standard().words("budget_words");
  private static final Lexicon.Words OBJECT_STOP = Lexicon.standard().words("object_stop");
  private static final Lexicon.Words MASKS = Lexicon.standard().words("masks");
  private static final Lexicon.Words PRODUCTION = Lexicon.standard().words("production");
  private static final Lexicon.Words MANNER = Lexicon.standard().words("manner");
  private static final Lexicon.Words ATTRIBUTION = Lexicon.standard().words("attribution");
  private static final Lexicon.Words TAIL_FILLER = Lexicon.standard().words("tail_filler");
  private static final String[] CUT_NAMES = {"yoy", "mom", "rise", "fall", "above", "below", "share_strong",
      "rate_words", "abs_change", "share_weak", "milestone", "connective"};
  /**
   * The predicate words a subject ends before, list by list. Before an amount, rise, fall and absolute-change
   * verbs cut only right before the figure or after a manner adverb (稳步增长); with an object between them and
   * the figure they are part of the name.
   */
  private static final Lexicon.Words[] CUT_LISTS = new Lexicon.Words[CUT_NAMES.length];
  /** The index of the year-on-year basis words among the cut lists. */
  private static final int YOY_LIST = java.util.Arrays.asList(CUT_NAMES).indexOf("yoy");
  private static final Lexicon.Words CHANGE_VERBS = Lexicon.standard().union("rise", "fall", "abs_change");
  /** Nouns that end a facility's name (电站, 生产线, 产业园 …): data. */
  private static final Lexicon.Words FACILITY_HEADS = Lexicon.standard().words("facility_heads");
  private static final boolean[] CUT_BEFORE_AMOUNT = new boolean[CUT_NAMES.length];
  private static final boolean[] CUT_SINGLE = new boolean[CUT_NAMES.length];
  /** Every cut word, for one bit test per character before trying the lists. */
  private static final Lexicon.Words CUT_ANY = Lexicon.standard().union(CUT_NAMES);

  static {
    for (int k = 0; k < CUT_NAMES.length; k++) {
      CUT_LISTS[k] = Lexicon.standard().words(CUT_NAMES[k]);
      CUT_BEFORE_AMOUNT[k] = !CUT_NAMES[k].equals("rise") && !CUT_NAMES[k].equals("fall")
          && !CUT_NAMES[k].equals("abs_change");
      CUT_SINGLE[k] = CUT_NAMES[k].startsWith("share_") || CUT_NAMES[k].equals("connective");
    }
  }

  private final String t;
  /** The frames before a name; they remember the last region frame and the period skipped in the last lead. */
  final LeadFrames frames;

  /** A period written after the name (地区生产总值上半年达到…), taken out of the last subject; null if none. */
  @Nullable String periodInSubject;

  SubjectFinder(String folded) {
    this.t = folded;
    this.frames = new LeadFrames(folded);
  }

  /** @return [start, end) of the subject written in [leadStart, leadEnd), or null */
  int @Nullable [] subjectOf(int leadStart, int leadEnd, @Nullable Item it) {
    WorkMeter.add(leadEnd - leadStart);
    if (it != null && it.kind == Kind.AMOUNT && (Objects.requireNonNull(it.tok).unit().isCount()
        || OBJECT_VERBS.endingAt(t, leadStart, Texts.trimEnd(t, leadStart, leadEnd)) != null)) {
      int[] after = objectAfter(it.end, t.length());
      if (after != null) {
        return after;
      }
    }
    if (it != null && it.kind == Kind.AMOUNT && !Objects.requireNonNull(it.tok).unit().isCount()
        && !it.tok.unit().isCurrency() && !it.impliedYuan) {
      // 七星湖120兆瓦农光互补光伏电站项目: a capacity before a facility's name is the facility's
      int[] after = objectAfter(it.end, t.length());
      if (after != null && FACILITY_HEADS.indexOf(t, after[0], after[1]) >= 0) {
        return after;
      }
    }
    frames.framePeriod = null;
    int s = frames.skip(leadStart, leadEnd);
    if (frames.framePeriod != null && periodInSubject == null) {
      periodInSubject = frames.framePeriod; // set once the lead is read, whatever the subject turns out to be
    }
    if (it != null && it.kind == Kind.AMOUNT) {
      s = afterProductionVerb(s, leadEnd);
    }
    int cut = firstPredicate(s, leadEnd, it != null && it.kind == Kind.AMOUNT);
    String connective = CONNECTIVE.startingAt(t, cut, leadEnd);
    if (connective != null && periodInSubject == null) {
      int p = Periods.matchAt(t, cut + connective.length(), leadEnd);
      if (p > 0 && !LeadFrames.isComparedPeriod(t, cut + connective.length(), cut + connective.length() + p)) {
        periodInSubject = t.substring(cut + connective.length(), cut + connective.length() + p); // 继第三季上升…后
      }
    }
    int said = ATTRIBUTION.indexOf(t, s, cut);
    if (said >= 0) {
      // 省统计局预计全年全省经济增长5.3%: who estimates is not what is estimated
      s = said + Objects.requireNonNull(ATTRIBUTION.startingAt(t, said, cut)).length();
    }
    int e = trimTail(s, cut);
    s = frames.skip(s, e);
    e = trimTail(s, e);
    String manner = MANNER.endingAt(t, s, e);
    if (manner != null && e - manner.length() - s >= 2) {
      e = trimTail(s, e - manner.length()); // 居民人均收入稳步(增长): a manner adverb is never part of a name
    }
    // 地区生产总值上半年达到1286.4亿元: a period after the name is a frame, not part of it; so is a compared one
    // (本地生产总值在二零二六年首季与上年同期比较…: the figure's period is 首季, 上年同期 is what it is compared with)
    for (int tail = tailPeriod(s, e); tail >= 0; tail = tailPeriod(s, e)) {
      if (periodInSubject == null || LeadFrames.isComparedPeriod(periodInSubject, 0, periodInSubject.length())) {
        periodInSubject = t.substring(tail, e);
      }
      // 在 belongs to the period, not to the name
      e = trimTail(s, tail - 1 > s && t.charAt(tail - 1) == '在' ? tail - 1 : tail);
    }
    if (e - s == 2 && t.startsWith("经济", s) && t.startsWith("增长", e)) {
      e += 2; // 全省经济增长5.3%: the indicator is economic growth itself
    }
    s = afterHeadlineGap(s, e);
    if (s >= e) {
      return null; // frames matched across a forced clause cut can leave nothing
    }
    if (BUDGET_WORDS.contains(t.substring(s, e))) {
      return null;
    }
    return Texts.cjkCount(t, s, e) >= 2 ? new int[] {s, e} : null;
  }

  /**
   * 达产后可年产电驱总成60万套: what is produced is the subject. The verb must be followed by a name of two or more
   * characters; 年产值, 年产量 and 年产能 are nouns themselves.
   */
  private int afterProductionVerb(int s, int cut) {
    int v = PRODUCTION.indexOf(t, s, cut);
    if (v < 0) {
      return s;
    }
    int after = v + Objects.requireNonNull(PRODUCTION.startingAt(t, v, cut)).length();
    if ((after < cut && "值量能".indexOf(t.charAt(after)) >= 0) || Texts.cjkCount(t, after, trimTail(after, cut)) < 2) {
      return s;
    }
    return after;
  }

  /**
   * 签约活动举行 现场签约项目68个: a space between two words of a headline separates two statements; the subject is
   * in the last one.
   */
  private int afterHeadlineGap(int s, int e) {
    for (int i = e - 2; i > s; i--) {
      char c = t.charAt(i);
      if ((c == ' ' || c == '\u3000') && Character.isIdeographic(t.charAt(i - 1))
          && Character.isIdeographic(t.charAt(i + 1)) && Texts.cjkCount(t, i + 1, e) >= 2) {
        return i + 1;
      }
    }
    return s;
  }

  /** Start of a period expression that ends the subject [s, e) after at least two characters of name, or -1. */
  private int tailPeriod(int s, int e) {
    for (int p = s + 2; p < e; p++) {
      if (Periods.matchAt(t, p, e) == e - p) {
        return p;
      }
    }
    return -1;
  }

  private static final Lexicon.Words HEAD_NOUNS = Lexicon.standard().words("head_nouns");
  private static final Lexicon.Words CONNECTIVE = Lexicon.standard().words("connective");

  private static final Lexicon.Words FRAME_WORDS = Lexicon.standard().words("frame_words");

  /**
   * Whether [s, e) names something. Words that hold a frame (a period, a basis, a connective: 而第二季,
   * 二零一九年第三季与上年同期) name something only with a catalogue name or a head noun of the genre (收入, 价格,
   * 旅客 …); other words (韩国, 鲜菌, 半导体设备) are names as written.
   */
  boolean namesSomething(int[] subj) {
    if (!holdsFrame(subj[0], subj[1])) {
      return true;
    }
    return HEAD_NOUNS.indexOf(t, subj[0], subj[1]) >= 0
        || io.github.gongbao.core.catalog.IndicatorCatalogue.standard().findIn(t.substring(subj[0], subj[1]))
            .isPresent();
  }

  private boolean holdsFrame(int s, int e) {
    if (FRAME_WORDS.indexOf(t, s, e) >= 0) {
      return true;
    }
    for (int p = s; p < e; p++) {
      if (Periods.matchAt(t, p, e) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The noun after a count: 30个重大项目 → 重大项目. */
  int @Nullable [] objectAfter(int from, int limit) {
    if (from < limit && t.charAt(from) == '、') {
      return null; // 新增企业37家、总数达到286家: the next item of a list, not the thing counted
    }
    int e = from;
    int max = Math.min(limit, from + 14);
    while (e < max) {
      char c = t.charAt(e);
      if (!Character.isIdeographic(c) && c != '(' && c != ')' && c != '、' && c != '"' && c != '“' && c != '”') {
        break;
      }
      if (OBJECT_STOP.startingAt(t, e, limit) != null) {
        if (e == from) {
          return null;
        }
        break;
      }
      e++;
    }
    while (e > from && (t.charAt(e - 1) == '(' || t.charAt(e - 1) == '、')) {
      e--;
    }
    return Texts.cjkCount(t, from, e) >= 2 ? new int[] {from, e} : null;
  }

  /** Position of the first predicate word in [s, e), or e. */
  private int firstPredicate(int s, int e, boolean amount) {
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if ((c == '较' || c == '比') && i + 1 < e && "重例率".indexOf(t.charAt(i + 1)) < 0) {
        return i;
      }
      if (c == '超' && i + 1 < e && progressWithin(i, Math.min(e, i + 6))) {
        return i; // 超序时进度: a comparison with the schedule
      }
      if (!CUT_ANY.mayStartWith(c)) {
        continue;
      }
      for (int k = 0; k < CUT_LISTS.length; k++) {
        String w = CUT_LISTS[k].startingAt(t, i, e);
        if (w != null && amount && k == YOY_LIST && namesAfter(i + w.length(), e)) {
          continue; // 年均发电量1.5亿千瓦时: a basis word before a noun, not a verb, is part of the name
        }
        if (w != null && amount && !CUT_BEFORE_AMOUNT[k]) {
          String manner = MANNER.endingAt(t, s, i);
          if (manner != null) {
            return i - manner.length(); // 收入稳步增长 上半年达28416元: a predicate, not part of a name
          }
          int after = i + w.length();
          if (e - after >= 2 && t.charAt(after) != '到' && t.charAt(after) != '至') {
            // 减少二氧化碳排放2.1万吨: before an amount a verb with an object is the name
            // (增加到2025年的2318.6亿元: a verb with 到 says where a figure went; it is the predicate)
            continue;
          }
        }
        if (w != null && (w.length() > 1 || i + 1 == e || CUT_SINGLE[k])
            && !maskedAt(i, w.length())) {
          return i;
        }
      }
    }
    return e;
  }

  /** A noun follows at {@code p}: no rise, fall or change verb, and two or more ideographs before {@code e}. */
  private boolean namesAfter(int p, int e) {
    return e - p >= 2 && Character.isIdeographic(t.charAt(p)) && CHANGE_VERBS.startingAt(t, p, e) == null;
  }

  private boolean progressWithin(int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (t.charAt(i) == '进' && t.charAt(i + 1) == '度') {
        return true;
      }
    }
    return false;
  }

  private boolean maskedAt(int i, int len) {
    return MASKS.covers(t, 0, i, i + len);
  }

  private int trimTail(int s, int e) {
    boolean moved = true;
    while (moved && e > s) {
      moved = false;
      char c = t.charAt(e - 1);
      if (Character.isWhitespace(c) || "、,;:(“\"「『的了和及与".indexOf(c) >= 0) {
        e--;
        moved = true;
        continue;
      }
      String w = TAIL_FILLER.endingAt(t, s, e);
      String mask = w == null ? null : MASKS.endingAt(t, s, e);
      if (w != null && (mask == null || mask.length() <= w.length())) { // 出超: 超 ends a noun here
        e -= w.length();
        moved = true;
      }
    }
    return e;
  }
}
