package io.github.gongbao.units;

import java.util.Objects;

/**
 * Thrown by {@link Quantity#to(Unit)} when a quantity cannot be converted to the unit asked for: the
 * units are of different dimensions (tonnes to kWh, CNY to USD), or the exact result has no finite
 * decimal expansion (1 亩 is 2000/3 平方米).
 *
 * <pre>{@code
 * try { q.to(usd); } catch (UnitConversionException e) { e.reason(); }   // Reason.DIMENSION
 * }</pre>
 *
 * <p>Like {@link ChineseNumberFormatException} it is an {@link IllegalArgumentException}, so one catch
 * of that type covers bad text and bad conversions alike. Instances are immutable.
 */
public final class UnitConversionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why the conversion was refused. */
  public enum Reason {
    /** The units are of different dimensions; no factor relates them (money of two currencies too). */
    DIMENSION,
    /** The units are of one dimension, but the exact result is not a finite decimal. */
    INEXACT
  }

  private final Reason reason;
  private final transient Unit from;
  private final transient Unit to;

  /**
   * Creates an exception.
   *
   * @param reason why the conversion was refused
   * @param from the unit of the quantity
   * @param to the unit asked for
   * @param quantity the quantity being converted, for the message
   */
  public UnitConversionException(Reason reason, Unit from, Unit to, Object quantity) {
    super(message(reason, from, to, quantity));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
  }

  /** @return why the conversion was refused */
  public Reason reason() {
    return reason;
  }

  /** @return the unit of the quantity that was being converted (null after deserialisation) */
  public Unit from() {
    return from;
  }

  /** @return the unit asked for (null after deserialisation) */
  public Unit to() {
    return to;
  }

  private static String message(Reason reason, Unit from, Unit to, Object quantity) {
    if (reason == Reason.DIMENSION) {
      return "cannot convert " + quantity + " (" + from + ", " + from.dimension() + ") to " + to + " ("
          + to.dimension() + "): different dimensions";
    }
    return "cannot convert " + quantity + " to " + to + " exactly: the result is not a finite decimal";
  }
}
