package io.github.gongbao.units;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount with a unit, keeping the scale word as written: 79.9亿元 is number 79.9, scale 亿
 * (10^8), unit 元 (CNY), and {@link #value()} 7990000000.
 *
 * <pre>{@code
 * Quantity q = Quantity.parse("79.9亿元");
 * q.value();          // 7990000000
 * q.unit().code();    // "CNY"
 * }</pre>
 *
 * <p>Immutable and thread safe. {@code equals} is strict (same number, scale and unit as written); use
 * {@link #isEquivalentTo(Quantity)} to compare values across scales and units.
 */
public final class Quantity {
  private final BigDecimal number;
  private final String scaleWord;
  private final BigDecimal scale;
  private final Unit unit;

  private Quantity(BigDecimal number, String scaleWord, BigDecimal scale, Unit unit) {
    this.number = Objects.requireNonNull(number, "number");
    this.scaleWord = Objects.requireNonNull(scaleWord, "scaleWord");
    this.scale = Objects.requireNonNull(scale, "scale");
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /** @return a quantity of {@code value} in {@code unit}, with no scale word */
  public static Quantity of(BigDecimal value, Unit unit) {
    return new Quantity(value, "", BigDecimal.ONE, unit);
  }

  /**
   * @param number the number as written (79.9)
   * @param scaleWord the scale word as written (亿), empty for none
   * @param unit the unit
   * @return the quantity number × scale of unit
   * @throws ChineseNumberFormatException if {@code scaleWord} is not a scale word
   */
  public static Quantity of(BigDecimal number, String scaleWord, Unit unit) {
    return new Quantity(number, scaleWord, Scales.valueOf(scaleWord), unit);
  }

  /**
   * Parses a whole quantity such as 79.9億元, 2653万美元, 3.91萬人, 1.5万吨标准煤 or 8GWh.
   *
   * @throws ChineseNumberFormatException if the text is not a number, optional scale words and a unit
   */
  public static Quantity parse(CharSequence text) {
    return QuantityParser.parse(text);
  }

  /** @return the number as written, before its scale word */
  public BigDecimal number() {
    return number;
  }

  /** @return the scale word as written (万, 亿, 万亿 …), empty when there was none */
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

  /** @return the exact value in {@link #unit()}: number × scale, with trailing zeros stripped */
  public BigDecimal value() {
    return strip(number.multiply(scale));
  }

  /**
   * Converts exactly to another unit of the same dimension.
   *
   * @throws ChineseNumberFormatException of kind {@link ErrorKind#UNIT} across dimensions
   */
  public Quantity to(Unit target) {
    if (!unit.isCompatibleWith(target)) {
      throw new ChineseNumberFormatException(ErrorKind.UNIT, 0, toString(),
          "cannot convert " + unit.dimension() + " to " + target.dimension());
    }
    BigDecimal base = number.multiply(scale).multiply(unit.factor());
    BigDecimal converted;
    try {
      converted = base.divide(target.factor());
    } catch (ArithmeticException e) {
      throw new ChineseNumberFormatException(ErrorKind.UNIT, 0, toString(),
          "no exact decimal value in " + target.code());
    }
    return of(strip(converted), target);
  }

  /** @return true if both quantities have the same dimension and equal values in it */
  public boolean isEquivalentTo(Quantity other) {
    return unit.isCompatibleWith(other.unit)
        && number.multiply(scale).multiply(unit.factor())
            .compareTo(other.number.multiply(other.scale).multiply(other.unit.factor())) == 0;
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Quantity)) {
      return false;
    }
    Quantity q = (Quantity) o;
    return number.equals(q.number) && scaleWord.equals(q.scaleWord) && unit.equals(q.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, scaleWord, unit);
  }

  @Override
  public String toString() {
    return number.toPlainString() + scaleWord + unit.word();
  }
}
