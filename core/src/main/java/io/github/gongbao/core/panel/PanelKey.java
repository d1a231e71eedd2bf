package io.github.gongbao.core.panel;

import io.github.gongbao.core.model.Claim;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a panel row is about, without its value: the place, the indicator and the part of it, the period and what
 * kind of figure it is. Two rows with the same key and the same source are the same observation; two rows with the same key and
 * different values are a {@link Conflict}.
 *
 * <p>Each component is a plain string, empty when the claim does not say:
 * <ul>
 *   <li>{@code region}: the claim's {@link Claim#regionCode() regionCode}; without one, {@code ~} and the region
 *       as written ({@code ~全省}); without either, empty.
 *   <li>{@code indicator}: the claim's {@link Claim#indicatorId() indicatorId}; without one, {@code ~} and the
 *       subject in Simplified characters ({@code ~重点项目}), so that claims the catalogue does not know still key
 *       apart by their subject.
 *   <li>{@code breakdown}: the claim's {@link Claim#breakdown() breakdown} in Simplified characters ({@code 韩国}
 *       of visitor arrivals), so that a part keys apart from its whole; empty for the whole.
 *   <li>{@code period}: the claim's {@link Claim#periodLabel() periodLabel} ({@code 2024-H1}); without one,
 *       {@code ~} and the period as written ({@code ~上半年}); without either, empty.
 *   <li>{@code attr}, {@code unit}, {@code basis}, {@code status}, {@code bound}: the claim's codes; status
 *       defaults to {@code actual} and bound to {@code exact}, as DESIGN.md says, so an absent value and the
 *       default key alike. The bound is part of the key because a range ({@code 增长2%至3%}) is two claims
 *       with the same everything else.
 *   <li>{@code scope}: a rank's scope ({@code 全省}); {@code reference}: a comparison's reference
 *       ({@code 上年同期}), or its benchmark when it has no reference.
 * </ul>
 *
 * <p>The {@code ~} prefix marks a component taken from the words of the text rather than from a code, so an
 * analyst can filter keys that will not join across reports. Keys order component by component, in the order
 * above. Immutable and thread safe.
 *
 * @param region the division code, or {@code ~} and the region as written, or empty
 * @param indicator the indicator id, or {@code ~} and the Simplified subject
 * @param breakdown the part of the indicator, in Simplified characters, or empty
 * @param period the period label, or {@code ~} and the period as written, or empty
 * @param attr the claim attribute code ({@code amount}, {@code yoy_pct} …)
 * @param unit the unit code, or empty
 * @param basis the basis code, or empty
 * @param status the status code ({@code actual} when the claim says none)
 * @param bound the bound code ({@code exact} when the claim says none)
 * @param scope a rank's scope, or empty
 * @param reference a comparison's reference or benchmark, or empty
 */
public record PanelKey(String region, String indicator, String breakdown, String period, String attr, String unit,
    String basis, String status, String bound, String scope, String reference) implements Comparable<PanelKey> {
  /** The prefix of a component taken from the text's words rather than from a code. */
  public static final String WORDS = "~";

  private static final Comparator<PanelKey> ORDER = Comparator.comparing(PanelKey::region)
      .thenComparing(PanelKey::indicator).thenComparing(PanelKey::breakdown).thenComparing(PanelKey::period).thenComparing(PanelKey::attr)
      .thenComparing(PanelKey::unit).thenComparing(PanelKey::basis).thenComparing(PanelKey::status)
      .thenComparing(PanelKey::bound).thenComparing(PanelKey::scope).thenComparing(PanelKey::reference);

  /** Refuses null components. */
  public PanelKey {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(attr, "attr");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * @param c a claim
   * @return the key of the claim
   */
  public static PanelKey of(Claim c) {
    return new PanelKey(
        c.regionCode().or(() -> words(c.region())).orElse(""),
        c.indicatorId().orElseGet(() -> WORDS + c.subjectSimplified()),
        c.breakdown().map(io.github.gongbao.core.model.ClaimMapper::toSimplified).orElse(""),
        c.periodLabel().or(() -> words(c.period())).orElse(""),
        c.attr().code(),
        c.unit().orElse(""),
        c.basis().orElse(""),
        c.status().orElse("actual"),
        c.bound().orElse("exact"),
        c.scope().orElse(""),
        c.reference().or(c::benchmark).orElse(""));
  }

  private static Optional<String> words(Optional<String> asWritten) {
    return asWritten.filter(s -> !s.isEmpty()).map(s -> WORDS + s);
  }

  /**
   * @return the components in order: region, indicator, breakdown, period, attr, unit, basis, status, bound, scope,
   *     reference
   */
  public List<String> components() {
    return List.of(region, indicator, breakdown, period, attr, unit, basis, status, bound, scope, reference);
  }

  /** @return whether region, indicator and period are all codes (none taken from the text's words, none empty) */
  public boolean joins() {
    return !region.isEmpty() && !region.startsWith(WORDS) && !indicator.startsWith(WORDS) && !period.isEmpty()
        && !period.startsWith(WORDS);
  }

  /**
   * The key as one string, for a single pivot column: the components joined by {@code |}, a {@code |} or
   * {@code \} inside a component escaped with {@code \}, so that two keys are equal exactly when their strings
   * are.
   *
   * @return e.g. {@code 410800|general_public_budget_revenue||2024-H1|amount|CNY||actual|exact||}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    List<String> parts = components();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(parts.get(i).replace("\\", "\\\\").replace("|", "\\|"));
    }
    return sb.toString();
  }

  @Override
  public int compareTo(PanelKey o) {
    return ORDER.compare(this, o);
  }
}
