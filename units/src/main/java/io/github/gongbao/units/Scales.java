package io.github.gongbao.units;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;

/**
 * Scale words written between a number and its unit: 十 百 千 万 亿 and their compounds (千万, 万亿,
 * 百万), in either script. Stateless and thread safe.
 */
public final class Scales {
  private Scales() {}

  /**
   * @return the value of a scale word, 1 for the empty string
   * @throws ChineseNumberFormatException if {@code word} is not a scale word
   */
  public static BigDecimal valueOf(String word) {
    BigDecimal v = BigDecimal.ONE;
    for (int i = 0; i < word.length(); i++) {
      long s = charValue(word.charAt(i));
      if (s == 0) {
        throw new ChineseNumberFormatException(ErrorKind.MALFORMED, i, word, "not a scale word");
      }
      v = v.multiply(BigDecimal.valueOf(s));
    }
    return v;
  }

  /** @return length of the longest run of scale characters starting at {@code start} */
  public static int matchLength(CharSequence text, int start) {
    int i = start;
    while (i < text.length() && charValue(text.charAt(i)) != 0) {
      i++;
    }
    return i - start;
  }

  static long charValue(char c) {
    switch (c) {
      case '十':
      case '拾':
        return 10;
      case '百':
      case '佰':
        return 100;
      case '千':
      case '仟':
        return 1000;
      case '万':
      case '萬':
        return 10_000;
      case '亿':
      case '億':
        return 100_000_000;
      default:
        return 0;
    }
  }
}
