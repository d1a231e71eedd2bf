package io.github.gongbao.units;
import org.jspecify.annotations.Nullable;

/**
 * The one exception that {@link ChineseNumerals#parse(CharSequence)} and {@link Quantity#parse(CharSequence)}
 * throw: the input is not a numeral (or quantity) of a form Gongbao reads.
 *
 * <pre>{@code
 * try { ChineseNumerals.parse("十十"); }
 * catch (ChineseNumberFormatException e) { e.kind(); e.offset(); }   // MALFORMED, 1
 * }</pre>
 *
 * <p>Carries an {@link ErrorKind} and the UTF-16 offset in the input where the problem was found, so a
 * caller can point at it; the message names both and quotes the input (cut at 60 characters). Instances are
 * immutable and thread safe.
 */
public final class ChineseNumberFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the input. */
  public enum ErrorKind {
    /** The input was null, empty or only white space. */
    EMPTY,
    /** A character that is neither a digit, a numeral, a scale word, a sign nor a decimal point. */
    UNEXPECTED_CHARACTER,
    /**
     * Digits or scale words in an order no numeral is written in (十十, 万万, 点五, a bare sign, 10.1万零100), or a
     * fraction with denominator zero.
     */
    MALFORMED,
    /**
     * The value is beyond the documented limit of the parser: an unscaled value of 10^18 or more (more than 18
     * significant digits), see {@link ChineseNumerals}.
     */
    OUT_OF_RANGE,
    /** The input is longer than any numeral (256 characters after trimming white space). */
    TOO_LONG,
    /** An approximation word (余, 多, 几, 约) where an exact numeral was expected: 十余万, 一千多万. */
    APPROXIMATE,
    /** A unit that is not in the catalogue, or one that cannot be converted to the unit asked for. */
    UNIT
  }

  private final ErrorKind kind;
  private final int offset;
  private final String input;

  /**
   * Creates an exception.
   *
   * @param kind what was wrong
   * @param offset UTF-16 offset in {@code input} where it was found, 0 when it concerns the whole input
   * @param input the text that was being parsed (may be null; kept for the message)
   * @param detail a short human explanation
   */
  public ChineseNumberFormatException(ErrorKind kind, int offset, @Nullable CharSequence input, String detail) {
    super(detail + " at offset " + offset + " in \"" + abbreviate(input) + "\" (" + kind + ")");
    this.kind = kind;
    this.offset = offset;
    this.input = input == null ? "" : input.toString();
  }

  /** @return what was wrong with the input */
  public ErrorKind kind() {
    return kind;
  }

  /** @return UTF-16 offset in the input where the problem was found */
  public int offset() {
    return offset;
  }

  /** @return the input that was being parsed, never null */
  public String input() {
    return input;
  }

  private static String abbreviate(@Nullable CharSequence s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 60 ? s.toString() : s.subSequence(0, 57) + "...";
  }
}
