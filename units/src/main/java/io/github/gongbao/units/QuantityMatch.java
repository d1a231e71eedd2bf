package io.github.gongbao.units;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quantity mention found in running text by {@link QuantityFinder}.
 *
 * <p>Laws: {@code text.subSequence(start(), end()).toString().equals(rawString())}, and
 * {@code Quantity.parse(rawString()).equals(quantity())} (strict equality: the same number, scale word and
 * unit). Immutable and thread safe.
 */
public final class QuantityMatch {
  private final int start;
  private final int end;
  private final String rawString;
  private final Quantity quantity;

  QuantityMatch(int start, int end, String rawString, Quantity quantity) {
    this.start = start;
    this.end = end;
    this.rawString = Objects.requireNonNull(rawString);
    this.quantity = Objects.requireNonNull(quantity);
  }

  /** @return UTF-16 offset of the first character of the mention */
  public int start() {
    return start;
  }

  /** @return UTF-16 offset just past the mention */
  public int end() {
    return end;
  }

  /** @return the mention exactly as written in the text */
  public String rawString() {
    return rawString;
  }

  /** @return the parsed quantity */
  public Quantity quantity() {
    return quantity;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof QuantityMatch m)) {
      return false;
    }
    return start == m.start && end == m.end && rawString.equals(m.rawString) && quantity.equals(m.quantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, rawString, quantity);
  }

  @Override
  public String toString() {
    return "QuantityMatch[" + start + "," + end + ") " + rawString + " = " + quantity.value().toPlainString()
        + " " + quantity.unit();
  }
}
