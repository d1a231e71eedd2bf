package io.github.gongbao.units;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import io.github.gongbao.units.internal.NumeralChars;
import java.math.BigDecimal;

/**
 * Parses Chinese numerals — 三千零五十, 壹仟贰佰, 一百一, 二〇二四, 三点一四, 3.91万, 1,234.5亿 — into exact
 * {@link BigDecimal} values.
 *
 * <pre>{@code
 * ChineseNumerals.parse("一亿零五百万");   // 105000000
 * ChineseNumerals.parse("79.9億");         // 7990000000
 * }</pre>
 *
 * <p>Stateless and thread safe. Every failure is a {@link ChineseNumberFormatException} with the offset of
 * the offending character; no other exception escapes.
 */
public final class ChineseNumerals {
  /** Largest absolute value accepted: 10^20 (a hundred million 万亿). */
  public static final BigDecimal LIMIT = BigDecimal.TEN.pow(20);

  private ChineseNumerals() {}

  /**
   * Parses a whole numeral.
   *
   * @param text the numeral, alone (surrounding white space is ignored)
   * @return its exact value, with no trailing zeros beyond those written
   * @throws ChineseNumberFormatException if {@code text} is not a numeral Gongbao reads
   */
  public static BigDecimal parse(CharSequence text) {
    if (text == null) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, null, "no numeral");
    }
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, text, "no numeral");
    }
    return new Parser(text, start, end).run();
  }

  /** A single-use cursor over one numeral. */
  private static final class Parser {
    private final CharSequence text;
    private final int end;
    private int pos;

    Parser(CharSequence text, int start, int end) {
      this.text = text;
      this.pos = start;
      this.end = end;
    }

    BigDecimal run() {
      boolean negative = false;
      int c0 = NumeralChars.kind(text.charAt(pos));
      if (c0 == NumeralChars.MINUS) {
        negative = true;
        pos++;
        if (pos == end) {
          throw error(ErrorKind.MALFORMED, pos - 1, "a sign with no number after it");
        }
      } else if (c0 == NumeralChars.PLUS) {
        pos++;
        if (pos == end) {
          throw error(ErrorKind.MALFORMED, pos - 1, "a sign with no number after it");
        }
      }
      BigDecimal value = integerWithScales();
      if (value.abs().compareTo(LIMIT) > 0) {
        throw error(ErrorKind.OUT_OF_RANGE, 0, "value beyond 10^20");
      }
      return negative ? value.negate() : value;
    }

    /** Reads digits, Arabic numbers and scale words up to the end. */
    private BigDecimal integerWithScales() {
      BigDecimal total = BigDecimal.ZERO; // completed 亿 groups
      BigDecimal section = BigDecimal.ZERO; // below the last 亿
      BigDecimal group = BigDecimal.ZERO; // below the last 万
      BigDecimal digit = null; // pending digit or Arabic number
      long lastSmall = 0; // last 十/百/千 used in this group, for elided tails (一百一)
      long lastBig = 0; // last 万/亿 used, for elided tails (三万五)
      boolean zeroSeen = false;
      boolean sawScale = false;
      int digitRunStart = -1;
      StringBuilder digitRun = new StringBuilder(); // positional digits: 二〇二四
      int startPos = pos;
      while (pos < end) {
        char ch = text.charAt(pos);
        int kind = NumeralChars.kind(ch);
        if (kind == NumeralChars.ARABIC) {
          if (digit != null) {
            throw error(ErrorKind.MALFORMED, pos, "two numbers in a row");
          }
          int numStart = pos;
          digit = arabic();
          if (pos < end && NumeralChars.kind(text.charAt(pos)) == NumeralChars.DIGIT) {
            throw error(ErrorKind.MALFORMED, pos, "Chinese digit after an Arabic number");
          }
          zeroSeen = false;
          if (digitRunStart < 0) {
            digitRunStart = numStart;
          }
          digitRun.append('x'); // an Arabic number cannot join a positional digit run
          continue;
        }
        if (kind == NumeralChars.DIGIT) {
          int d = NumeralChars.digitValue(ch);
          digitRun.append((char) ('0' + d));
          if (digitRunStart < 0) {
            digitRunStart = pos;
          }
          if (d == 0) {
            if (digit != null && digit.signum() != 0 && !sawScale) {
              // 一〇, part of a positional run; resolved at the end
              digit = BigDecimal.ZERO;
            }
            zeroSeen = true;
            pos++;
            continue;
          }
          if (digit != null && !(digit.signum() == 0)) {
            if (sawScale) {
              throw error(ErrorKind.MALFORMED, pos, "two digits in a row");
            }
          }
          digit = BigDecimal.valueOf(d);
          pos++;
          continue;
        }
        if (kind == NumeralChars.POINT) {
          if (digit == null) {
            throw error(ErrorKind.MALFORMED, pos, "a decimal point with no digit before it");
          }
          if (!digitRunIsSingle(digitRun)) {
            throw error(ErrorKind.MALFORMED, pos, "a decimal point after digits that are not a number");
          }
          pos++;
          BigDecimal frac = chineseFraction();
          digit = digit.add(frac);
          digitRun.append('x');
          continue;
        }
        if (kind == NumeralChars.SMALL_SCALE) {
          long unit = NumeralChars.scaleValue(ch);
          if (lastSmall != 0 && unit >= lastSmall) {
            throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " out of order");
          }
          BigDecimal d = digit == null ? BigDecimal.ONE : digit;
          if (digit == null && (group.signum() != 0 || zeroSeen) && unit != 10) {
            throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " with no digit before it");
          }
          group = group.add(d.multiply(BigDecimal.valueOf(unit)));
          lastSmall = unit;
          digit = null;
          zeroSeen = false;
          sawScale = true;
          digitRun.append('x');
          pos++;
          continue;
        }
        if (kind == NumeralChars.WAN || kind == NumeralChars.YI) {
          boolean wanYi = kind == NumeralChars.WAN && pos + 1 < end
              && NumeralChars.kind(text.charAt(pos + 1)) == NumeralChars.YI;
          BigDecimal g = group.add(digit == null ? BigDecimal.ZERO : digit);
          if (g.signum() == 0 && !(digit != null)) {
            throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " with no number before it");
          }
          if (kind == NumeralChars.WAN && !wanYi) {
            if (lastBig == 10_000L) {
              throw error(ErrorKind.MALFORMED, pos, "万 twice in one group");
            }
            section = section.add(g.multiply(BigDecimal.valueOf(10_000L)));
            lastBig = 10_000L;
            pos++;
          } else {
            BigDecimal mult = wanYi ? BigDecimal.TEN.pow(12) : BigDecimal.TEN.pow(8);
            if (wanYi && (total.signum() != 0 || section.signum() != 0)) {
              throw error(ErrorKind.MALFORMED, pos, "万亿 after a larger scale");
            }
            if (lastBig == 100_000_000L && section.signum() == 0 && !wanYi) {
              throw error(ErrorKind.MALFORMED, pos, "亿 twice in a row");
            }
            total = total.add(section.add(g)).multiply(mult);
            section = BigDecimal.ZERO;
            lastBig = wanYi ? 1_000_000_000_000L : 100_000_000L;
            pos += wanYi ? 2 : 1;
          }
          group = BigDecimal.ZERO;
          digit = null;
          lastSmall = 0;
          zeroSeen = false;
          sawScale = true;
          digitRun.append('x');
          continue;
        }
        if (kind == NumeralChars.SEPARATOR) {
          throw error(ErrorKind.MALFORMED, pos, "a thousands separator outside an Arabic number");
        }
        throw error(ErrorKind.UNEXPECTED_CHARACTER, pos, "unexpected character '" + ch + "'");
      }
      if (!sawScale) {
        if (digitRun.indexOf("x") < 0) {
          // positional digits: 二〇二四, 〇, 五
          return new BigDecimal(digitRun.toString());
        }
        if (digitRun.length() == 1 && digit != null) {
          return digit;
        }
        if (digit != null && digitRun.toString().replace("x", "").isEmpty()) {
          return digit;
        }
        throw error(ErrorKind.MALFORMED, startPos, "not a numeral");
      }
      if (digit != null) {
        if (!zeroSeen && digit.scale() <= 0 && digit.compareTo(BigDecimal.TEN) < 0 && digit.signum() > 0
            && isLastCharChineseDigit()) {
          // elided tail: 一百一 = 110, 三万五 = 35000
          long unit = lastSmall != 0 ? lastSmall / 10 : lastBig / 10;
          if (unit == 0 && lastSmall == 0 && lastBig == 0) {
            unit = 1;
          }
          digit = digit.multiply(BigDecimal.valueOf(Math.max(unit, 1)));
        }
        group = group.add(digit);
      }
      return total.add(section).add(group).stripTrailingZeros().max(BigDecimal.ZERO).setScale(
          Math.max(0, total.add(section).add(group).stripTrailingZeros().scale()));
    }

    private boolean isLastCharChineseDigit() {
      return NumeralChars.kind(text.charAt(end - 1)) == NumeralChars.DIGIT;
    }

    private static boolean digitRunIsSingle(StringBuilder run) {
      return run.length() == 1 || run.toString().equals("x")
          || (run.length() > 0 && run.charAt(run.length() - 1) != 'x' && run.length() == 1);
    }

    /** Digits after 点: positional. */
    private BigDecimal chineseFraction() {
      StringBuilder sb = new StringBuilder("0.");
      int from = pos;
      while (pos < end && NumeralChars.kind(text.charAt(pos)) == NumeralChars.DIGIT) {
        sb.append((char) ('0' + NumeralChars.digitValue(text.charAt(pos))));
        pos++;
      }
      if (pos == from) {
        throw error(ErrorKind.MALFORMED, from, "a decimal point with no digit after it");
      }
      return new BigDecimal(sb.toString());
    }

    /** An Arabic number with optional thousands separators and decimal point. */
    private BigDecimal arabic() {
      StringBuilder sb = new StringBuilder();
      int from = pos;
      boolean point = false;
      int groupLen = -1;
      while (pos < end) {
        char ch = text.charAt(pos);
        int kind = NumeralChars.kind(ch);
        if (kind == NumeralChars.ARABIC) {
          sb.append((char) ('0' + NumeralChars.arabicValue(ch)));
          if (groupLen >= 0 && !point) {
            groupLen++;
          }
          pos++;
        } else if (kind == NumeralChars.SEPARATOR && !point && pos + 1 < end
            && NumeralChars.kind(text.charAt(pos + 1)) == NumeralChars.ARABIC) {
          if (groupLen >= 0 && groupLen != 3) {
            throw error(ErrorKind.MALFORMED, pos, "thousands separator in the wrong place");
          }
          groupLen = 0;
          pos++;
        } else if ((kind == NumeralChars.ARABIC_POINT || kind == NumeralChars.POINT) && !point
            && pos + 1 < end && NumeralChars.kind(text.charAt(pos + 1)) == NumeralChars.ARABIC) {
          if (groupLen >= 0 && groupLen != 3) {
            throw error(ErrorKind.MALFORMED, pos, "thousands separator in the wrong place");
          }
          point = true;
          sb.append('.');
          pos++;
        } else {
          break;
        }
      }
      if (groupLen >= 0 && !point && groupLen != 3) {
        throw error(ErrorKind.MALFORMED, from, "thousands separator in the wrong place");
      }
      if (sb.length() > 40) {
        throw error(ErrorKind.OUT_OF_RANGE, from, "too many digits");
      }
      return new BigDecimal(sb.toString());
    }

    private ChineseNumberFormatException error(ErrorKind kind, int at, String detail) {
      return new ChineseNumberFormatException(kind, at, text, detail);
    }
  }
}
