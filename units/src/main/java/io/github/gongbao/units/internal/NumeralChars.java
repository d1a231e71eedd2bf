package io.github.gongbao.units.internal;

import com.ibm.icu.lang.UCharacter;

/**
 * Classifies the characters numerals are written with. Values of CJK numeral characters come from
 * ICU4J's Unicode data ({@link UCharacter#getUnicodeNumericValue(int)}), so Simplified, Traditional and
 * financial forms need no table of their own.
 */
public final class NumeralChars {
  public static final int OTHER = 0;
  /** 〇 零 一 … 九, 两/兩, 幺, financial 壹 … 玖. */
  public static final int DIGIT = 1;
  /** 十 百 千 and financial 拾 佰 仟, 廿 卅 are DIGIT-like tens and handled as SMALL_SCALE multiples. */
  public static final int SMALL_SCALE = 2;
  public static final int WAN = 3;
  public static final int YI = 4;
  /** ASCII or full-width 0-9. */
  public static final int ARABIC = 5;
  /** 点/點. */
  public static final int POINT = 6;
  /** '.' or full-width '．'. */
  public static final int ARABIC_POINT = 7;
  /** ',' or full-width '，' between digit groups. */
  public static final int SEPARATOR = 8;
  public static final int MINUS = 9;
  public static final int PLUS = 10;

  private NumeralChars() {}

  /** @return the class of {@code ch}, one of the constants above */
  public static int kind(char ch) {
    if (ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９') {
      return ARABIC;
    }
    switch (ch) {
      case '点':
      case '點':
        return POINT;
      case '.':
      case '．':
        return ARABIC_POINT;
      case ',':
      case '，':
        return SEPARATOR;
      case '-':
      case '－':
      case '−':
      case '负':
      case '負':
        return MINUS;
      case '+':
      case '＋':
      case '正':
        return PLUS;
      case '两':
      case '兩':
      case '幺':
        return DIGIT;
      case '万':
      case '萬':
        return WAN;
      case '亿':
      case '億':
        return YI;
      default:
        break;
    }
    if (ch < 0x3007) {
      return OTHER;
    }
    double v = UCharacter.getUnicodeNumericValue(ch);
    if (v == UCharacter.NO_NUMERIC_VALUE || !Character.isIdeographic(ch) && ch != '〇') {
      return OTHER;
    }
    if (v >= 0 && v <= 9 && v == Math.rint(v)) {
      return DIGIT;
    }
    if (v == 10 || v == 100 || v == 1000) {
      return SMALL_SCALE;
    }
    return OTHER;
  }

  /** @return the value 0–9 of a {@link #DIGIT} character */
  public static int digitValue(char ch) {
    switch (ch) {
      case '两':
      case '兩':
        return 2;
      case '幺':
        return 1;
      default:
        return (int) UCharacter.getUnicodeNumericValue(ch);
    }
  }

  /** @return 10, 100 or 1000 for a {@link #SMALL_SCALE} character */
  public static long scaleValue(char ch) {
    return (long) UCharacter.getUnicodeNumericValue(ch);
  }

  /** @return 0–9 for an ASCII or full-width digit */
  public static int arabicValue(char ch) {
    return ch <= '9' ? ch - '0' : ch - '０';
  }
}
