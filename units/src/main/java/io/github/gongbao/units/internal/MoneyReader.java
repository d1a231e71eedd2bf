package io.github.gongbao.units.internal;

import io.github.gongbao.units.ChineseNumberFormatException;
import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import io.github.gongbao.units.ChineseNumerals;
import java.math.BigDecimal;

/**
 * Reads an amount of money written in words, the 大写金额 of invoices and cheques, into yuan.
 *
 * <pre>{@code
 * MoneyReader.read("玖仟陆佰陆拾伍圆壹角捌分");   // 9665.18
 * MoneyReader.read("壹佰元整");                 // 100.00
 * }</pre>
 *
 * <p>The grammar: an optional 人民币/人民幣, an optional sign, then either a numeral and 元/圆/圓 followed by
 * the small units, or the small units alone (伍角); the small units are, in this order and each at most once,
 * a digit and 角, a digit and 分, a digit and 厘/釐, with a 零 allowed before any of them (壹元零伍分); an
 * optional 整 or 正 ends it. The numeral before 元 is anything {@link ChineseNumerals} reads as a whole number.
 * The result has two decimals, or three when 厘 is written. Stateless and thread safe. Not API.
 */
public final class MoneyReader {
  private static final String YUAN = "元圆圓";
  private static final String SMALL_UNITS = "角分厘";
  private static final String SMALL_UNITS_TRADITIONAL = "角分釐";
  private static final String END_WORDS = "整正";
  private static final String[] PREFIXES = {"人民币", "人民幣"};

  private MoneyReader() {}

  /**
   * @param text the amount alone; surrounding white space is ignored
   * @return the amount in yuan, with scale 2 (3 when 厘 is written)
   * @throws ChineseNumberFormatException if {@code text} is not an amount in words
   */
  public static BigDecimal read(CharSequence text) {
    if (text == null) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, null, "no amount (null)");
    }
    String s = text.toString();
    int lo = 0;
    int hi = s.length();
    while (lo < hi && Character.isWhitespace(s.charAt(lo))) {
      lo++;
    }
    while (hi > lo && Character.isWhitespace(s.charAt(hi - 1))) {
      hi--;
    }
    if (lo == hi) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, s, "no amount");
    }
    for (String p : PREFIXES) {
      if (s.startsWith(p, lo)) {
        lo += p.length();
        break;
      }
    }
    boolean negative = false;
    if (lo < hi && NumeralChars.kind(s.charAt(lo)) == NumeralChars.MINUS) {
      negative = true;
      lo++;
    }
    if (lo < hi && END_WORDS.indexOf(s.charAt(hi - 1)) >= 0) {
      hi--; // 整 or 正 closes the amount
    }
    if (lo >= hi) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, Math.min(lo, s.length() - 1), s,
          "no amount before 整");
    }
    int yuan = -1;
    for (int i = lo; i < hi; i++) {
      if (YUAN.indexOf(s.charAt(i)) >= 0) {
        yuan = i;
        break;
      }
    }
    BigDecimal amount = BigDecimal.ZERO;
    int pos = lo;
    if (yuan >= 0) {
      amount = whole(s, lo, yuan);
      pos = yuan + 1;
    }
    int scale = 2;
    int lastUnit = -1;
    boolean any = yuan >= 0;
    while (pos < hi) {
      int code = NumeralChars.code(s.charAt(pos));
      if (NumeralChars.kind(code) == NumeralChars.DIGIT && NumeralChars.value(code) == 0 && pos + 1 < hi
          && isDigit(s.charAt(pos + 1))) {
        pos++; // 壹元零伍分
        code = NumeralChars.code(s.charAt(pos));
      }
      if (!isDigit(s.charAt(pos)) || pos + 1 >= hi) {
        throw new ChineseNumberFormatException(ErrorKind.MALFORMED, pos, s,
            "expected a digit and 角, 分 or 厘");
      }
      int unit = unitIndex(s.charAt(pos + 1));
      if (unit <= lastUnit) {
        throw new ChineseNumberFormatException(unit < 0 ? ErrorKind.UNEXPECTED_CHARACTER : ErrorKind.MALFORMED,
            pos + 1, s, unit < 0 ? "expected 角, 分 or 厘 after a digit" : "角, 分 and 厘 out of order");
      }
      BigDecimal digit = BigDecimal.valueOf(NumeralChars.value(code), unit + 1);
      amount = amount.add(digit);
      if (unit == 2) {
        scale = 3;
      }
      lastUnit = unit;
      any = true;
      pos += 2;
    }
    if (!any) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, lo, s, "no 元, 角 or 分 in the amount");
    }
    amount = amount.setScale(scale);
    return negative ? amount.negate() : amount;
  }

  private static BigDecimal whole(String s, int from, int yuan) {
    if (from == yuan) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, yuan, s, "元 with no number before it");
    }
    BigDecimal v;
    try {
      v = ChineseNumerals.parse(s.substring(from, yuan));
    } catch (ChineseNumberFormatException e) {
      throw new ChineseNumberFormatException(e.kind(), from + e.offset(), s,
          "not a number of yuan: \"" + s.substring(from, yuan) + "\"");
    }
    if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, from, s,
          "the yuan before 元 must be a whole number, written without a sign");
    }
    return v.setScale(0);
  }

  private static boolean isDigit(char c) {
    int k = NumeralChars.kind(c);
    return k == NumeralChars.DIGIT || k == NumeralChars.ARABIC;
  }

  private static int unitIndex(char c) {
    int i = SMALL_UNITS.indexOf(c);
    return i >= 0 ? i : SMALL_UNITS_TRADITIONAL.indexOf(c);
  }
}
