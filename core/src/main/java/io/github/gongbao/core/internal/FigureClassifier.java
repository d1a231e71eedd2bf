package io.github.gongbao.core.internal;


import io.github.gongbao.core.internal.Item.Kind;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.internal.NumberToken;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The figures room: decides what kind of figure a number token is (a percentage, points, a multiple, an amount,
 * a bare number) from the words around it, or which named {@link TrapCheck} passes it over (a per-mille rate, a
 * threshold, a duration, a slogan, an ordinal, a code). Works on folded text. Stateless apart from the text.
 */
final class FigureClassifier {
  private static final Lexicon.Words MONEY_SUBJECT = Lexicon.standard().words("money_subject");
  private static final Lexicon.Words TIME_NOUNS = Lexicon.standard().words("time_nouns");
  private static final Lexicon.Words THRESHOLD_AFTER = Lexicon.standard().words("threshold_after");
  private static final Lexicon.Words THRESHOLD_BEFORE = Lexicon.standard().words("threshold_before");
  private static final Lexicon.Words MASKS = Lexicon.standard().words("masks");

  private final String t;

  FigureClassifier(String folded) {
    this.t = folded;
  }

  /** A token read as a figure ({@code item}), or the check that passed it over ({@code trap}); one is null. */
  record Figure(@Nullable Item item, @Nullable TrapCheck trap) {}

  private static Figure trap(TrapCheck check) {
    return new Figure(null, check);
  }

  Figure classify(NumberToken tok, int cs, int ce) {
    Kind kind;
    boolean impliedYuan = false;
    Unit u = tok.unit();
    String dim = u.dimension();
    if (u.code().equals("‰")) {
      return trap(TrapCheck.PER_MILLE); // per-mille demographic rates are not facts
    }
    if (dim.equals("percent")) {
      kind = Kind.PCT;
    } else if (dim.equals("percentage_point")) {
      kind = Kind.PP;
    } else if (dim.equals("multiple")) {
      kind = Kind.TIMES;
    } else if (u.equals(Unit.NUMBER)) {
      kind = Kind.BARE;
      if (!tok.scaleWord().isEmpty() && MONEY_SUBJECT.indexOf(t, Math.max(cs, tok.start() - 12),
          tok.start()) >= 0) {
        kind = Kind.AMOUNT;
        impliedYuan = true;
      } else if (tok.scaleWord().isEmpty() && tok.number().scale() > 0 && tok.start() >= 2
          && (t.startsWith("同比增长", tok.start() - 4) || t.startsWith("同比下降", tok.start() - 4))
          && (tok.end() >= ce || !Character.isLetterOrDigit(t.charAt(tok.end())))) {
        kind = Kind.PCT; // a % lost from the page: 同比增长8.7
      }
    } else {
      kind = Kind.AMOUNT;
      if (tok.chineseNumeral() && (tok.number().signum() == 0
          || (tok.number().compareTo(BigDecimal.ONE) == 0 && tok.scaleWord().isEmpty()))) {
        return trap(TrapCheck.IDIOM); // 一批, 一项, 零部件
      }
      if (isThreshold(tok, cs, ce)) {
        return trap(TrapCheck.THRESHOLD);
      }
      if (u.isCount() && TIME_NOUNS.startingAt(t, tok.end(), ce) != null) {
        return trap(TrapCheck.DURATION); // 1.5个工作日, 3个月: a duration, not a count
      }
    }
    if (tok.chineseNumeral() && tok.start() > 0 && "“\"「『".indexOf(t.charAt(tok.start() - 1)) >= 0) {
      return trap(TrapCheck.SLOGAN); // a slogan: “三个走在前列”
    }
    if (tok.start() > 0 && t.charAt(tok.start() - 1) == '第') {
      return trap(TrapCheck.ORDINAL); // ordinals are read as ranks
    }
    if (((tok.start() > 0 && (t.charAt(tok.start() - 1) == '+' || t.charAt(tok.start() - 1) == '"'))
        || (tok.end() < t.length() && t.charAt(tok.end()) == '+')) && tok.unit().equals(Unit.NUMBER)) {
      return trap(TrapCheck.PLUS_JOINED_CODE); // “3+13+N”
    }
    if (insideShortQuote(tok, cs, ce)) {
      return trap(TrapCheck.SLOGAN); // a name in quotes: “一园两带三片区”, 稳增长“20条”
    }
    Item it = new Item(kind);
    it.tok = tok;
    it.start = tok.start();
    it.end = tok.end();
    it.impliedYuan = impliedYuan;
    return new Figure(it, null);
  }

  /**
   * A size threshold (5000万元以上项目, 10亿元以上的项目) or a milestone beside the exact level (突破300亿元，达到312.6亿元)
   * is not a figure; a bound on the claim itself (增长10%以上。 新增就业6万人以上， 突破500亿元，增长9.8%) is.
   */
  private boolean isThreshold(NumberToken tok, int cs, int ce) {
    String after = THRESHOLD_AFTER.startingAt(t, tok.end(), ce);
    if (after != null && (modifiesNoun(tok.end() + after.length(), ce) || DURATION_BEFORE.indexOf(t, cs, tok.start()) >= 0
        || definesInBrackets(tok, cs, tok.end() + after.length()))) {
      return true;
    }
    String before = THRESHOLD_BEFORE.endingAt(t, cs, tok.start());
    String mask = MASKS.endingAt(t, cs, tok.start());
    if (before != null && mask != null && mask.length() > before.length()) {
      before = null; // 出超一一九亿美元: the bound word is part of a noun
    }
    if (before != null && (!MILESTONE.contains(before) || modifiesNoun(tok.end(), ce) || exactLevelNearby(tok))) {
      return true;
    }
    // a range 5至10亿元 or 1-5亿元: the upper bound is a label
    int p = tok.start() - 1;
    if (p > cs && "-~—至到".indexOf(t.charAt(p)) >= 0 && Character.isDigit(t.charAt(p - 1))) {
      return true;
    }
    // 5亿元至10亿元项目11个: a size class, both bounds label the noun after the range
    boolean upper = p > cs && "-~—至到".indexOf(t.charAt(p)) >= 0 && digitWithin(p - 4, p);
    boolean lower = tok.end() + 1 < ce && "-~—至到".indexOf(t.charAt(tok.end())) >= 0
        && Character.isDigit(t.charAt(tok.end() + 1));
    return (upper && modifiesNoun(tok.end(), ce)) || (lower && modifiesNoun(rangeEnd(tok.end() + 1, ce), ce));
  }

  private boolean digitWithin(int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The end of the upper bound of a range starting at {@code at}: its digits, then a scale word and a unit. */
  private int rangeEnd(int at, int ce) {
    int e = at;
    while (e < ce && (Character.isDigit(t.charAt(e)) || t.charAt(e) == '.')) {
      e++;
    }
    e += io.github.gongbao.units.Scales.matchLength(t, e);
    e += io.github.gongbao.units.UnitCatalogue.standard().matchLength(t, e);
    return Math.min(e, ce);
  }

  private static final Lexicon.Words DURATION_BEFORE = Lexicon.standard().words("duration_before");
  private static final Lexicon.Words MILESTONE = Lexicon.standard().words("milestone");

  /** 大型零售商(雇员20人及以上): a bound that closes a bracketed note defining a noun sizes that noun. */
  private boolean definesInBrackets(NumberToken tok, int cs, int afterBound) {
    if (afterBound >= t.length() || t.charAt(afterBound) != ')') {
      return false;
    }
    int open = Texts.lastIndexOf(t, '(', cs, tok.start());
    return open >= 0 && Texts.lastIndexOf(t, ')', open, tok.start()) < 0
        && Texts.cjkCount(t, open + 1, tok.start()) >= 1;
  }

  /** After a bound word: a noun follows (以上项目, 以上的企业), so the figure sizes that noun. */
  private boolean modifiesNoun(int at, int ce) {
    if (at < ce && t.charAt(at) == '的') {
      at++;
    }
    return at < ce && Character.isIdeographic(t.charAt(at));
  }

  /** Bounded look around a milestone figure, in characters. */
  private static final int MILESTONE_WINDOW = 24;

  /** 突破300亿元，达到312.6亿元 / 51261元，首次突破5万元: the exact level of the same unit stands beside it. */
  private boolean exactLevelNearby(NumberToken tok) {
    int from = Math.max(0, tok.start() - MILESTONE_WINDOW);
    int to = Math.min(t.length(), tok.end() + MILESTONE_WINDOW);
    for (int i = tok.start() - 1; i >= from; i--) {
      if (isSentenceEnd(t.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    for (int i = tok.end(); i < to; i++) {
      if (isSentenceEnd(t.charAt(i))) {
        to = i;
        break;
      }
    }
    WorkMeter.add(to - from);
    for (NumberToken other : io.github.gongbao.units.internal.NumberScanner.scan(t.subSequence(from, to))) {
      if (other.start() + from != tok.start() && other.unit().dimension().equals(tok.unit().dimension())
          && sameMagnitude(other, tok)) {
        return true;
      }
    }
    return false;
  }

  /**
   * 突破300亿元，达到312.6亿元: the level beside a milestone is close to it (within a factor of 2); 超百亿元、年纳税3.6亿元
   * is another indicator's figure.
   */
  private static boolean sameMagnitude(NumberToken a, NumberToken b) {
    java.math.BigDecimal x = baseValue(a).abs();
    java.math.BigDecimal y = baseValue(b).abs();
    java.math.BigDecimal two = java.math.BigDecimal.valueOf(2);
    return x.compareTo(y.multiply(two)) <= 0 && y.compareTo(x.multiply(two)) <= 0;
  }

  private static java.math.BigDecimal baseValue(NumberToken tok) {
    return tok.number().multiply(io.github.gongbao.units.Scales.valueOf(tok.scaleWord())).multiply(tok.unit().factor());
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '\n' || c == '!' || c == '?' || c == ';' || c == '；';
  }


  /** Longest quoted phrase that names a programme or a policy (“一园两带三片区”, “20条”). */
  private static final int MAX_SLOGAN = 10;

  /** The figure lies inside curly quotes that open and close within a few characters: a name, not a figure. */
  private boolean insideShortQuote(NumberToken tok, int cs, int ce) {
    int open = -1;
    for (int i = tok.start() - 1; i >= Math.max(cs, tok.start() - MAX_SLOGAN); i--) {
      char c = t.charAt(i);
      if (c == '”') {
        return false;
      }
      if (c == '“') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    int limit = Math.min(ce, open + MAX_SLOGAN + 2);
    for (int i = tok.end(); i < limit; i++) {
      char c = t.charAt(i);
      if (c == '”') {
        return true;
      }
      if (c == '“' || c == ',' || c == '。' || c == ';') {
        return false;
      }
    }
    return false;
  }
}
