package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the three kinds of fact have in common: a subject as written, its region and period, and the
 * figures stated about it, each with its span.
 *
 * <pre>{@code
 * for (Fact f : report.facts()) {
 *   if (f instanceof Indicator) { ... } else if (f instanceof FiscalLine) { ... }
 * }
 * }</pre>
 *
 * <p>Implemented only by {@link Indicator}, {@link FiscalLine} and {@link ProjectBatch}; in JSON a
 * {@code type} property ({@code indicator}, {@code fiscal_line}, {@code project_batch}) tells them apart.
 * All implementations are immutable and thread safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableIndicator.class, name = "indicator"),
  @JsonSubTypes.Type(value = ImmutableFiscalLine.class, name = "fiscal_line"),
  @JsonSubTypes.Type(value = ImmutableProjectBatch.class, name = "project_batch")
})
public interface Fact {
  /** @return the subject as written, minimal (一般公共预算收入, 规模以上工业增加值) */
  String name();

  /** @return the region the report states or frames the fact in */
  Optional<Region> region();

  /** @return the period the report states or frames the fact in */
  Optional<Period> period();

  /** @return levels, counts and labelled amounts, in order of appearance */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Amount> amounts();

  /** @return growth rates, in order of appearance */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<GrowthRate> growthRates();

  /** @return percentage-point comparisons, in order of appearance */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Comparison> comparisons();

  /** @return rankings, in order of appearance */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Ranking> rankings();

  /** @return shares of parent totals, in order of appearance */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Share> shares();

  /** @return every place the fact was stated (twice when a page prints the article twice) */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Span> spans();

  /** @return true if the fact was computed from others rather than stated; false by default */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean derived() {
    return false;
  }

  /** @return the id of the indicator catalogue entry the fact is about (fiscal lines included), when known */
  Optional<String> canonicalId();

  /**
   * @return the part of that indicator the fact is about, as written, when the subject names only the part: the
   *     place visitors come from (韓國 of {@code visitor_arrivals} in 韓國及香港旅客分別上升…); absent for the whole
   */
  Optional<String> breakdown();
}
