package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A number the extractor found in a report but did not turn into a claim, with the reason.
 *
 * <pre>{@code
 * SkippedFigure s = SkippedFigure.of(Span.of(5, 13, "“3+13+N”"), SkipReason.PLUS_JOINED_CODE);
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSkippedFigure.class)
@JsonDeserialize(as = ImmutableSkippedFigure.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"span", "reason"})
public abstract class SkippedFigure {
  SkippedFigure() {}

  /** @return where the figure stands in the input */
  @Value.Parameter
  public abstract Span span();

  /** @return why it gave no claim */
  @Value.Parameter
  public abstract SkipReason reason();

  /** @return a skipped figure at this span for this reason */
  public static SkippedFigure of(Span span, SkipReason reason) {
    return ImmutableSkippedFigure.of(span, reason);
  }
}
