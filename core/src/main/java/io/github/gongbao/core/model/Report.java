package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * What was read from one report: its facts in order of appearance, its script, and the flat claims
 * derived from the facts.
 *
 * <pre>{@code
 * Report r = Report.of(List.of(indicator, fiscalLine), Script.SIMPLIFIED);
 * ClaimsWriter.writeJsonLines(r.claims(), writer);   // io.github.gongbao.core.json
 * }</pre>
 *
 * <p>{@link #claims()} is computed once, on first use, and not part of {@code equals} or of the JSON
 * form. Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"script", "source", "placeCode", "placeName", "facts", "skipped"})
public abstract class Report {
  Report() {}

  /** @return the facts in order of appearance */
  public abstract List<Fact> facts();

  /**
   * @return the numbers found in the text that gave no claim, each with the trap check that
   *     passed it over, in order of appearance; empty unless the parser was asked to keep them
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SkippedFigure> skipped();

  /** @return the six-digit division code of the place the report is about, when known or given */
  public abstract java.util.Optional<String> placeCode();

  /** @return the standard name of that place */
  public abstract java.util.Optional<String> placeName();

  /** @return the record id or file the text came from, when the caller gave one; every claim carries it */
  public abstract java.util.Optional<String> source();

  /** @return the script the report is written in; {@link Script#UNKNOWN} by default */
  @Value.Default
  public Script script() {
    return Script.UNKNOWN;
  }

  /**
   * @return one claim for each part of each fact (amount, count, growth rate, comparison, share,
   *     ranking), in order of facts and, within a fact, of parts; see {@link ClaimMapper}
   */
  @Value.Lazy
  @JsonIgnore
  public List<Claim> claims() {
    return ClaimMapper.claims(facts(), placeCode(), placeName(), source());
  }

  /** @return a builder of reports */
  public static ImmutableReport.Builder builder() {
    return ImmutableReport.builder();
  }

  /** @return a report of these facts in this script */
  public static Report of(List<? extends Fact> facts, Script script) {
    return builder().addAllFacts(facts).script(script).build();
  }
}
