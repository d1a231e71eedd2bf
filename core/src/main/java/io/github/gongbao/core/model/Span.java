package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A stretch of the input text that states something: UTF-16 offsets {@code [start, end)} and the
 * text found there.
 *
 * <pre>{@code
 * Span s = Span.of(4, 10, "增长6.1%");
 * s.length();   // 6
 * }</pre>
 *
 * <p>Law (for spans produced by the extractor): {@code input.substring(start(), end()).equals(text())}.
 * Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"start", "end", "text"})
public abstract class Span {
  Span() {}

  /** @return the UTF-16 offset of the first character, at least 0 */
  public abstract int start();

  /** @return the UTF-16 offset just past the last character, at least {@link #start()} */
  public abstract int end();

  /** @return the text of the input between {@link #start()} and {@link #end()} */
  public abstract String text();

  /** @return {@code end() - start()} */
  public final int length() {
    return end() - start();
  }

  /** @return a builder of spans */
  public static ImmutableSpan.Builder builder() {
    return ImmutableSpan.builder();
  }

  /**
   * @param start the UTF-16 offset of the first character
   * @param end the UTF-16 offset just past the last character
   * @param text the text in between
   * @return the span
   * @throws InvalidValueException if {@code start < 0} or {@code end < start}
   */
  public static Span of(int start, int end, String text) {
    return builder().start(start).end(end).text(text).build();
  }

  @Value.Check
  void check() {
    if (start() < 0) {
      throw new InvalidValueException("Span", "start", "must not be negative, was " + start());
    }
    if (end() < start()) {
      throw new InvalidValueException("Span", "end",
          "must not be less than start " + start() + ", was " + end());
    }
  }
}
