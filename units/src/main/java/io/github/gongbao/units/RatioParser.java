package io.github.gongbao.units;

import org.jspecify.annotations.Nullable;
import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads the words that write a share for {@link QuantityParser}: 百分之N (%), 千分之N (‰), 万分之N (‱), a
 * fraction D分之N (四分之三 is 75 %) and 成 (三成 is 30 %, 六成五 65 %, 三成半 35 %). Stateless and thread
 * safe.
 *
 * <p>Offsets in exceptions point into the caller's text. A fraction is read only when its value in per cent
 * is a finite decimal of at most 18 significant digits (三分之一 is refused), so that the quantity's
 * {@link Quantity#toString()} reads back.
 */
final class RatioParser {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final int MAX_DIGITS = 18;

  private RatioParser() {}

  /**
   * The unit a bare 百, 千 or 万 before 分之 stands for, or null.
   *
   * @param c the character before 分之
   * @return %, ‰ or ‱, null for any other character
   */
  static @Nullable Unit prefixUnit(char c) {
    String word;
    switch (c) {
      case '百':
      case '佰':
        word = "%";
        break;
      case '千':
      case '仟':
        word = "‰";
        break;
      case '万':
      case '萬':
        word = "‱";
        break;
      default:
        return null;
    }
    return UnitCatalogue.standard().byWord(word).orElseThrow();
  }

  /**
   * @return the index just past 百分之 (spaces allowed between its characters, 百 分 之) at {@code i}, or -1
   */
  static int prefixEnd(String s, int i, int hi) {
    if (i >= hi || prefixUnit(s.charAt(i)) == null) {
      return -1;
    }
    int j = skipSpace(s, i + 1, hi);
    if (j >= hi || s.charAt(j) != '分') {
      return -1;
    }
    j = skipSpace(s, j + 1, hi);
    return j < hi && s.charAt(j) == '之' ? j + 1 : -1;
  }

  /**
   * Reads s[from, hi) as a fraction D分之N, in per cent.
   *
   * @return the quantity, or null when there is no 分之 in the range
   * @throws ChineseNumberFormatException when there is one but the text is not a fraction read as a share
   */
  static @Nullable Quantity fraction(String s, int from, int hi) {
    int fen = -1;
    int zhiEnd = -1;
    for (int i = from; i < hi; i++) {
      if (s.charAt(i) == '分') {
        int j = skipSpace(s, i + 1, hi);
        if (j < hi && s.charAt(j) == '之') {
          fen = i;
          zhiEnd = j + 1;
          break;
        }
      }
    }
    if (fen < 0) {
      return null;
    }
    int dEnd = trimEnd(s, from, fen);
    // a bare scale word is its value: 十分之三 is 3/10, 亿分之一 is 1/10^8
    BigDecimal d = dEnd > from && Scales.matchLength(s, from) == dEnd - from
        ? Scales.valueOf(s.substring(from, dEnd)) : numeral(s, from, dEnd);
    BigDecimal n = numeral(s, skipSpace(s, zhiEnd, hi), hi);
    if (d.signum() == 0) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, from, s, "a fraction with denominator zero");
    }
    BigDecimal percent;
    try {
      percent = n.multiply(HUNDRED).divide(d);
    } catch (ArithmeticException e) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, fen, s,
          "a fraction with no finite decimal (三分之一) is not read as a share");
    }
    return Quantity.of(plain(s, percent), percentUnit());
  }

  /**
   * Reads s[from, hi) as N成, N成M or N成半, in per cent.
   *
   * @return the quantity, or null when the range does not end in 成, 成 and a digit, or 成半
   * @throws ChineseNumberFormatException when it does but N is not a number from 0 to 10
   */
  static @Nullable Quantity cheng(String s, int from, int hi) {
    int c = hi - 1;
    BigDecimal tail = BigDecimal.ZERO;
    if (s.charAt(c) != '成') {
      char last = s.charAt(c);
      int k = io.github.gongbao.units.internal.NumeralChars.kind(last);
      boolean digit = k == io.github.gongbao.units.internal.NumeralChars.DIGIT
          || k == io.github.gongbao.units.internal.NumeralChars.ARABIC;
      if (!digit && last != '半') {
        return null;
      }
      c = trimEnd(s, from, c) - 1;
      if (c <= from || s.charAt(c) != '成') {
        return null;
      }
      tail = last == '半' ? new BigDecimal("5") : ChineseNumerals.parse(String.valueOf(last));
    }
    int numEnd = trimEnd(s, from, c);
    BigDecimal n = numeral(s, from, numEnd);
    if (n.signum() < 0 || n.compareTo(TEN) > 0 || (tail.signum() > 0 && n.stripTrailingZeros().scale() > 0)) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, from, s,
          "成 counts tenths: a number from 0 to 10 before it (三成, 六成五)");
    }
    return Quantity.of(plain(s, n.multiply(TEN).add(tail)), percentUnit());
  }

  private static Unit percentUnit() {
    return UnitCatalogue.standard().byWord("%").orElseThrow();
  }

  private static BigDecimal plain(String text, BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.precision() > MAX_DIGITS) {
      throw new ChineseNumberFormatException(ErrorKind.OUT_OF_RANGE, 0, text,
          "a share of more than " + MAX_DIGITS + " significant digits");
    }
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Calls the numeral parser, re-basing its offsets onto the whole input. */
  private static BigDecimal numeral(String s, int from, int to) {
    if (from >= to) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, Math.min(from, s.length() - 1), s,
          "a number is missing");
    }
    int fen = s.indexOf('分', from);
    if (fen >= 0 && fen < to) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, fen, s, "a second 分 in a share");
    }
    try {
      return ChineseNumerals.parse(s.substring(from, to));
    } catch (ChineseNumberFormatException e) {
      throw new ChineseNumberFormatException(e.kind(), from + e.offset(), s,
          "not a number: \"" + s.substring(from, to) + "\"");
    }
  }

  private static int skipSpace(String s, int i, int hi) {
    while (i < hi && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
