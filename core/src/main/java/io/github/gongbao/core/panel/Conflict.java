package io.github.gongbao.core.panel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A key for which the panel holds different values: from two sources, or twice from one. Every row of the key
 * is listed, in panel order; none is chosen. Immutable and thread safe.
 *
 * @param key the key
 * @param rows every row of the key, at least two, with at least two different values
 */
public record Conflict(PanelKey key, List<PanelRow> rows) {
  /** Copies the rows. */
  public Conflict {
    Objects.requireNonNull(key, "key");
    rows = List.copyOf(rows);
  }

  /** @return the different values, in panel order */
  public List<String> values() {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (PanelRow r : rows) {
      values.putIfAbsent(Panel.normal(r.value()), r.value());
    }
    return List.copyOf(values.values());
  }

  /** @return the sources of the rows, in panel order, each once ({@code -} for a claim without one) */
  public List<String> sources() {
    Set<String> sources = new LinkedHashSet<>();
    for (PanelRow r : rows) {
      sources.add(r.source().orElse("-"));
    }
    return List.copyOf(sources);
  }

  /** @return whether one source gives two different values for the key (a row with occurrence above 1) */
  public boolean withinSource() {
    for (PanelRow r : rows) {
      if (r.occurrence() > 1) {
        return true;
      }
    }
    return false;
  }

  /** @return whether two sources give different values: the values are not the same in every source */
  public boolean acrossSources() {
    List<String> sources = sources();
    if (sources.size() < 2) {
      return false;
    }
    List<Set<String>> perSource = new ArrayList<>();
    for (String s : sources) {
      Set<String> values = new LinkedHashSet<>();
      for (PanelRow r : rows) {
        if (r.source().orElse("-").equals(s)) {
          values.add(Panel.normal(r.value()));
        }
      }
      perSource.add(values);
    }
    return !perSource.stream().allMatch(perSource.get(0)::equals);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (PanelRow r : rows) {
      parts.add(r.value() + " (" + r.source().orElse("-") + (r.occurrence() > 1 ? " #" + r.occurrence() : "")
          + ")");
    }
    return key + ": " + String.join(", ", Collections.unmodifiableList(parts));
  }
}
