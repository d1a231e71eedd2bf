package io.github.gongbao.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount with a unit, keeping the scale word as written: 79.9亿元 is number 79.9, scale word 亿
 * (10^8), unit 元 (CNY), and {@link #value()} 7990000000.
 *
 * <pre>{@code
 * Quantity q = Quantity.parse("79.9億元");
 * q.value();                                             // 7990000000
 * q.unit().code();                                       // "CNY"
 * Quantity.parse("1.5万吨").to(kg).value();               // 15000000
 * }</pre>
 *
 * <h2>Equality</h2>
 * {@code equals} is strict, like {@link BigDecimal#equals}: same number with the same decimal scale, same
 * scale word, same unit. So 79.9亿元, 799000万元 and 7990000000元 are three different quantities, and so
 * are 2.0元 and 2.00元. {@link #isEquivalentTo(Quantity)} compares values: same dimension and numerically
 * equal values in the dimension's base unit, so 1公里 is equivalent to 1000米 and 79.9亿元 to 799000万元.
 * The scale word is kept in Simplified script (79.9億元 and 79.9亿元 are equal).
 *
 * <h2>Conversion</h2>
 * {@link #to(Unit)} is exact or refuses with {@link UnitConversionException}: across dimensions (吨 to
 * 千瓦时, CNY to USD) with {@link UnitConversionException.Reason#DIMENSION}, and when the result has no
 * finite decimal (1亩 in 平方米 is 666.666…) with {@link UnitConversionException.Reason#INEXACT}.
 * {@link #to(Unit, MathContext)} rounds instead of refusing inexact results. Both keep the scale word:
 * 1.5万吨 in 千克 is 1500万千克.
 *
 * <h2>Text</h2>
 * {@link #toString()} writes the number in plain Arabic digits, the scale word and the unit's canonical
 * word (1.5万吨标准煤); {@link #parse(CharSequence)} reads it back to an equal quantity, as long as the
 * number is within the documented limits of {@link ChineseNumerals} (quantities read from text always
 * are).
 *
 * <p>Immutable and thread safe.
 */
public final class Quantity {
  private final BigDecimal number;
  private final String scaleWord;
  private final BigDecimal scale;
  private final Unit unit;

  private Quantity(BigDecimal number, String scaleWord, BigDecimal scale, Unit unit) {
    this.number = number;
    this.scaleWord = scaleWord;
    this.scale = scale;
    this.unit = unit;
  }

  /**
   * Creates a quantity with no scale word.
   *
   * @param value the amount in {@code unit}
   * @param unit the unit
   * @return a quantity of {@code value} in {@code unit}, with no scale word
   * @throws NullPointerException if an argument is null
   */
  public static Quantity of(BigDecimal value, Unit unit) {
    return new Quantity(Objects.requireNonNull(value, "value"), "", BigDecimal.ONE,
        Objects.requireNonNull(unit, "unit"));
  }

  /**
   * Creates a quantity with a scale word.
   *
   * @param number the number as written (79.9)
   * @param scaleWord the scale word as written (亿 or 億), empty for none
   * @param unit the unit
   * @return the quantity number × scale of unit
   * @throws ChineseNumberFormatException if {@code scaleWord} is not a scale word (see {@link Scales})
   * @throws NullPointerException if an argument is null
   */
  public static Quantity of(BigDecimal number, String scaleWord, Unit unit) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(unit, "unit");
    BigDecimal scale = Scales.valueOf(Objects.requireNonNull(scaleWord, "scaleWord"));
    return new Quantity(number, Scales.simplified(scaleWord), scale, unit);
  }

  /**
   * Parses a whole quantity: an optional currency name (人民币, 港币 …), a number (Arabic or Chinese), an
   * optional scale word and a unit of the {@link UnitCatalogue#standard() standard catalogue}, white space
   * allowed between the parts. Examples: 79.9億元, 2653万美元, 3.91萬人, 1.5万吨标准煤, 8GWh, 2828.08万千伏安,
   * 12.6亿千瓦时, 人民币3.14亿元, 港币50亿元 (the currency named first wins), 158.86 亿元, 5.5%, 百分之5.5,
   * 0.8个百分点, 1.3倍. With no unit (56.7亿) the unit is {@link Unit#NUMBER}.
   *
   * <p>When the end of the text reads as units of different lengths the longest unit wins: 12千米 is 12
   * km and 3万千瓦时 is 3 万 kWh. The scale word is split from an Arabic number only (3.91万); a Chinese
   * numeral keeps its scale characters (三千万元 is number 30000000, no scale word), and is read as far as
   * it goes before the unit, as {@link QuantityFinder} reads it: 三万五千瓦 is 35000 W, not 三万五 kW (an
   * Arabic number leaves them: 3千瓦 is 3 kW).
   *
   * <p>Shares written in words are percentages: 百分之, 千分之 and 万分之 before a number read as %, ‰ and ‱
   * (千分之五 is 5 ‰, kept as per mille); a fraction D分之N is N/D in per cent (四分之三 is 75 %) when that is
   * a finite decimal (三分之一 is refused); 成 counts tenths (三成 is 30 %, 六成五 65 %, 三成半 35 %). Money in
   * capital numerals reads as CNY with two decimals ({@link ChineseMoney}: 壹佰壹拾壹圆整 is 111.00 元), and
   * a count with 半 after its unit adds a half (一吨半 is 1.5 吨).
   *
   * @param text the quantity alone; leading and trailing white space is ignored
   * @return the quantity
   * @throws ChineseNumberFormatException if the text is not a quantity; its offset points into
   *     {@code text}. No other exception is thrown, whatever the input.
   */
  public static Quantity parse(CharSequence text) {
    return QuantityParser.parse(text);
  }

  /** @return the number as written, before its scale word */
  public BigDecimal number() {
    return number;
  }

  /** @return the scale word (万, 亿, 万亿 …) in Simplified script, empty when there was none */
  public String scaleWord() {
    return scaleWord;
  }

  /** @return the value of the scale word (10^4 for 万), 1 when there was none */
  public BigDecimal scale() {
    return scale;
  }

  /** @return the unit */
  public Unit unit() {
    return unit;
  }

  /** @return the exact value in {@link #unit()}: number × scale, plain, with trailing zeros stripped */
  public BigDecimal value() {
    return strip(number.multiply(scale));
  }

  /**
   * @return the exact value in the base unit of the dimension (value × {@link Unit#factor()}), plain, with
   *     trailing zeros stripped: 3公里 gives 3000 (metres), 1.5万吨 gives 15000 (tonnes)
   */
  public BigDecimal baseValue() {
    return strip(number.multiply(scale).multiply(unit.factor()));
  }

  /**
   * Converts exactly to another unit of the same dimension, keeping the scale word.
   *
   * @param target the unit to convert to
   * @return this quantity if {@code target} equals {@link #unit()}, otherwise the equivalent quantity in
   *     {@code target}, with its number's trailing zeros stripped
   * @throws UnitConversionException across dimensions, or when the result is not a finite decimal
   */
  public Quantity to(Unit target) {
    checkDimension(target);
    if (target.equals(unit)) {
      return this;
    }
    try {
      return converted(number.multiply(unit.factor()).divide(target.factor()), target);
    } catch (ArithmeticException e) {
      throw new UnitConversionException(UnitConversionException.Reason.INEXACT, unit, target, this);
    }
  }

  /**
   * Converts to another unit of the same dimension, rounding when the exact result is not a finite
   * decimal, keeping the scale word.
   *
   * @param target the unit to convert to
   * @param rounding the precision and rounding of the converted number
   * @return the (possibly rounded) quantity in {@code target}
   * @throws UnitConversionException across dimensions
   * @throws ArithmeticException if {@code rounding} is {@link java.math.RoundingMode#UNNECESSARY} and
   *     the result must be rounded
   */
  public Quantity to(Unit target, MathContext rounding) {
    checkDimension(target);
    return converted(number.multiply(unit.factor()).divide(target.factor(), rounding), target);
  }

  /**
   * Compares values across scales and units.
   *
   * @param other another quantity
   * @return true if both quantities have the same dimension and numerically equal {@link #baseValue()}
   */
  public boolean isEquivalentTo(Quantity other) {
    return unit.isCompatibleWith(other.unit) && baseValue().compareTo(other.baseValue()) == 0;
  }

  private void checkDimension(Unit target) {
    Objects.requireNonNull(target, "target");
    if (!unit.isCompatibleWith(target)) {
      throw new UnitConversionException(UnitConversionException.Reason.DIMENSION, unit, target, this);
    }
  }

  private Quantity converted(BigDecimal newNumber, Unit target) {
    return new Quantity(strip(newNumber), scaleWord, scale, target);
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Strict: same number (including its decimal scale), scale word and unit. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Quantity q)) {
      return false;
    }
    return number.equals(q.number) && scaleWord.equals(q.scaleWord) && unit.equals(q.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, scaleWord, unit);
  }

  /**
   * Writes the quantity so that {@link #parse(CharSequence)} reads it back: plain number, scale word,
   * canonical unit word (79.9亿元, 0.8个百分点, 56.7亿). A space separates scale word and unit only where
   * they would otherwise read as another unit (5千 米, not 5千米, which is 5 km).
   */
  @Override
  public String toString() {
    String w = unit.word();
    String sep = needsSpace(scaleWord, w) ? " " : "";
    return number.toPlainString() + scaleWord + sep + w;
  }

  private static boolean needsSpace(String scaleWord, String word) {
    if (scaleWord.isEmpty() || word.isEmpty()) {
      return false;
    }
    String joined = scaleWord + word;
    UnitCatalogue cat = UnitCatalogue.standard();
    for (int i = 0; i < scaleWord.length(); i++) {
      if (cat.byWord(joined.substring(i)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
