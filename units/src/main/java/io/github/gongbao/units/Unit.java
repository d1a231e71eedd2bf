package io.github.gongbao.units;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the catalogue: a claims code ({@code CNY}, {@code person}, {@code kWh}, {@code unit:台} …), a
 * dimension, and an exact factor to the dimension's base unit.
 *
 * <pre>{@code
 * Unit kwh = UnitCatalogue.standard().byWord("千瓦时").orElseThrow();   // kWh, electric_energy, 1
 * Unit gwh = UnitCatalogue.standard().byCode("GWh").orElseThrow();     // factor 1000000
 * }</pre>
 *
 * <p>Two units convert into each other exactly when their dimensions are equal: every currency is a
 * dimension of its own ({@code money:CNY}), and so is every measure word ({@code count:台}). Equality
 * is by code, dimension and factor (compared numerically); the word is only the canonical spelling.
 * Immutable and thread safe.
 */
public final class Unit {
  /** The unit of a bare number (56.7亿): dimension {@code number}, code and word empty. */
  public static final Unit NUMBER = new Unit("", "number", BigDecimal.ONE, "");

  private static final String MONEY_PREFIX = "money:";

  private final String code;
  private final String dimension;
  private final BigDecimal factor;
  private final String word;

  /**
   * Creates a unit. Most callers want {@link UnitCatalogue#standard()} instead.
   *
   * @param code the claims code, e.g. {@code CNY}
   * @param dimension the dimension, e.g. {@code money:CNY}, {@code electric_energy}, {@code count:台}
   * @param factor exact multiplier from this unit to the dimension's base unit, positive
   * @param word the canonical word that names it in text, e.g. {@code 元}
   * @throws IllegalArgumentException if {@code factor} is not positive
   * @throws NullPointerException if any argument is null
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

  /**
   * @return whether this unit counts things with a measure word (个, 家, 项, 台): its dimension is
   *     {@code count:<measure word>}
   */
  public boolean isCount() {
    return dimension.startsWith(COUNT_PREFIX);
  }

  /** The prefix of a count unit's dimension: {@code count:家}. */
  public static final String COUNT_PREFIX = "count:";

  /** @return exact factor from this unit to its dimension's base unit */
  public BigDecimal factor() {
    return factor;
  }

  /** @return the canonical word for this unit (元, 人, 千瓦时 …), Simplified where it is Chinese */
  public String word() {
    return word;
  }

  /** @return true for money: its dimension is {@code money:} followed by an ISO 4217 code */
  public boolean isCurrency() {
    return dimension.startsWith(MONEY_PREFIX);
  }

  /** @return true if a quantity in this unit can be converted to {@code other} (same dimension) */
  public boolean isCompatibleWith(Unit other) {
    return dimension.equals(other.dimension);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Unit u)) {
      return false;
    }
    return code.equals(u.code) && dimension.equals(u.dimension) && factor.compareTo(u.factor) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, dimension, factor.stripTrailingZeros());
  }

  /** @return the code, or {@code (number)} for {@link #NUMBER} */
  @Override
  public String toString() {
    return code.isEmpty() ? "(number)" : code;
  }
}
