package io.github.gongbao.units.internal;

import static io.github.gongbao.units.internal.NumeralChars.AR_POINT;
import static io.github.gongbao.units.internal.NumeralChars.ARABIC;
import static io.github.gongbao.units.internal.NumeralChars.APPROX;
import static io.github.gongbao.units.internal.NumeralChars.BIG;
import static io.github.gongbao.units.internal.NumeralChars.CN_POINT;
import static io.github.gongbao.units.internal.NumeralChars.DIGIT;
import static io.github.gongbao.units.internal.NumeralChars.FEN;
import static io.github.gongbao.units.internal.NumeralChars.MINUS;
import static io.github.gongbao.units.internal.NumeralChars.PLUS;
import static io.github.gongbao.units.internal.NumeralChars.SEPARATOR;
import static io.github.gongbao.units.internal.NumeralChars.SMALL;
import static io.github.gongbao.units.internal.NumeralChars.SPACE;
import static io.github.gongbao.units.internal.NumeralChars.TENS;
import static io.github.gongbao.units.internal.NumeralChars.YOU;
import static io.github.gongbao.units.internal.NumeralChars.ZHAO;
import static io.github.gongbao.units.internal.NumeralChars.ZHI;

import io.github.gongbao.units.ChineseNumberFormatException;
import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The numeral grammar, as a single left-to-right pass with {@code long} arithmetic.
 *
 * <pre>{@code
 * BigDecimal v = new NumeralParser("三万五", 0, 3, 12).parse();   // 35000
 * }</pre>
 *
 * <p>A numeral is an optional sign and then either a number, a fraction ({@code D分之N}), a mixed number
 * ({@code W又D分之N}) or a percentage/permille ({@code 百分之N}, {@code 千分之N}, {@code 万分之N}). A number is
 * an integer part — positional digits (二〇二四), or digits and scale words (一亿零五百万, 3万4000) — with an
 * optional decimal part (点 and Chinese digits, or an Arabic decimal such as 1,234.5), after which only scale
 * words may follow (3.91万, 1.5万亿). Every value is kept as an unscaled {@code long} below 10^18 and a scale,
 * so each character costs a table lookup and a few integer operations; {@code BigDecimal} is built once at
 * the end (and used for the division of fractions only).
 *
 * <p>A single-use cursor: not thread safe, create one per parse. Not API.
 */
public final class NumeralParser {
  /** Largest unscaled magnitude: 18 nines. */
  public static final long MAX = 999_999_999_999_999_999L;

  /** Longest numeral accepted, in UTF-16 units after trimming white space. */
  public static final int MAX_LENGTH = 256;

  static final long[] POW10 = new long[19];

  private static final char HALF = '半';
  private static final BigDecimal HALF_VALUE = new BigDecimal("0.5");

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final CharSequence text;
  private final int start;
  private final int end;
  private final int zhaoExponent;
  private int pos;

  // The number last read by number(): unscaled value and scale.
  private long mantissa;
  private int scale;

  /**
   * Creates a cursor over {@code text[start, end)}, which must have no surrounding white space.
   *
   * @param text the whole input (kept for error offsets)
   * @param start first character of the numeral
   * @param end one past its last character
   * @param zhaoExponent the power of ten 兆 stands for, 12 or 6
   */
  public NumeralParser(CharSequence text, int start, int end, int zhaoExponent) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.zhaoExponent = zhaoExponent;
    this.pos = start;
  }

  /**
   * Parses a whole numeral: trims white space, tries the fast path, falls back to the full grammar.
   *
   * @param text the input, may be null
   * @param zhaoExponent the power of ten 兆 stands for, 12 or 6
   * @param fastPath whether to try {@link QuickNumerals#quickParse(CharSequence)} first (tests compare both ways)
   * @return the exact value
   * @throws ChineseNumberFormatException on any input that is not a numeral
   */
  public static BigDecimal parse(CharSequence text, int zhaoExponent, boolean fastPath) {
    if (text == null) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, null, "no numeral (null)");
    }
    if (fastPath) {
      long quick = QuickNumerals.quickParse(text);
      if (quick >= 0) {
        return BigDecimal.valueOf(quick);
      }
    }
    int start = 0;
    int end = text.length();
    while (start < end && NumeralChars.kind(text.charAt(start)) == SPACE) {
      start++;
    }
    while (end > start && NumeralChars.kind(text.charAt(end - 1)) == SPACE) {
      end--;
    }
    if (start == end) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, text, "no numeral");
    }
    return new NumeralParser(text, start, end, zhaoExponent).parse();
  }

  /**
   * Parses the whole range.
   *
   * @return the exact value
   * @throws ChineseNumberFormatException on any input that is not a numeral
   */
  public BigDecimal parse() {
    if (end - start > MAX_LENGTH) {
      throw error(ErrorKind.TOO_LONG, start, "longer than " + MAX_LENGTH + " characters");
    }
    boolean negative = false;
    int k = kindAt(pos);
    if (k == MINUS || k == PLUS) {
      negative = k == MINUS;
      pos++;
      skipSpaces(); // 负 1,200,000
      if (pos == end) {
        throw error(ErrorKind.MALFORMED, start, "a sign with no number after it");
      }
    }
    int exprStart = pos;
    if (text.charAt(end - 1) == HALF) {
      BigDecimal half = half(exprStart);
      return negative ? half.negate() : half;
    }
    number();
    BigDecimal result;
    if (pos == end) {
      // The fast path: a plain number.
      result = scale == 0 ? BigDecimal.valueOf(mantissa) : BigDecimal.valueOf(mantissa, scale);
    } else {
      result = fractionForms(exprStart);
    }
    return negative ? result.negate() : result;
  }

  /** 半 (0.5), 一半 (0.5) and N个半 (N + 0.5); {@code end - 1} is the 半. */
  private BigDecimal half(int exprStart) {
    int last = end - 1;
    int q = last;
    while (q > exprStart && kindAt(q - 1) == SPACE) {
      q--;
    }
    if (q == exprStart) {
      return HALF_VALUE; // 半
    }
    char before = text.charAt(q - 1);
    if (q - 1 == exprStart && NumeralChars.kind(before) == DIGIT && NumeralChars.value(NumeralChars.code(before)) == 1) {
      return HALF_VALUE; // 一半
    }
    if ((before != '个' && before != '個') || q - 1 == exprStart) {
      throw error(ErrorKind.MALFORMED, last, "半 stands alone, after 一 or after a count and 个 (两个半)");
    }
    int wholeEnd = q - 1;
    while (wholeEnd > exprStart && kindAt(wholeEnd - 1) == SPACE) {
      wholeEnd--;
    }
    NumeralParser whole = new NumeralParser(text, exprStart, wholeEnd, zhaoExponent);
    whole.number();
    if (whole.pos != wholeEnd || whole.scale != 0) {
      throw error(ErrorKind.MALFORMED, Math.min(whole.pos, wholeEnd - 1), "N个半 needs a whole number N");
    }
    return BigDecimal.valueOf(whole.mantissa).add(HALF_VALUE);
  }

  /** Continues after a number that stopped at 又 or 分. */
  private BigDecimal fractionForms(int exprStart) {
    BigDecimal whole = null;
    int denominatorStart = exprStart;
    if (kindAt(pos) == YOU) {
      whole = current();
      pos++;
      skipSpaces();
      denominatorStart = pos;
      if (pos == end) {
        throw error(ErrorKind.MALFORMED, pos - 1, "又 with no fraction after it");
      }
      number();
      if (pos == end || kindAt(pos) != FEN) {
        throw error(ErrorKind.MALFORMED, Math.min(pos, end - 1), "又 must be followed by a fraction (三分之一)");
      }
    }
    // Here text[pos] is 分.
    boolean percentLike = whole == null && isBareScale(denominatorStart, pos);
    BigDecimal denominator = current();
    int fenAt = pos;
    pos++;
    skipSpaces();
    if (pos == end || kindAt(pos) != ZHI) {
      throw error(ErrorKind.MALFORMED, fenAt, "分 must be followed by 之 (三分之一)");
    }
    pos++;
    skipSpaces();
    if (pos == end) {
      throw error(ErrorKind.MALFORMED, fenAt, "分之 with no numerator after it");
    }
    number();
    if (pos != end) {
      throw error(ErrorKind.MALFORMED, pos, "a second 分 or 又 in one numeral");
    }
    BigDecimal numerator = current();
    if (percentLike) {
      return numerator; // 百分之五点五 is 5.5 (per cent), 千分之三 is 3 (per mille)
    }
    if (denominator.signum() == 0) {
      throw error(ErrorKind.MALFORMED, denominatorStart, "a fraction with denominator zero");
    }
    BigDecimal ratio = divide(numerator, denominator);
    return whole == null ? ratio : whole.add(ratio);
  }

  /** Exact when the quotient terminates within 34 digits, otherwise rounded to DECIMAL128. */
  private static BigDecimal divide(BigDecimal n, BigDecimal d) {
    BigDecimal q = n.divide(d, MathContext.DECIMAL128);
    if (q.multiply(d).compareTo(n) == 0) {
      q = q.stripTrailingZeros();
      return q.scale() < 0 ? q.setScale(0) : q;
    }
    return q;
  }

  /**
   * True when text[from, to) is one of the scale characters 百, 千 or 万 (佰, 仟, 萬) and spaces: the 百 of
   * 百分之. 十 and 亿 are not: 十分之三 is the fraction 0.3, 亿分之一 is 10^-8.
   */
  private boolean isBareScale(int from, int to) {
    int code = NumeralChars.code(text.charAt(from));
    int k = NumeralChars.kind(code);
    int exp = NumeralChars.value(code);
    if (!((k == SMALL && (exp == 2 || exp == 3)) || (k == BIG && exp == 4))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (kindAt(i) != SPACE) {
        return false;
      }
    }
    return true;
  }

  private BigDecimal current() {
    return BigDecimal.valueOf(mantissa, scale);
  }

  /**
   * Reads one number from {@code pos}; stops at the end, at 分 or at 又, leaving {@code pos} there, and
   * leaves the value in {@code mantissa} and {@code scale}.
   */
  private void number() {
    final int numberStart = pos;
    long total = 0; // committed parts, each a section times 万/亿/兆/京
    int maxBig = 0; // largest big exponent used so far
    int lastBig = 0; // exponent of the last big unit, 0 when none
    boolean lastCompound = false; // the last big unit multiplied earlier ones (一万亿)
    long section = 0; // sum of digit × 十/百/千 since the last big unit
    int lastSmall = 99; // exponent of the last small scale in the section, 99 when none
    int lastScale = 0; // exponent of the last scale word of any size, for elided tails
    boolean anyScale = false;
    boolean zero = false; // a 零 since the last scale word
    long run = 0; // pending Chinese digits
    int runLen = 0;
    long arabic = -1; // pending Arabic integer, -1 when none
    while (pos < end) {
      char ch = text.charAt(pos);
      int code = NumeralChars.code(ch);
      int kind = code >>> 5;
      int value = code & 31;
      switch (kind) {
        case DIGIT:
          if (arabic >= 0) {
            throw error(ErrorKind.MALFORMED, pos, "a Chinese digit right after Arabic digits");
          }
          if (anyScale) {
            if (value == 0) {
              if (zero || runLen > 0) {
                throw error(ErrorKind.MALFORMED, pos, "零 where a scale word was expected");
              }
              zero = true;
            } else {
              if (runLen > 0) {
                throw error(ErrorKind.MALFORMED, pos, "two digits in a row between scale words");
              }
              run = value;
              runLen = 1;
            }
          } else {
            if (runLen >= 18) {
              throw error(ErrorKind.OUT_OF_RANGE, pos, "more than 18 digits");
            }
            run = run * 10 + value; // positional digits: 二〇二四
            runLen++;
          }
          pos++;
          break;
        case ARABIC: {
          if (runLen > 0 || arabic >= 0) {
            throw error(ErrorKind.MALFORMED, pos, "Arabic digits right after other digits");
          }
          int arabicStart = pos;
          boolean atStart = pos == numberStart;
          long unscaled = readArabic();
          if (pointSeen) {
            if (!atStart) {
              throw error(ErrorKind.MALFORMED, arabicStart, "a decimal number after scale words");
            }
            mantissa = unscaled;
            scale = fractionDigits;
            trailingScales(0);
            return;
          }
          arabic = unscaled;
          break;
        }
        case SMALL:
        case TENS: {
          int exp = kind == TENS ? 1 : value;
          if (exp >= lastSmall) {
            throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " out of order");
          }
          long m;
          if (kind == TENS) {
            if (arabic >= 0 || (runLen > 0 && run != 0)) {
              throw error(ErrorKind.MALFORMED, pos, ch + " after a digit");
            }
            m = value;
          } else if (arabic >= 0) {
            if (arabic < 1 || arabic > 9) {
              throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " after a number that is not one digit");
            }
            m = arabic;
          } else if (runLen > 0 && run != 0) {
            if (run > 9) {
              throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " after a string of digits");
            }
            m = run;
          } else if (exp == 1 || pos == numberStart) {
            m = 1; // 十一, 一百一十 without 一; 百三 and 千三 at the very start
          } else {
            throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " with no digit before it");
          }
          section += m * POW10[exp];
          lastSmall = exp;
          lastScale = exp;
          lastCompound = false;
          anyScale = true;
          zero = false;
          run = 0;
          runLen = 0;
          arabic = -1;
          pos++;
          break;
        }
        case BIG:
        case ZHAO: {
          int exp = kind == ZHAO ? zhaoExponent : value;
          if (runLen > 1 && !anyScale) {
            if (runLen == 2 && run % 10 == run / 10 + 1 && run % 10 != 0) {
              throw error(ErrorKind.APPROXIMATE, pos - 2, "two neighbouring digits (三四万) are a range");
            }
            // positional digits with a scale word: 一六五二亿 is 1652 × 10^8, as 二〇二四 is 2024
          }
          long v;
          if (arabic >= 0) {
            v = section + arabic;
          } else if (runLen > 0 && !zero && lastSmall != 99) {
            v = section + run * POW10[lastSmall - 1]; // 百二万 is 120万, as 一百二 is 120
          } else {
            v = section + run;
          }
          if (v == 0 && pos == numberStart && (nextWordIsFen() || nextIsDigit())) {
            v = 1; // 万分之五; 萬九 is 一万九千
          }
          if (v == 0 && exp == 4 && lastBig == 4 && maxBig == 4 && pos > numberStart
              && NumeralChars.kind(text.charAt(pos - 1)) == BIG) {
            total = multiply(total, 4); // 四万万: 万 twice is 亿, the classical way
            lastBig = 8;
            maxBig = 8;
            lastScale = 8;
            lastCompound = true;
            pos++;
            break;
          }
          if (v == 0 && !(lastBig != 0 && exp > maxBig && !zero)) {
            throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " with no number before it");
          }
          if (lastBig == 0) {
            total = multiply(v, exp);
            maxBig = exp;
            lastCompound = false;
          } else if (exp > maxBig) {
            if (section == 0 && runLen > 0 && !zero) {
              throw error(ErrorKind.MALFORMED, pos, "a lone digit between " + "two scale words ("
                  + "一万二亿) is ambiguous");
            }
            total = multiply(add(total, v), exp); // 一万亿, 一万五千亿: the unit multiplies all before it
            maxBig = exp;
            lastCompound = true;
          } else if (exp < lastBig) {
            if (v >= POW10[lastBig - exp]) {
              throw error(ErrorKind.MALFORMED, pos, "too large a number before " + ch);
            }
            total = add(total, multiply(v, exp));
            lastCompound = false;
          } else {
            throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " repeated or out of order");
          }
          lastBig = exp;
          lastScale = exp;
          lastSmall = 99;
          anyScale = true;
          section = 0;
          zero = false;
          run = 0;
          runLen = 0;
          arabic = -1;
          pos++;
          break;
        }
        case CN_POINT: {
          if (pos == numberStart) {
            throw error(ErrorKind.MALFORMED, pos, "a decimal point with no digit before it");
          }
          long integer = arabic >= 0 ? add(total, section + arabic)
              : add(total, sectionValue(section, run, runLen, zero, anyScale, lastScale, lastCompound));
          int pointAt = pos;
          pos++;
          skipSpaces(); // 四百 点 五
          decimals(integer, pointAt);
          if (lastBig != 0) {
            stopHere("nothing may follow the decimals of a number that has 万 or 亿 in it");
          } else {
            trailingScales(anyScale ? lastScale : 0);
          }
          return;
        }
        case AR_POINT:
          if (pos != numberStart || !nextIsArabic()) {
            throw unexpected(kind, ch);
          }
          pos++;
          decimals(0, pos - 1); // .77 is 0.77
          trailingScales(0);
          return;
        case SPACE:
          skipSpacesBetweenTokens();
          break;
        case FEN:
        case YOU:
          if (pos == numberStart) {
            throw error(ErrorKind.MALFORMED, pos, ch + " with no number before it");
          }
          finish(total, section, run, runLen, zero, anyScale, lastScale, lastCompound, lastBig, arabic);
          return;
        default:
          throw unexpected(kind, ch);
      }
    }
    finish(total, section, run, runLen, zero, anyScale, lastScale, lastCompound, lastBig, arabic);
  }

  /**
   * Reads the digits after a decimal point — all Chinese (三点一四) or all Arabic (零點77) — into
   * {@code mantissa} and {@code scale}. Leading zeros of the decimals cost nothing: only the unscaled value
   * is limited to 18 digits, so 零点 and nineteen zeros and 一 is read like 0.0000000000000000001.
   */
  private void decimals(long integer, int pointAt) {
    int first = pos < end ? kindAt(pos) : SPACE;
    if (first != DIGIT && first != ARABIC) {
      throw error(ErrorKind.MALFORMED, pointAt, "a decimal point with no digit after it");
    }
    long frac = 0;
    int digits = 0;
    while (pos < end) {
      int code = NumeralChars.code(text.charAt(pos));
      if (code >>> 5 != first) {
        break;
      }
      int d = code & 31;
      if (frac > (MAX - d) / 10) {
        throw error(ErrorKind.OUT_OF_RANGE, pos, "more than 18 significant digits");
      }
      frac = frac * 10 + d;
      digits++;
      pos++;
    }
    mantissa = integer == 0 ? frac : add(multiplyPow(integer, digits, pointAt), frac);
    scale = digits;
  }

  private boolean nextIsDigit() {
    return pos + 1 < end && NumeralChars.kind(text.charAt(pos + 1)) == DIGIT;
  }

  private void finish(long total, long section, long run, int runLen, boolean zero, boolean anyScale,
      int lastScale, boolean lastCompound, int lastBig, long arabic) {
    long v = arabic >= 0 ? section + arabic
        : sectionValue(section, run, runLen, zero, anyScale, lastScale, lastCompound);
    if (lastBig != 0 && v >= POW10[lastBig]) {
      throw error(ErrorKind.MALFORMED, pos - 1, "the number after the last scale word is too large");
    }
    mantissa = add(total, v);
    scale = 0;
  }

  /** The value of the open section, resolving an elided tail (一百一 = 110, 三万五 = 35000). */
  private long sectionValue(long section, long run, int runLen, boolean zero, boolean anyScale,
      int lastScale, boolean lastCompound) {
    if (!anyScale) {
      return run; // positional digits, or one digit
    }
    if (runLen == 0) {
      if (zero) {
        throw error(ErrorKind.MALFORMED, pos - 1, "零 at the end of a number");
      }
      return section;
    }
    if (zero) {
      return section + run; // 一百零五
    }
    if (lastCompound) {
      throw error(ErrorKind.MALFORMED, pos - 1, "an elided digit after a compound scale is ambiguous");
    }
    return section + run * POW10[lastScale - 1];
  }

  /** After a decimal: only scale words, in increasing size (2.5千万, 1.5万亿), then the end, 分 or 又. */
  private void trailingScales(int integerScale) {
    int last = integerScale;
    boolean smallAllowed = integerScale == 0;
    while (pos < end) {
      char ch = text.charAt(pos);
      int code = NumeralChars.code(ch);
      int kind = code >>> 5;
      int exp;
      if (kind == SMALL && smallAllowed) {
        exp = code & 31;
      } else if (kind == BIG) {
        exp = code & 31;
      } else if (kind == ZHAO) {
        exp = zhaoExponent;
      } else if (kind == SPACE) {
        skipSpacesBetweenTokens();
        continue;
      } else if (kind == FEN || kind == YOU) {
        return;
      } else if (kind == DIGIT || kind == ARABIC || kind == SMALL || kind == TENS) {
        throw error(ErrorKind.MALFORMED, pos, "nothing but scale words may follow a decimal number");
      } else {
        throw unexpected(kind, ch);
      }
      if (exp <= last) {
        throw error(ErrorKind.MALFORMED, pos, "scale word " + ch + " out of order after a decimal number");
      }
      smallAllowed = false;
      last = exp;
      if (scale >= exp) {
        scale -= exp;
      } else {
        mantissa = multiplyPow(mantissa, exp - scale, pos);
        scale = 0;
      }
      pos++;
    }
  }

  private void stopHere(String detail) {
    skipTrailingSpaces();
    if (pos < end) {
      int kind = kindAt(pos);
      if (kind != FEN && kind != YOU) {
        throw error(ErrorKind.MALFORMED, pos, detail);
      }
    }
  }

  // Set by readArabic: whether the number had a decimal point, and how many digits followed it.
  private boolean pointSeen;
  private int fractionDigits;

  /** An Arabic number: digits, thousands separators (groups of three), an optional point and decimals. */
  private long readArabic() {
    long v = 0;
    int groupLen = -1; // digits since the last separator, -1 before any separator
    int firstGroup = 0;
    int significant = 0;
    pointSeen = false;
    fractionDigits = 0;
    while (pos < end) {
      int code = NumeralChars.code(text.charAt(pos));
      int kind = code >>> 5;
      if (kind == ARABIC) {
        int d = code & 31;
        if (v != 0 || d != 0) {
          significant++;
        }
        if (significant > 18) {
          throw error(ErrorKind.OUT_OF_RANGE, pos, "more than 18 significant digits");
        }
        v = v * 10 + d;
        if (pointSeen) {
          fractionDigits++;
        } else if (groupLen >= 0) {
          groupLen++;
        } else {
          firstGroup++;
        }
        pos++;
      } else if (kind == SEPARATOR && !pointSeen && nextIsArabic()) {
        if (groupLen >= 0 ? groupLen != 3 : firstGroup > 3) {
          throw error(ErrorKind.MALFORMED, pos, "thousands separator in the wrong place");
        }
        groupLen = 0;
        pos++;
      } else if (kind == AR_POINT && !pointSeen && nextIsArabic()) {
        if (groupLen >= 0 && groupLen != 3) {
          throw error(ErrorKind.MALFORMED, pos, "thousands separator in the wrong place");
        }
        pointSeen = true;
        pos++;
      } else {
        break;
      }
    }
    if (groupLen >= 0 && !pointSeen && groupLen != 3) {
      throw error(ErrorKind.MALFORMED, pos - 1, "thousands separator in the wrong place");
    }
    return v;
  }

  private boolean nextWordIsFen() {
    int q = pos + 1;
    while (q < end && kindAt(q) == SPACE) {
      q++;
    }
    return q < end && kindAt(q) == FEN;
  }

  private boolean nextIsArabic() {
    return pos + 1 < end && NumeralChars.kind(text.charAt(pos + 1)) == ARABIC;
  }

  /** Spaces may stand only next to a scale word, a point or a fraction word (一百 五 十, 158.86 亿). */
  private void skipSpacesBetweenTokens() {
    int before = kindAt(pos - 1);
    int q = pos;
    while (q < end && kindAt(q) == SPACE) {
      q++;
    }
    int after = q < end ? kindAt(q) : SPACE;
    if (!isWord(before) && !isWord(after)) {
      throw error(ErrorKind.MALFORMED, pos, "a space between digits");
    }
    pos = q;
  }

  private static boolean isWord(int kind) {
    return kind == SMALL || kind == BIG || kind == ZHAO || kind == TENS || kind == CN_POINT || kind == FEN
        || kind == ZHI || kind == YOU;
  }

  private void skipSpaces() {
    while (pos < end && kindAt(pos) == SPACE) {
      pos++;
    }
  }

  private void skipTrailingSpaces() {
    skipSpaces();
  }

  private int kindAt(int i) {
    return NumeralChars.kind(text.charAt(i));
  }

  private long add(long a, long b) {
    long s = a + b;
    if (s > MAX) {
      throw error(ErrorKind.OUT_OF_RANGE, Math.min(pos, end - 1), "value of 10^18 or more");
    }
    return s;
  }

  private long multiply(long v, int exp) {
    return multiplyPow(v, exp, Math.min(pos, end - 1));
  }

  private long multiplyPow(long v, int exp, int at) {
    if (exp > 18 || v > MAX / POW10[exp]) {
      throw error(ErrorKind.OUT_OF_RANGE, at, "value of 10^18 or more");
    }
    return v * POW10[exp];
  }

  private ChineseNumberFormatException unexpected(int kind, char ch) {
    switch (kind) {
      case APPROX:
        return error(ErrorKind.APPROXIMATE, pos, "'" + ch + "' makes the number approximate");
      case MINUS:
      case PLUS:
        return error(ErrorKind.MALFORMED, pos, "a sign inside a number");
      case SEPARATOR:
        return error(ErrorKind.MALFORMED, pos, "a separator outside an Arabic number");
      case AR_POINT:
        return error(ErrorKind.MALFORMED, pos, "a decimal point not between Arabic digits");
      case CN_POINT:
        return error(ErrorKind.MALFORMED, pos, "a second decimal point");
      case ZHI:
        return error(ErrorKind.MALFORMED, pos, "之 without 分 before it");
      case DIGIT:
      case ARABIC:
        return error(ErrorKind.MALFORMED, pos, "a digit where none may stand");
      default:
        return error(ErrorKind.UNEXPECTED_CHARACTER, pos, "unexpected character '" + ch + "'");
    }
  }

  private ChineseNumberFormatException error(ErrorKind kind, int at, String detail) {
    return new ChineseNumberFormatException(kind, at, text, detail);
  }
}
