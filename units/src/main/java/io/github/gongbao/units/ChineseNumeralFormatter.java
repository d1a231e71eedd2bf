package io.github.gongbao.units;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes exact {@link BigDecimal} values as Chinese numerals — Simplified or Traditional, normal, financial or
 * compact — that {@link ChineseNumerals#parse(CharSequence)} reads back to the same value.
 *
 * <pre>{@code
 * ChineseNumeralFormatter.simplified().format(new BigDecimal("10010.5"));            // 一万零一十点五
 * ChineseNumeralFormatter.traditional().style(Style.COMPACT).format(7_990_000_000L);  // 79.9億
 * }</pre>
 *
 * <p>Immutable and thread safe: the settings methods return new formatters, and the ICU4J
 * {@link RuleBasedNumberFormat} behind the normal and financial styles (which is not thread safe) is held one
 * per thread.
 *
 * <h2>Styles</h2>
 * <ul>
 *   <li>{@link Style#NORMAL}: ICU4J's {@code %spellout-cardinal} for {@code zh} or {@code zh_Hant} —
 *       一百二十三亿四千五百六十七万八千九百零一; values of 10^12 and more use 兆 (10^12) and 京 (10^16), as ICU
 *       does, which {@link ChineseNumerals#parse(CharSequence)} reads with its default options.</li>
 *   <li>{@link Style#FINANCIAL}: {@code %spellout-cardinal-financial} — 壹佰贰拾叁亿肆仟伍佰陆拾柒万….</li>
 *   <li>{@link Style#COMPACT}: Arabic digits and the largest of 万, 亿, 万亿 (萬, 億, 萬億) not above the value,
 *       exactly, without rounding: 7990000000 → 79.9亿, 12345 → 1.2345万, 950 → 950.</li>
 * </ul>
 * Decimals are written digit by digit after 点/點 (ICU's own spellout of decimals goes through {@code double}
 * and loses digits, so only the integer part is given to ICU). Trailing zeros of the value are kept in the normal
 * and financial styles (2.50 → 二点五零), so the round trip preserves the scale there; the compact style drops
 * them. Values are limited as {@link ChineseNumerals} limits them: an unscaled value below 10^18.
 */
public final class ChineseNumeralFormatter {
  /** The script of the characters written. */
  public enum Script {
    /** 万 亿 负 点, locale {@code zh}. */
    SIMPLIFIED,
    /** 萬 億 負 點, locale {@code zh_Hant}. */
    TRADITIONAL
  }

  /** How the number is written. */
  public enum Style {
    /** 一千二百三十四点五. */
    NORMAL,
    /** 壹仟贰佰叁拾肆点伍, the anti-fraud characters of cheques and budgets. */
    FINANCIAL,
    /** 1234.5, 79.9亿, 1.5万亿: Arabic digits and one scale word. */
    COMPACT
  }

  private static final ChineseNumeralFormatter SIMPLIFIED =
      new ChineseNumeralFormatter(Script.SIMPLIFIED, Style.NORMAL);
  private static final ChineseNumeralFormatter TRADITIONAL =
      new ChineseNumeralFormatter(Script.TRADITIONAL, Style.NORMAL);

  /** Spellout words per script and style (normal, financial), built once. */
  private static final Words[] WORDS = {
    new Words("zh", "%spellout-cardinal"),
    new Words("zh", "%spellout-cardinal-financial"),
    new Words("zh_Hant", "%spellout-cardinal"),
    new Words("zh_Hant", "%spellout-cardinal-financial"),
  };

  private static final BigDecimal LIMIT = ChineseNumerals.MAX_VALUE;

  private final Script script;
  private final Style style;

  private ChineseNumeralFormatter(Script script, Style style) {
    this.script = script;
    this.style = style;
  }

  /** @return a formatter for Simplified characters in the normal style */
  public static ChineseNumeralFormatter simplified() {
    return SIMPLIFIED;
  }

  /** @return a formatter for Traditional characters in the normal style */
  public static ChineseNumeralFormatter traditional() {
    return TRADITIONAL;
  }

  /**
   * @param script the script to write in
   * @return a formatter like this one but writing {@code script}
   */
  public ChineseNumeralFormatter script(Script script) {
    return new ChineseNumeralFormatter(Objects.requireNonNull(script, "script"), style);
  }

  /**
   * @param style the style to write in
   * @return a formatter like this one but writing {@code style}
   */
  public ChineseNumeralFormatter style(Style style) {
    return new ChineseNumeralFormatter(script, Objects.requireNonNull(style, "style"));
  }

  /** @return the script written */
  public Script script() {
    return script;
  }

  /** @return the style written */
  public Style style() {
    return style;
  }

  /**
   * Formats a whole number.
   *
   * @param value the value
   * @return the numeral
   * @throws ChineseNumberFormatException of kind {@link ErrorKind#OUT_OF_RANGE} if |value| ≥ 10^18
   */
  public String format(long value) {
    return format(BigDecimal.valueOf(value));
  }

  /**
   * Formats an exact value.
   *
   * @param value the value, not null
   * @return the numeral, which {@link ChineseNumerals#parse(CharSequence)} reads back to a value equal to
   *     {@code value} by {@link BigDecimal#compareTo}
   * @throws ChineseNumberFormatException of kind {@link ErrorKind#OUT_OF_RANGE} if the unscaled value of
   *     {@code value} (with a scale of at least 0) is 10^18 or more, or the numeral would be longer than
   *     {@link ChineseNumerals#MAX_LENGTH} characters (a scale in the hundreds): the parser would refuse both
   * @throws NullPointerException if {@code value} is null
   */
  public String format(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    if (v.unscaledValue().abs().compareTo(LIMIT.toBigInteger()) > 0) {
      throw new ChineseNumberFormatException(ErrorKind.OUT_OF_RANGE, 0, v.toPlainString(),
          "more than 18 significant digits");
    }
    String text = style == Style.COMPACT ? compact(v) : spellout(v);
    if (text.length() > ChineseNumerals.MAX_LENGTH) {
      throw new ChineseNumberFormatException(ErrorKind.OUT_OF_RANGE, 0, v.toPlainString(),
          "too many decimals: the numeral would be longer than " + ChineseNumerals.MAX_LENGTH + " characters");
    }
    return text;
  }

  private String spellout(BigDecimal v) {
    Words words = WORDS[(script == Script.TRADITIONAL ? 2 : 0) + (style == Style.FINANCIAL ? 1 : 0)];
    String plain = v.abs().toPlainString();
    int point = plain.indexOf('.');
    long integer = Long.parseLong(point < 0 ? plain : plain.substring(0, point));
    StringBuilder sb = new StringBuilder(plain.length() * 2 + 2);
    if (v.signum() < 0) {
      sb.append(words.minus);
    }
    sb.append(words.format(integer));
    if (point >= 0) {
      sb.append(words.point);
      for (int i = point + 1; i < plain.length(); i++) {
        sb.append(words.digits[plain.charAt(i) - '0']);
      }
    }
    return sb.toString();
  }

  private String compact(BigDecimal v) {
    boolean traditional = script == Script.TRADITIONAL;
    BigDecimal abs = v.abs();
    int exp;
    String word;
    if (abs.compareTo(BigDecimal.TEN.pow(12)) >= 0) {
      exp = 12;
      word = traditional ? "萬億" : "万亿";
    } else if (abs.compareTo(BigDecimal.TEN.pow(8)) >= 0) {
      exp = 8;
      word = traditional ? "億" : "亿";
    } else if (abs.compareTo(BigDecimal.TEN.pow(4)) >= 0) {
      exp = 4;
      word = traditional ? "萬" : "万";
    } else {
      return v.toPlainString();
    }
    BigDecimal scaled = v.movePointLeft(exp).stripTrailingZeros();
    return (scaled.scale() < 0 ? scaled.setScale(0) : scaled).toPlainString() + word;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChineseNumeralFormatter f && f.script == script && f.style == style;
  }

  @Override
  public int hashCode() {
    return script.hashCode() * 31 + style.hashCode();
  }

  @Override
  public String toString() {
    return "ChineseNumeralFormatter[" + script + ", " + style + "]";
  }

  /** One ICU rule set, with its digit, point and minus words taken from ICU's own output. */
  private static final class Words {
    private final ThreadLocal<RuleBasedNumberFormat> format;
    private final String ruleSet;
    private final String[] digits = new String[10];
    private final String point;
    private final String minus;

    Words(String locale, String ruleSet) {
      ULocale loc = new ULocale(locale);
      this.ruleSet = ruleSet;
      this.format = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(loc, RuleBasedNumberFormat.SPELLOUT));
      RuleBasedNumberFormat f = format.get();
      for (int d = 0; d < 10; d++) {
        digits[d] = f.format(d, ruleSet);
      }
      // 1.5 is exact in binary, so ICU's double path writes it exactly: 一点五 / 壹點伍.
      String oneAndHalf = f.format(1.5, ruleSet);
      point = oneAndHalf.substring(digits[1].length(), oneAndHalf.length() - digits[5].length());
      String minusOne = f.format(-1, ruleSet);
      minus = minusOne.substring(0, minusOne.length() - digits[1].length());
    }

    String format(long integer) {
      return format.get().format(integer, ruleSet);
    }
  }
}
