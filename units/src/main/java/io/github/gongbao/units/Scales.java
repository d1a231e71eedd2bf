package io.github.gongbao.units;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;

/**
 * Scale words written between a number and its unit: 十 百 千 万 亿 and their compounds (十万, 百万, 千万,
 * 十亿, 百亿, 千亿, 万亿, 十万亿 …), in Simplified, Traditional or financial script (萬, 億, 拾, 佰, 仟).
 *
 * <pre>{@code
 * Scales.valueOf("万亿");                 // 1000000000000
 * Scales.matchLength("千万元", 0);         // 2
 * }</pre>
 *
 * <p>A scale word is at most one of 十/百/千, then at most one 万, then at most one 亿, in that order and
 * not empty. So 万亿 is a scale word and 亿万, 万万 or 十百 are not. Note that a unit may begin with a
 * scale character (千瓦时, 千米, 百分点): telling 万 + 千瓦时 from 万千 + 瓦时 is the unit catalogue's job
 * (the longest unit wins), not this class's.
 *
 * <p>Stateless and thread safe.
 */
public final class Scales {
  private static final long TEN = 10;
  private static final long HUNDRED = 100;
  private static final long THOUSAND = 1000;
  private static final long WAN = 10_000;
  private static final long YI = 100_000_000;

  private Scales() {}

  /**
   * Gives the value of a scale word.
   *
   * @param word a scale word in either script, or the empty string
   * @return its exact value, 1 for the empty string
   * @throws ChineseNumberFormatException of kind {@link ErrorKind#MALFORMED} if {@code word} is not a
   *     scale word, with the offset of the first character that does not belong
   * @throws NullPointerException if {@code word} is null
   */
  public static BigDecimal valueOf(String word) {
    int n = matchLength(word, 0);
    if (n != word.length()) {
      throw new ChineseNumberFormatException(ErrorKind.MALFORMED, n, word, "not a scale word");
    }
    BigDecimal v = BigDecimal.ONE;
    for (int i = 0; i < n; i++) {
      v = v.multiply(BigDecimal.valueOf(charValue(word.charAt(i))));
    }
    return v;
  }

  /**
   * Gives the canonical Simplified spelling of a scale word (萬 → 万, 億 → 亿, 仟 → 千 …).
   *
   * @param word a scale word in either script, or the empty string
   * @return the same scale word in Simplified characters
   * @throws ChineseNumberFormatException if {@code word} is not a scale word
   */
  public static String simplified(String word) {
    valueOf(word);
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      sb.append(simplified(charValue(word.charAt(i))));
    }
    return sb.toString();
  }

  /**
   * Finds the longest scale word starting at {@code start}.
   *
   * @param text the text to look in
   * @param start UTF-16 offset; at or beyond the end of {@code text} nothing matches
   * @return the length of the longest scale word starting at {@code start}, 0 if none
   * @throws IndexOutOfBoundsException if {@code start} is negative
   */
  public static int matchLength(CharSequence text, int start) {
    if (start < 0) {
      throw new IndexOutOfBoundsException("start " + start);
    }
    int i = start;
    int n = text.length();
    if (i < n) {
      long v = charValue(text.charAt(i));
      if (v == TEN || v == HUNDRED || v == THOUSAND) {
        i++;
      }
    }
    if (i < n && charValue(text.charAt(i)) == WAN) {
      i++;
    }
    if (i < n && charValue(text.charAt(i)) == YI) {
      i++;
    }
    return i - start;
  }

  /** @return the value of a single scale character, 0 if {@code c} is not one */
  static long charValue(char c) {
    switch (c) {
      case '十':
      case '拾':
        return TEN;
      case '百':
      case '佰':
        return HUNDRED;
      case '千':
      case '仟':
        return THOUSAND;
      case '万':
      case '萬':
        return WAN;
      case '亿':
      case '億':
        return YI;
      default:
        return 0;
    }
  }

  private static char simplified(long value) {
    if (value == TEN) {
      return '十';
    } else if (value == HUNDRED) {
      return '百';
    } else if (value == THOUSAND) {
      return '千';
    } else if (value == WAN) {
      return '万';
    }
    return '亿';
  }
}
