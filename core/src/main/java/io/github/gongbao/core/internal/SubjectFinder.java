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
  private static final Lexicon.Words REGION_FRAME = Lexicon.standard().words("region_frame");
  private static final Lexicon.Words LEAD_FILLER = Lexicon.standard().words("lead_filler");
  private static final Lexicon.Words QUALIFIER = Lexicon.standard().words("qualifier");
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
  /** The last region frame (全市, 我县) stripped from a subject; the reader carries it through a paragraph. */
  @Nullable String lastRegion;

  /** A period written after the name (地区生产总值上半年达到…), taken out of the last subject; null if none. */
  @Nullable String periodInSubject;

  /** A period skipped before the name in the last subject's lead (而第二季则上升0.4%); null if none. */
  private @Nullable String framePeriod;

  /** 上年同期, 去年, 上月: a period compared with, not the one a figure is of. */
  private boolean isComparedPeriod(int s, int e) {
    return isComparedPeriod(s, e, t);
  }

  private static boolean isComparedPeriod(int s, int e, String text) {
    return COMPARED_PERIOD.indexOf(text, s, e) >= 0;
  }

  /** Words of a period compared with (上年同期, 上月): data, in the lexicon. */
  private static final Lexicon.Words COMPARED_PERIOD = Lexicon.standard().words("compared_period");

  SubjectFinder(String folded) {
    this.t = folded;
  }

  /** @return [start, end) of the subject written in [leadStart, leadEnd), or null */
  int @Nullable [] subjectOf(int leadStart, int leadEnd, @Nullable Item it) {
    WorkMeter.add(leadEnd - leadStart);
    if (it != null && it.kind == Kind.AMOUNT && (Objects.requireNonNull(it.tok).unit().isCount()
        || OBJECT_VERBS.endingAt(t, leadStart, trimEnd(leadStart, leadEnd)) != null)) {
      int[] after = objectAfter(it.end, t.length());
      if (after != null) {
        return after;
      }
    }
    framePeriod = null;
    int s = skipFrames(leadStart, leadEnd);
    if (framePeriod != null && periodInSubject == null) {
      periodInSubject = framePeriod; // set once the lead is read, whatever the subject turns out to be
    }
    if (it != null && it.kind == Kind.AMOUNT) {
      s = afterProductionVerb(s, leadEnd);
    }
    int cut = firstPredicate(s, leadEnd, it != null && it.kind == Kind.AMOUNT);
    String connective = CONNECTIVE.startingAt(t, cut, leadEnd);
    if (connective != null && periodInSubject == null) {
      int p = Periods.matchAt(t, cut + connective.length(), leadEnd);
      if (p > 0 && !isComparedPeriod(cut + connective.length(), cut + connective.length() + p)) {
        periodInSubject = t.substring(cut + connective.length(), cut + connective.length() + p); // 继第三季上升…后
      }
    }
    int said = ATTRIBUTION.indexOf(t, s, cut);
    if (said >= 0) {
      // 省统计局预计全年全省经济增长5.3%: who estimates is not what is estimated
      s = said + Objects.requireNonNull(ATTRIBUTION.startingAt(t, said, cut)).length();
    }
    int e = trimTail(s, cut);
    s = skipFrames(s, e);
    e = trimTail(s, e);
    String manner = MANNER.endingAt(t, s, e);
    if (manner != null && e - manner.length() - s >= 2) {
      e = trimTail(s, e - manner.length()); // 居民人均收入稳步(增长): a manner adverb is never part of a name
    }
    // 地区生产总值上半年达到1286.4亿元: a period after the name is a frame, not part of it; so is a compared one
    // (本地生产总值在二零二六年首季与上年同期比较…: the figure's period is 首季, 上年同期 is what it is compared with)
    for (int tail = tailPeriod(s, e); tail >= 0; tail = tailPeriod(s, e)) {
      if (periodInSubject == null || isComparedPeriod(0, periodInSubject.length(), periodInSubject)) {
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
    return cjkCount(s, e) >= 2 ? new int[] {s, e} : null;
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
    if ((after < cut && "值量能".indexOf(t.charAt(after)) >= 0) || cjkCount(after, trimTail(after, cut)) < 2) {
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
          && Character.isIdeographic(t.charAt(i + 1)) && cjkCount(i + 1, e) >= 2) {
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
    return cjkCount(from, e) >= 2 ? new int[] {from, e} : null;
  }

  /**
   * 医疗保健、居住、交通和通信价格分别上涨…: the items before the last name no head of their own, and the last item's
   * head (价格) is theirs too. @return each item's full name, null where the item keeps its own words; null when no
   * item takes the shared head
   */
  String @Nullable [] sharedHead(List<int[]> parts) {
    int[] last = parts.get(parts.size() - 1);
    String head = HEAD_NOUNS.endingAt(t, last[0], last[1]);
    if (head == null || head.length() < 2 || last[1] - last[0] <= head.length()) {
      return null; // a one-character head (品 of 工艺品) is too weak to give to 建陶
    }
    int headStart = last[1] - head.length();
    if (headStart - 1 > last[0] && t.charAt(headStart - 1) == '类') {
      head = "类" + head; // 交通、通信、居住类价格: each is a category (交通类价格)
    }
    String[] names = new String[parts.size()];
    boolean any = false;
    for (int k = 0; k < parts.size() - 1; k++) {
      int[] p = parts.get(k);
      if (p != null && HEAD_NOUNS.indexOf(t, p[0], p[1]) < 0) {
        names[k] = t.substring(p[0], p[1]) + head;
        any = true;
      }
    }
    return any ? names : null;
  }

  /** Subjects of a run of n figures: 建陶、电瓷、工艺品分别增长…; null when they cannot be paired. */
  @Nullable List<int[]> listSubjects(int cs, int leadStart, int leadEnd, int @Nullable [] subj, int n) {
    if (subj == null) {
      return null;
    }
    WorkMeter.add(subj[1] - subj[0]);
    List<int[]> parts = new ArrayList<>();
    int s = subj[0];
    for (int i = subj[0]; i <= subj[1]; i++) {
      if (i == subj[1] || t.charAt(i) == '、') {
        int a = skipFrames(s, i);
        if (cjkCount(a, i) >= 1) {
          parts.add(new int[] {a, i});
        }
        s = i + 1;
      }
    }
    return parts.size() == n ? parts : null;
  }

  /**
   * The parts of a subject that share one predicate (项目数、资金数均居…; 项目数和投资额均居…): split at 、, and at
   * 和/与/及 unless a part is an industry (住宿和餐饮业 is one name). Null when there is one part.
   */
  @Nullable List<int[]> sharedParts(int[] subj) {
    WorkMeter.add(subj[1] - subj[0]);
    List<int[]> parts = new ArrayList<>();
    int s = subj[0];
    for (int i = subj[0]; i <= subj[1]; i++) {
      char c = i < subj[1] ? t.charAt(i) : '、';
      boolean and = c == '和' || c == '与' || c == '及';
      if (c == '、' || (and && i > s + 1 && i + 2 < subj[1] && !endsIndustry(s, i) && !endsIndustry(i + 1, subj[1]))) {
        int a = skipFrames(s, i);
        if (cjkCount(a, i) >= 1) {
          parts.add(new int[] {a, i});
        }
        s = i + 1;
      }
    }
    return parts.size() > 1 ? parts : null;
  }

  /** An industry name (批发和零售业, 住宿和餐饮业增加值) has 业 in one of the parts around its 和. */
  private boolean endsIndustry(int s, int e) {
    for (int i = s; i < e; i++) {
      if (t.charAt(i) == '业') {
        return true;
      }
    }
    return false;
  }

  private int trimEnd(int s, int e) {
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return e;
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
        if (w != null && amount && !CUT_BEFORE_AMOUNT[k]) {
          String manner = MANNER.endingAt(t, s, i);
          if (manner != null) {
            return i - manner.length(); // 收入稳步增长 上半年达28416元: a predicate, not part of a name
          }
          if (e - (i + w.length()) >= 2) {
            continue; // 减少二氧化碳排放2.1万吨: before an amount a verb with an object is the name
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

  /** Skips punctuation, periods, region frames and lead filler at the start. */
  int skipFrames(int s, int e) {
    boolean moved = true;
    while (moved && s < e) {
      moved = false;
      char c = t.charAt(s);
      // a slogan in quotes before the name: "3+13+N"产业链群
      if (c == '"' || c == '“') {
        int close = s + 1;
        while (close < e && t.charAt(close) != '"' && t.charAt(close) != '”') {
          close++;
        }
        if (close < e && hasDigitOrPlus(s + 1, close)) {
          s = close + 1;
          moved = true;
          continue;
        }
      }
      int marker = listMarkerLength(s, e);
      if (marker > 0) {
        s += marker;
        moved = true;
        continue;
      }
      if (Character.isWhitespace(c) || "、,;:()“”\"'《》【】[]和及与在对".indexOf(c) >= 0) {
        s++;
        moved = true;
        continue;
      }
      int p = Periods.matchAt(t, s, e);
      if (p > 0 && !isComparedPeriod(s, s + p)) {
        framePeriod = t.substring(s, s + p); // 而第二季则上升0.4%, 扭转第三季下跌0.9%: the figure's own period
      }
      if (p == 0) {
        p = durationAt(s, e);
      }
      if (p > 0) {
        s += p;
        moved = true;
        continue;
      }
      String w = REGION_FRAME.startingAt(t, s, e);
      if (w != null) {
        lastRegion = t.substring(s, s + w.length());
      }
      if (w == null) {
        w = LEAD_FILLER.startingAt(t, s, e);
      }
      if (w == null) {
        w = QUALIFIER.startingAt(t, s, e);
      }
      if (w == null && (t.startsWith("完成", s) || t.startsWith("实现", s) || t.startsWith("有", s))) {
        w = t.substring(s, s + (t.charAt(s) == '有' ? 1 : 2));
      }
      if (w != null) {
        s += w.length();
        moved = true;
      }
    }
    return s;
  }

  /** Length of a list marker at {@code at}: (一) (12) 一、 3、; 0 if none. */
  int listMarkerLength(int at, int end) {
    int i = at;
    boolean paren = i < end && t.charAt(i) == '(';
    if (paren) {
      i++;
    }
    int digits = 0;
    while (i < end && digits < 3 && "0123456789一二三四五六七八九十".indexOf(t.charAt(i)) >= 0) {
      i++;
      digits++;
    }
    if (digits == 0 || i >= end) {
      return 0;
    }
    char close = t.charAt(i);
    return (paren && close == ')') || (!paren && close == '、') ? i + 1 - at : 0;
  }

  private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
      "连续[0-9一二三四五六七八九十]{1,3}年(?:、[0-9一二三四五六七八九十]{1,3}年){0,4}");

  /** 连续17年、33年: a duration is not part of a subject. */
  private int durationAt(int s, int e) {
    if (!t.startsWith("连续", s)) {
      return 0;
    }
    java.util.regex.Matcher m = DURATION.matcher(t).region(s, e);
    return m.lookingAt() ? m.end() - s : 0;
  }

  private boolean hasDigitOrPlus(int s, int e) {
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == '+') {
        return true;
      }
    }
    return false;
  }

  private int trimTail(int s, int e) {
    boolean moved = true;
    while (moved && e > s) {
      moved = false;
      char c = t.charAt(e - 1);
      if (Character.isWhitespace(c) || "、,;:(“\"的了和及与".indexOf(c) >= 0) {
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

  int cjkCount(int s, int e) {
    int n = 0;
    for (int i = s; i < e; i++) {
      if (Character.isIdeographic(t.charAt(i)) || Character.isLetter(t.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
