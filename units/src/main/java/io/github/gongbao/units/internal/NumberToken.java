package io.github.gongbao.units.internal;

import io.github.gongbao.units.Unit;
import java.math.BigDecimal;

/**
 * One number found in running text, with what follows it: the numeral at [numberStart, numberEnd), an
 * optional scale word and an optional unit, the whole at [start, end). The unit is {@link Unit#NUMBER}
 * when none follows. Immutable.
 */
public final class NumberToken {
  private final int start;
  private final int end;
  private final int numberEnd;
  private final BigDecimal number;
  private final String scaleWord;
  private final Unit unit;
  private final boolean chineseNumeral;

  /** Creates a token; see the class comment for the meaning of the offsets. */
  public NumberToken(int start, int end, int numberEnd, BigDecimal number, String scaleWord, Unit unit,
      boolean chineseNumeral) {
    this.start = start;
    this.end = end;
    this.numberEnd = numberEnd;
    this.number = number;
    this.scaleWord = scaleWord;
    this.unit = unit;
    this.chineseNumeral = chineseNumeral;
  }

  /** @return offset of the first character of the numeral (or of a currency word before it) */
  public int start() {
    return start;
  }

  /** @return offset just past the unit (or the numeral or scale word when there is no unit) */
  public int end() {
    return end;
  }

  /** @return offset just past the numeral itself */
  public int numberEnd() {
    return numberEnd;
  }

  /** @return the numeral's value, before scale */
  public BigDecimal number() {
    return number;
  }

  /** @return the scale word written between the numeral and the unit, possibly empty */
  public String scaleWord() {
    return scaleWord;
  }

  /** @return the unit, {@link Unit#NUMBER} when none follows */
  public Unit unit() {
    return unit;
  }

  /** @return true if the numeral was written with Chinese characters (三十, 四批) rather than digits */
  public boolean chineseNumeral() {
    return chineseNumeral;
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ") " + number.toPlainString() + scaleWord + unit;
  }
}
