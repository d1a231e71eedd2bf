package io.github.gongbao.units.internal;

import static io.github.gongbao.units.internal.NumeralChars.BIG;
import static io.github.gongbao.units.internal.NumeralChars.DIGIT;
import static io.github.gongbao.units.internal.NumeralChars.SMALL;

/**
 * The fast path of {@link NumeralParser}: plain Chinese integers in one tight loop over local variables.
 *
 * <pre>{@code
 * QuickNumerals.quickParse("三千零五十");   // 3050
 * QuickNumerals.quickParse("3.91万");       // -1: not for the fast path, use the full grammar
 * }</pre>
 *
 * <p>Stateless and thread safe. Not API.
 */
final class QuickNumerals {
  private QuickNumerals() {}

  /**
   * The fast path for the commonest numerals: Chinese digits, 十 百 千 and 万 亿, no sign, point, 零-led digit
   * string, compound unit, 兆 or white space. Returns the value, or −1 whenever the input is anything else —
   * including every error — so that the full grammar decides; on what it accepts it agrees with the full
   * grammar (a property test checks this). Values stay below 10^13, so no overflow checks are needed.
   *
   * @param s the input
   * @return the value, or −1 to fall back
   */
  static long quickParse(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > 32) {
      return -1;
    }
    long total = 0;
    long section = 0;
    int lastSmall = 99;
    int lastBig = 0;
    int lastScale = 0;
    int digit = -1; // pending digit 1–9
    boolean zero = false;
    for (int i = 0; i < n; i++) {
      int code = NumeralChars.code(s.charAt(i));
      int kind = code >>> 5;
      int value = code & 31;
      if (kind == DIGIT) {
        if (digit >= 0) {
          return -1; // digit strings (二〇二四) and errors
        }
        if (value == 0) {
          if (lastScale == 0 || zero) {
            return n == 1 ? 0 : -1;
          }
          zero = true;
        } else {
          digit = value;
        }
      } else if (kind == SMALL) {
        if (value >= lastSmall) {
          return -1;
        }
        long m;
        if (digit > 0) {
          m = digit;
        } else if (value == 1 || i == 0) {
          m = 1;
        } else {
          return -1;
        }
        section += m * NumeralParser.POW10[value];
        lastSmall = value;
        lastScale = value;
        digit = -1;
        zero = false;
      } else if (kind == BIG && value <= 8) {
        long v = section;
        if (digit > 0) {
          // 百二万 is 120万: an elided digit counts at the position below the last small scale word
          v += zero || lastSmall == 99 ? digit : digit * NumeralParser.POW10[lastSmall - 1];
        }
        if (v == 0) {
          return -1;
        }
        if (lastBig == 0) {
          total = v * NumeralParser.POW10[value];
        } else if (value < lastBig && v < NumeralParser.POW10[lastBig - value]) {
          total += v * NumeralParser.POW10[value];
        } else {
          return -1;
        }
        lastBig = value;
        lastScale = value;
        lastSmall = 99;
        section = 0;
        digit = -1;
        zero = false;
      } else {
        return -1;
      }
    }
    if (digit > 0) {
      if (lastScale == 0 || zero) {
        return total + section + digit; // 五, 一百零五
      }
      return total + section + digit * NumeralParser.POW10[lastScale - 1]; // 一百一, 三万五
    }
    return zero ? -1 : total + section;
  }
}
