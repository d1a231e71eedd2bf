package io.github.gongbao.units;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import io.github.gongbao.units.internal.NumeralParser;
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
 * <p>Stateless and thread safe. Every failure is a {@link ChineseNumberFormatException} with an
 * {@link ErrorKind} and the offset of the offending character; no other exception escapes, whatever the input.
 * Time is linear in the input length, and inputs longer than 256 characters are refused at once.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>Digits 〇 零 一 … 九, 两 兩 幺, financial 壹 贰/貳 叁/參 … 玖; scale words 十 百 千 (拾 佰 仟), 万 萬, 亿 億,
 *       万亿 (10^12, as 万 followed by 亿), 兆 (10^12 by default, 10^6 with {@link NumeralOptions.Zhao#MILLION}),
 *       京 (10^16); 廿 = 20, 卅 = 30, 卌 = 40. Character values come from ICU4J's Unicode data.</li>
 *   <li>十一 and 一十一; 一百零五; 一千零一十; 一万〇一十; elided tails 一百一 = 110, 三万五 = 35000, 两千三 = 2300,
 *       also before 万 and 亿: 百二萬 = 一百二万 = 1200000 (as 一百二 is 120), 两千三万 = 23000000; 百三 = 130,
 *       千三 = 1300 and 萬九 = 19000 at the start; 四万万 = 4×10^8 (万 twice, the classical 亿); digit strings
 *       二〇二四 = 2024, also with a scale word: 一六五二億 = 165200000000.</li>
 *   <li>Decimals with 点/點 (三点一四), in either script on either side (零點77, 一百点123, 3点五), and Arabic
 *       decimals (3.14, .77, full-width １２．５); Arabic digits with thousands separators in groups of three
 *       (1,234.5); Arabic and Chinese mixed with scale words (3.91万, 79.9億, 3万4000, 5千4百). After a decimal only
 *       scale words may follow (1.5万亿; 10.1万零100 is refused). Leading zeros of the decimals are free: only
 *       significant digits count against the limit below.</li>
 *   <li>Halves: 半 = 0.5, 一半 = 0.5, 两个半 = 2.5.</li>
 *   <li>A leading sign, also before a space: 负/負, '-', '－', '−', '+', '＋' (负 1,200,000).</li>
 *   <li>Fractions 三分之一, 十分之三 (0.3), 亿分之一 (10^-8) and mixed numbers 一又二分之一: the quotient is exact
 *       when it terminates within 34 significant digits, otherwise rounded to
 *       {@link java.math.MathContext#DECIMAL128} (34 digits, half-even).</li>
 *   <li>Percentages 百分之五点五, permille 千分之三 and 万分之三: with a bare 百, 千 or 万 before 分之, the value is
 *       the number of per cent (5.5), per mille (3) or per ten thousand, not the ratio; the caller knows the
 *       unit from the words ({@link Quantity#parse(CharSequence)} gives the unit). With a digit before it
 *       (一百分之二) it is an ordinary fraction (0.02).</li>
 *   <li>White space around the numeral, and inside it next to a scale word, 点 or 分之 (一百 五 十, 158.86 亿); not
 *       between two digits.</li>
 * </ul>
 *
 * <h2>Refused as ambiguous</h2>
 * Two neighbouring digits before a scale word are a range, 三四万 (30,000 to 40,000), refused with
 * {@link ErrorKind#APPROXIMATE}; a lone digit between 万 and a larger 亿 (一万二亿: 一万二千亿 elided, or
 * 一万零二亿 without its 零?) and an elided digit after a compound scale (三万亿五) are refused as
 * {@link ErrorKind#MALFORMED}; so is 万万 with no number before it (万万不可).
 *
 * <h2>Limits</h2>
 * The value, written as an unscaled integer times a power of ten, must have an unscaled part below 10^18: so
 * integers below 10^18 and decimals of at most 18 significant digits ({@link ErrorKind#OUT_OF_RANGE}). The
 * scale of the result is the number of decimals written, less the scale words after them: 4.800 has scale 3,
 * 3.91万 is 39100 with scale 0. Approximations (十余万, 一千多万) are refused with
 * {@link ErrorKind#APPROXIMATE}. Money in capital numerals (壹佰元整) is {@link ChineseMoney}'s to read.
 */
public final class ChineseNumerals {
  /** Largest absolute value accepted for integers: 10^18 − 1. */
  public static final BigDecimal MAX_VALUE = BigDecimal.valueOf(NumeralParser.MAX);

  /** Longest input accepted, in UTF-16 units after trimming surrounding white space. */
  public static final int MAX_LENGTH = NumeralParser.MAX_LENGTH;

  private ChineseNumerals() {}

  /**
   * Parses a whole numeral, reading 兆 as 10^12.
   *
   * @param text the numeral, alone (surrounding white space is ignored)
   * @return its exact value, with as many decimals as written (see the class comment)
   * @throws ChineseNumberFormatException if {@code text} is null or not a numeral Gongbao reads
   */
  public static BigDecimal parse(CharSequence text) {
    return parse(text, 12);
  }

  /**
   * Parses a whole numeral with the given options.
   *
   * @param text the numeral, alone (surrounding white space is ignored)
   * @param options what 兆 stands for; null means {@link NumeralOptions#DEFAULT}
   * @return its exact value
   * @throws ChineseNumberFormatException if {@code text} is null or not a numeral Gongbao reads
   */
  public static BigDecimal parse(CharSequence text, NumeralOptions options) {
    return parse(text, options == null ? 12 : options.zhao().exponent());
  }

  private static BigDecimal parse(CharSequence text, int zhaoExponent) {
    return NumeralParser.parse(text, zhaoExponent, true);
  }
}
