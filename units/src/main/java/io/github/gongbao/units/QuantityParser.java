package io.github.gongbao.units;

import com.ibm.icu.lang.UCharacter;
import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import io.github.gongbao.units.internal.NumberScanner;
import io.github.gongbao.units.internal.NumeralChars;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole quantity for {@link Quantity#parse(CharSequence)}: optional currency name or 百分之/千分之,
 * number, optional scale word, optional unit. Stateless and thread safe.
 *
 * <p>The unit is found from the end: of the suffixes of the text that are unit words, the longest whose
 * preceding text parses as a number (with an optional scale word) wins. All offsets in exceptions point
 * into the caller's text.
 */
final class QuantityParser {
  private static final String PERCENT_PREFIX = "百分之";
  private static final String PERMILLE_PREFIX = "千分之";
  private static final String FRACTION = "分之";
  /** Characters that end an amount in capital numerals: 壹佰元整, 伍角, 捌分, 伍厘. */
  private static final String MONEY_CHARS = "整正角分厘釐";
  private static final char HALF = '半';
  private static final BigDecimal HALF_VALUE = new BigDecimal("0.5");

  private QuantityParser() {}

  static Quantity parse(CharSequence input) {
    if (input == null) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, null, "no quantity");
    }
    String s = input.toString();
    int lo = skipSpace(s, 0);
    int hi = trimEnd(s, lo, s.length());
    if (lo == hi) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, s, "no quantity");
    }
    try {
      return quantity(s, lo, hi);
    } catch (ChineseNumberFormatException e) {
      Quantity q = otherForms(s, lo, hi);
      if (q == null) {
        throw e;
      }
      return q;
    }
  }

  /**
   * What is read only when the ordinary reading fails: money in capital numerals (壹佰元整, 伍角), and a
   * count followed by its unit and 半 (一吨半 is 1.5 tonnes).
   */
  private static @Nullable Quantity otherForms(String s, int lo, int hi) {
    if (MONEY_CHARS.indexOf(s.charAt(hi - 1)) >= 0 || (s.indexOf('元', lo) >= 0 && s.indexOf('元', lo) < hi)
        || s.indexOf('圆', lo) >= 0 || s.indexOf('圓', lo) >= 0) {
      try {
        return ChineseMoney.parseQuantity(s.substring(lo, hi));
      } catch (ChineseNumberFormatException e) {
        // not money either: the first error stands
      }
    }
    if (s.charAt(hi - 1) == HALF && hi - 1 > lo) {
      try {
        Quantity q = quantity(s, lo, trimEnd(s, lo, hi - 1));
        if (!q.unit().equals(Unit.NUMBER) && q.scaleWord().isEmpty() && q.number().signum() >= 0
            && q.number().stripTrailingZeros().scale() <= 0) {
          return Quantity.of(q.number().add(HALF_VALUE), q.unit());
        }
      } catch (ChineseNumberFormatException e) {
        // not a count and a half: the first error stands
      }
    }
    return null;
  }

  private static Quantity quantity(String s, int lo, int hi) {
    UnitCatalogue cat = UnitCatalogue.standard();

    // A prefix: 百分之/千分之/万分之, or a currency named before the number (人民币3.14亿元, 港币50亿元).
    Unit prefix = null;
    boolean ratioPrefix = false;
    int from = lo;
    int ratioEnd = RatioParser.prefixEnd(s, lo, hi);
    if (ratioEnd > 0) {
      prefix = RatioParser.prefixUnit(s.charAt(lo));
      ratioPrefix = true;
      from = ratioEnd;
    } else {
      int pl = cat.matchLength(s, lo);
      if (pl > 0) {
        Unit u = cat.byWord(s.substring(lo, lo + pl)).orElseThrow();
        if (u.isCurrency()) {
          prefix = u;
          from = lo + pl;
        }
      }
    }
    from = Math.min(skipSpace(s, from), hi);
    if (from == hi) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, from, s,
          prefix == null ? "no number" : "no number after " + s.substring(lo, from).strip());
    }
    if (prefix == null) {
      // Shares written in words: 四分之三 (75 %), 三成 (30 %), 六成五 (65 %).
      Quantity share = RatioParser.fraction(s, from, hi);
      if (share == null) {
        share = RatioParser.cheng(s, from, hi);
      }
      if (share != null) {
        return share;
      }
    }
    Quantity chinese = chineseThenUnit(s, from, hi, prefix, ratioPrefix);
    if (chinese != null) {
      return chinese;
    }

    // Candidate units, longest first: every suffix that is a unit word.
    ChineseNumberFormatException firstError = null;
    for (int u = Math.max(from + 1, hi - cat.maxWordLength()); u < hi; u++) {
      Optional<Unit> unit = cat.byWord(s.substring(u, hi));
      if (unit.isEmpty()) {
        continue;
      }
      try {
        Quantity q = number(s, from, trimEnd(s, from, u));
        return withUnit(q, prefix, ratioPrefix, unit.get(), s, u);
      } catch (ChineseNumberFormatException e) {
        if (firstError == null) {
          firstError = e;
        }
      }
    }
    // No unit: a bare number (56.7亿), or a prefix that names the unit (人民币3.14亿).
    try {
      Quantity q = number(s, from, hi);
      return prefix == null ? q : Quantity.of(q.number(), q.scaleWord(), prefix);
    } catch (ChineseNumberFormatException e) {
      if (firstError != null) {
        throw firstError;
      }
      int end = numeralEnd(s, from, hi);
      if (end > from && end < hi) {
        throw new ChineseNumberFormatException(ErrorKind.UNIT, end, s,
            "unknown unit \"" + s.substring(end, hi) + "\"");
      }
      throw e;
    }
  }

  /**
   * A Chinese numeral read as far as it goes and the unit after it, as {@link QuantityFinder} reads it:
   * 三万五千瓦 is 35000 W (not 三万五 kW), 一万二千克 is 12000 g. Null when the text is not of that shape.
   */
  private static @Nullable Quantity chineseThenUnit(String s, int from, int hi, @Nullable Unit prefix, boolean ratioPrefix) {
    int start = from;
    int k = NumeralChars.kind(s.charAt(start));
    if ((k == NumeralChars.MINUS || k == NumeralChars.PLUS) && start + 1 < hi) {
      start++;
      k = NumeralChars.kind(s.charAt(start));
    }
    if (k != NumeralChars.DIGIT && k != NumeralChars.TENS && k != NumeralChars.SMALL) {
      return null;
    }
    int e = NumberScanner.chineseEnd(s, start);
    if (e >= hi) {
      return null;
    }
    int u = skipSpace(s, e);
    Optional<Unit> unit = u < hi ? UnitCatalogue.standard().byWord(s.substring(u, hi)) : Optional.empty();
    if (unit.isEmpty()) {
      return null;
    }
    BigDecimal n;
    try {
      n = numeral(s, from, e);
    } catch (ChineseNumberFormatException ex) {
      return null;
    }
    return withUnit(Quantity.of(n, Unit.NUMBER), prefix, ratioPrefix, unit.get(), s, u);
  }

  /** Combines the number with the unit at the end and the prefix, if any. */
  private static Quantity withUnit(Quantity q, @Nullable Unit prefix, boolean ratioPrefix, Unit unit, String s,
      int unitStart) {
    if (prefix == null) {
      return Quantity.of(q.number(), q.scaleWord(), unit);
    }
    if (ratioPrefix) {
      throw new ChineseNumberFormatException(ErrorKind.UNIT, unitStart, s,
          "a unit after " + PERCENT_PREFIX + " or " + PERMILLE_PREFIX);
    }
    if (!unit.isCurrency()) {
      throw new ChineseNumberFormatException(ErrorKind.UNIT, unitStart, s,
          "a currency before the number and " + unit.code() + " after it");
    }
    return Quantity.of(q.number(), q.scaleWord(), prefix);
  }

  /**
   * Parses s[from, to) as a number with an optional scale word, as a quantity of {@link Unit#NUMBER}. The
   * scale word is split off only when what precedes it is an Arabic number (3.91万, 1,234.5 亿).
   */
  private static Quantity number(String s, int from, int to) {
    if (from >= to) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, from, s, "no number before the unit");
    }
    int fraction = s.indexOf(FRACTION, from);
    if (fraction >= 0 && fraction < to) {
      // 三分之一 is a share, not an amount; and its decimal is not exact, so it would not read back
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, fraction, s,
          "a fraction is not a quantity (only 百分之 and 千分之 are read, as per cent and per mille)");
    }
    for (int k = Math.max(from + 1, to - 3); k < to; k++) {
      if (Scales.matchLength(s, k) == to - k) {
        int numEnd = trimEnd(s, from, k);
        if (numEnd > from && isArabic(s, from, numEnd)) {
          return Quantity.of(numeral(s, from, numEnd), s.substring(k, to), Unit.NUMBER);
        }
      }
    }
    return Quantity.of(numeral(s, from, to), Unit.NUMBER);
  }

  /** Calls the numeral parser, re-basing its offsets onto the whole input. */
  private static BigDecimal numeral(String s, int from, int to) {
    try {
      return ChineseNumerals.parse(s.substring(from, to));
    } catch (ChineseNumberFormatException e) {
      throw new ChineseNumberFormatException(e.kind(), from + e.offset(), s,
          "not a number: \"" + s.substring(from, to) + "\"");
    } catch (RuntimeException e) {
      // A firewall: Quantity.parse promises only ChineseNumberFormatException, whatever the input.
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, from, s,
          "not a number: \"" + s.substring(from, to) + "\" (" + e + ")");
    }
  }

  /** @return true if s[from, to) is an optionally signed Arabic number: digits, separators, points (also 点) */
  private static boolean isArabic(String s, int from, int to) {
    int i = from;
    char c0 = s.charAt(i);
    if (c0 == '-' || c0 == '－' || c0 == '−' || c0 == '+' || c0 == '＋' || c0 == '负' || c0 == '負') {
      i++;
    }
    boolean digit = false;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digit = true;
      } else if (c != '.' && c != '．' && c != ',' && c != '，' && c != '点' && c != '點') {
        return false;
      }
    }
    return digit;
  }

  /** @return the end of the run of characters that can belong to a numeral, starting at {@code from} */
  private static int numeralEnd(String s, int from, int to) {
    int i = from;
    while (i < to && isNumeralChar(s.charAt(i))) {
      i++;
    }
    return trimEnd(s, from, i);
  }

  private static boolean isNumeralChar(char c) {
    if (isSpace(c) || ".．,，-－−+＋点點负負两兩幺".indexOf(c) >= 0) {
      return true;
    }
    return UCharacter.getUnicodeNumericValue(c) != UCharacter.NO_NUMERIC_VALUE;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
