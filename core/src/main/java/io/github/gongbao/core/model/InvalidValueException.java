package io.github.gongbao.core.model;

import java.util.Objects;

/**
 * Thrown when a model value is built with an attribute that breaks one of its invariants.
 *
 * <pre>{@code
 * try {
 *   Span.of(5, 3, "x");
 * } catch (InvalidValueException e) {
 *   e.field();   // "end"
 * }
 * }</pre>
 *
 * <p>The message always starts with {@code Type.field}. Immutable and thread safe.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private final String type;
  private final String field;

  /**
   * @param type the simple name of the value type, e.g. {@code Ranking}
   * @param field the attribute at fault, e.g. {@code position}
   * @param problem what is wrong, e.g. {@code must be at least 1, was 0}
   */
  public InvalidValueException(String type, String field, String problem) {
    super(type + "." + field + " " + problem);
    this.type = Objects.requireNonNull(type, "type");
    this.field = Objects.requireNonNull(field, "field");
  }

  /** @return the simple name of the value type that was refused */
  public String type() {
    return type;
  }

  /** @return the name of the attribute that broke the invariant */
  public String field() {
    return field;
  }
}
