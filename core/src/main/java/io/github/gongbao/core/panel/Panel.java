package io.github.gongbao.core.panel;

import io.github.gongbao.core.catalog.CatalogueEntry;
import io.github.gongbao.core.catalog.IndicatorCatalogue;
import io.github.gongbao.core.model.Claim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tidy table from the claims of many reports: a row per place, indicator, period and kind of figure, per
 * source, with the value and the evidence; and a listing of the keys for which the reports disagree.
 *
 * <pre>{@code
 * Panel panel = Panel.of(claims);                  // claims of many reports, each with its source
 * PanelWriter.writeCsv(panel, writer);             // df.pivot(index=["key", "occurrence"], columns="source", values="value")
 * }</pre>
 *
 * <p><b>Keys.</b> A row's {@link PanelKey} is (region, indicator, breakdown, period, attr, unit, basis, status, bound,
 * scope, reference). A claim without an indicator id keys on its Simplified subject ({@code ~重点项目}), one
 * without a period label on its period as written ({@code ~上半年}), one without a division code on its region as
 * written ({@code ~全省}); {@link PanelKey#joins()} tells the keys whose place, indicator and period are all codes,
 * the ones that join across reports. No claim is dropped.
 *
 * <p><b>Uniqueness.</b> Claims with the same source and key and the same value are one observation said more
 * than once (a headline and its body): one row, the first by offset, with {@link PanelRow#mentions()} counting
 * them. A second, different value from the same source for the same key is a second row with
 * {@link PanelRow#occurrence()} 2; so (key, source, occurrence) is unique, and pandas {@code pivot} works on
 * those columns. Equal values from two sources are two rows (two observations), not a conflict. Different values
 * for one key, from two sources or from one, are a {@link Conflict}: every row stays and {@link #conflicts()}
 * names them; nothing is chosen silently. Values compare as numbers ({@code 5.0} equals {@code 5}).
 *
 * <p><b>Order.</b> Rows are sorted by key, then source (a claim without a source first), then occurrence;
 * conflicts by key. The result does not depend on the order of the claims given, except which of equal
 * claims a row shows (the first by offset, then by order given).
 *
 * <p>Immutable and thread safe once built; {@link Builder} is not thread safe. The panel holds every claim given
 * in memory.
 */
public final class Panel {
  private static final Comparator<PanelRow> ROW_ORDER = Comparator.comparing(PanelRow::key)
      .thenComparing(r -> r.source().orElse(""))
      .thenComparingInt(PanelRow::occurrence);

  private final List<PanelRow> rows;
  private final List<Conflict> conflicts;
  private final int claimCount;

  private Panel(List<PanelRow> rows, List<Conflict> conflicts, int claimCount) {
    this.rows = rows;
    this.conflicts = conflicts;
    this.claimCount = claimCount;
  }

  /**
   * @param claims claims of any number of reports, each naming its source
   * @return the panel of those claims, with the standard catalogue's English names
   */
  public static Panel of(Iterable<? extends Claim> claims) {
    return builder().addAll(claims).build();
  }

  /** @return a builder that takes claims report by report */
  public static Builder builder() {
    return new Builder(IndicatorCatalogue.standard());
  }

  /** @return every row, sorted by key, source and occurrence; unmodifiable */
  public List<PanelRow> rows() {
    return rows;
  }

  /** @return the keys with two or more different values, sorted by key; unmodifiable */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** @return how many claims were given (rows are fewer when a source repeats a value) */
  public int claimCount() {
    return claimCount;
  }

  /** @return the sources of the rows, sorted, each once ({@code -} for claims without one) */
  public List<String> sources() {
    return rows.stream().map(r -> r.source().orElse("-")).distinct().sorted().toList();
  }

  @Override
  public String toString() {
    return "Panel[" + rows.size() + " rows from " + claimCount + " claims, " + conflicts.size() + " conflicts]";
  }

  /** A value as compared: a plain decimal without trailing zeros, or the value as it is ({@code top}). */
  static String normal(String value) {
    if (value.equals(Claim.TOP)) {
      return value;
    }
    try {
      BigDecimal d = new BigDecimal(value).stripTrailingZeros();
      return d.signum() == 0 ? "0" : d.toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** Collects claims and builds a {@link Panel}. Not thread safe; the panel it builds is. */
  public static final class Builder {
    private final IndicatorCatalogue catalogue;
    private final List<Claim> claims = new ArrayList<>();

    private Builder(IndicatorCatalogue catalogue) {
      this.catalogue = catalogue;
    }

    /**
     * @param claim a claim, naming its source when it has one
     * @return this builder
     */
    public Builder add(Claim claim) {
      claims.add(Objects.requireNonNull(claim, "claim"));
      return this;
    }

    /**
     * @param more claims, naming their sources
     * @return this builder
     */
    public Builder addAll(Iterable<? extends Claim> more) {
      for (Claim c : more) {
        add(c);
      }
      return this;
    }

    /** @return the panel of the claims added so far */
    public Panel build() {
      // group by source and key, in the order given, then by offset within the group
      Map<String, Map<PanelKey, List<Claim>>> bySource = new HashMap<>();
      for (Claim c : claims) {
        bySource.computeIfAbsent(c.source().orElse(""), s -> new LinkedHashMap<>())
            .computeIfAbsent(PanelKey.of(c), k -> new ArrayList<>()).add(c);
      }
      Map<String, Optional<String>> english = new HashMap<>();
      List<PanelRow> rows = new ArrayList<>();
      for (Map<PanelKey, List<Claim>> groups : bySource.values()) {
        for (Map.Entry<PanelKey, List<Claim>> g : groups.entrySet()) {
          List<Claim> same = new ArrayList<>(g.getValue());
          same.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end)
              .thenComparing(c -> normal(c.value())));
          Map<String, List<Claim>> byValue = new LinkedHashMap<>();
          for (Claim c : same) {
            byValue.computeIfAbsent(normal(c.value()), v -> new ArrayList<>()).add(c);
          }
          int occurrence = 0;
          for (List<Claim> v : byValue.values()) {
            Claim first = v.get(0);
            Optional<String> name = first.indicatorId().flatMap(id -> english.computeIfAbsent(id,
                i -> catalogue.byId(i).map(CatalogueEntry::englishName)));
            rows.add(new PanelRow(g.getKey(), first, name, ++occurrence, v.size()));
          }
        }
      }
      rows.sort(ROW_ORDER);
      List<Conflict> conflicts = new ArrayList<>();
      for (int i = 0; i < rows.size(); ) {
        int j = i + 1;
        while (j < rows.size() && rows.get(j).key().equals(rows.get(i).key())) {
          j++;
        }
        List<PanelRow> sameKey = rows.subList(i, j);
        if (sameKey.stream().map(r -> normal(r.value())).distinct().count() > 1) {
          conflicts.add(new Conflict(sameKey.get(0).key(), sameKey));
        }
        i = j;
      }
      return new Panel(Collections.unmodifiableList(rows), Collections.unmodifiableList(conflicts), claims.size());
    }
  }
}
