package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One atomic claim of the flat, tidy view (DESIGN.md "Claims"): a subject, an attribute and a value,
 * with its unit, scope, benchmark, region, period and evidence offsets.
 *
 * <pre>{@code
 * for (Claim c : report.claims()) {
 *   System.out.println(c.subject() + " " + c.attr().code() + " " + c.value());  // 一般公共预算收入 amount 5230000000
 * }
 * }</pre>
 *
 * <p>{@link #value()} is a plain decimal (no exponent, no trailing zeros), or {@code top} for a tier
 * rank. Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClaim.class)
@JsonDeserialize(as = ImmutableClaim.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"subject", "subjectSimplified", "attr", "value", "unit", "scope", "benchmark",
    "region", "period", "start", "end", "derived", "quote", "indicatorId", "breakdown", "source", "status", "bound", "basis", "reference", "year", "firstMonth",
    "lastMonth", "periodLabel", "regionCode", "regionName"})
public abstract class Claim {
  /** The value of a rank claim for a tier (前列, 第一方阵, 首位) rather than a position. */
  public static final String TOP = "top";

  Claim() {}

  /** @return the indicator or line as written, minimal */
  public abstract String subject();

  /** @return {@link #subject()} in Simplified characters */
  public abstract String subjectSimplified();

  /** @return what is claimed about the subject */
  public abstract ClaimAttr attr();

  /** @return a plain decimal string, or {@code top} for a tier rank */
  public abstract String value();

  /** @return for amounts, the unit code (CNY, person, unit:个 …); absent for a bare number */
  public abstract Optional<String> unit();

  /** @return for ranks, the scope (全省, 全国 …) */
  public abstract Optional<String> scope();

  /** @return for pp_vs, what the figure is compared with */
  public abstract Optional<String> benchmark();

  /** @return the region as written, when stated or framed */
  public abstract Optional<String> region();

  /** @return the period as written, when stated or framed */
  public abstract Optional<String> period();

  /** @return the UTF-16 offset where the evidence starts */
  public abstract int start();

  /** @return the UTF-16 offset where the evidence ends (exclusive) */
  public abstract int end();

  /** @return true if the claim comes from a derived (computed) fact */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean derived() {
    return false;
  }

  /** @return the evidence text itself, what {@link #start()} and {@link #end()} point at */
  public abstract Optional<String> quote();

  /** @return the indicator catalogue id of the subject, when the catalogue knows it */
  public abstract Optional<String> indicatorId();

  /**
   * @return the part of the indicator the claim is about, as written, when its subject names only the part (韓國
   *     of {@code visitor_arrivals}: visitors from Korea); absent for the indicator as a whole
   */
  public abstract Optional<String> breakdown();

  /** @return the record id or file the text came from, when the caller gave one */
  public abstract Optional<String> source();

  /** @return {@code actual}, {@code preliminary}, {@code estimate}, {@code target} or {@code forecast} */
  public abstract Optional<String> status();

  /** @return {@code exact}, {@code approximate}, {@code at_least} or {@code at_most} */
  public abstract Optional<String> bound();

  /**
   * @return for growth and changes: {@code year_on_year}, {@code month_on_month}, {@code since_year_start},
   *     {@code two_year_average}, {@code real}, {@code nominal} or {@code comparable}
   */
  public abstract Optional<String> basis();

  /** @return for pp_change and pp_vs: the period or benchmark compared against, one per claim */
  public abstract Optional<String> reference();

  /** @return the year of the claim's period, when stated or known */
  public abstract Optional<Integer> year();

  /** @return the first month of the claim's period */
  public abstract Optional<Integer> firstMonth();

  /** @return the last month of the claim's period */
  public abstract Optional<Integer> lastMonth();

  /** @return the period as data: {@code 2024-H1}, {@code 2024-01/2024-10}, {@code 2024-Q3}, {@code 2024} */
  public abstract Optional<String> periodLabel();

  /** @return the six-digit division code (GB/T 2260) of the place the claim is about, when resolved */
  public abstract Optional<String> regionCode();

  /** @return the standard name of that place */
  public abstract Optional<String> regionName();

  /** @return a builder of claims */
  public static ImmutableClaim.Builder builder() {
    return ImmutableClaim.builder();
  }

  @Value.Check
  void check() {
    if (start() < 0) {
      throw new InvalidValueException("Claim", "start", "must not be negative, was " + start());
    }
    if (end() < start()) {
      throw new InvalidValueException("Claim", "end",
          "must not be less than start " + start() + ", was " + end());
    }
    if (!value().equals(TOP) && !isPlainDecimal(value())) {
      throw new InvalidValueException("Claim", "value",
          "must be a plain decimal or \"top\", was \"" + value() + "\"");
    }
    if (value().equals(TOP) && attr() != ClaimAttr.RANK) {
      throw new InvalidValueException("Claim", "value", "may be \"top\" only for attr rank");
    }
  }

  /** {@code -?[0-9]+(\.[0-9]+)?}, without compiling a pattern for every claim. */
  private static boolean isPlainDecimal(String v) {
    int i = v.startsWith("-") ? 1 : 0;
    int digits = 0;
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == v.length()) {
      return true;
    }
    if (v.charAt(i) != '.' || i + 1 == v.length()) {
      return false;
    }
    for (i++; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
