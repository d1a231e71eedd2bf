package io.github.gongbao.units;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of the catalogue: a code (the claims unit: {@code CNY}, {@code person}, {@code kWh},
 * {@code unit:台} …), a dimension, and an exact factor to the dimension's base unit.
 *
 * <p>Two units convert into each other exactly when their dimensions are equal. Immutable and thread safe.
 */
public final class Unit {
  /** The unit of a bare number: dimension {@code number}, code empty. */
  public static final Unit NUMBER = new Unit("", "number", BigDecimal.ONE, "");

  private final String code;
  private final String dimension;
  private final BigDecimal factor;
  private final String word;

  /**
   * Creates a unit.
   *
   * @param code the claims code, e.g. {@code CNY}
   * @param dimension the dimension, e.g. {@code money:CNY}, {@code energy}, {@code count:台}
   * @param factor exact multiplier from this unit to the dimension's base unit, positive
   * @param word the Simplified word that names it in text, e.g. {@code 元}
   */
  public Unit(String code, String dimension, BigDecimal factor, String word) {
    this.code = Objects.requireNonNull(code, "code");
    this.dimension = Objects.requireNonNull(dimension, "dimension");
    this.factor = Objects.requireNonNull(factor, "factor");
    this.word = Objects.requireNonNull(word, "word");
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("factor of unit " + code + " must be positive: " + factor);
    }
  }

  /** @return the claims code: an ISO 4217 code, {@code person}, {@code kWh}, {@code unit:个} … */
  public String code() {
    return code;
  }

  /** @return the dimension; units of one dimension convert exactly into each other */
  public String dimension() {
    return dimension;
  }

  /** @return exact factor from this unit to its dimension's base unit */
  public BigDecimal factor() {
    return factor;
  }

  /** @return the canonical Simplified word for this unit (元, 人, 千瓦时 …) */
  public String word() {
    return word;
  }

  /** @return true if a quantity in this unit can be converted to {@code other} */
  public boolean isCompatibleWith(Unit other) {
    return dimension.equals(other.dimension);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Unit)) {
      return false;
    }
    Unit u = (Unit) o;
    return code.equals(u.code) && dimension.equals(u.dimension) && factor.compareTo(u.factor) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, dimension, factor.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return code.isEmpty() ? "(number)" : code;
  }
}
