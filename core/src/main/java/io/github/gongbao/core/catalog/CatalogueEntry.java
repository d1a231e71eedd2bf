package io.github.gongbao.core.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One indicator of the catalogue: a stable id, its canonical name in both scripts, its other names, its English
 * name and its category.
 *
 * <pre>{@code
 * CatalogueEntry cpi = IndicatorCatalogue.standard().lookup("居民消費價格").orElseThrow();
 * cpi.id();   // "cpi"; cpi.category() == Category.PRICES
 * }</pre>
 *
 * <p>Entries normally come from {@link IndicatorCatalogue}; {@link #builder()} is there for tests and for
 * JSON. Equality is by value over all attributes. Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogueEntry.class)
@JsonDeserialize(as = ImmutableCatalogueEntry.class)
public interface CatalogueEntry {
  /** The form every {@link #id()} has: lower_snake ASCII, e.g. {@code industrial_value_added_above_size}. */
  Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** @return the stable lower_snake identifier, e.g. {@code retail_sales}; never renamed once published */
  String id();

  /** @return the canonical name in Simplified Chinese, e.g. {@code 社会消费品零售总额} */
  String name();

  /** @return the canonical name in Traditional Chinese, derived with ICU4J, e.g. {@code 社會消費品零售總額} */
  String nameTraditional();

  /**
   * @return the other Simplified names of the indicator, without {@link #name()}, in catalogue order, e.g.
   *     {@code [社消零, 社零, …]}; possibly empty
   */
  List<String> aliases();

  /** @return the English name, e.g. {@code Total retail sales of consumer goods} */
  String englishName();

  /** @return the broad area the indicator belongs to */
  Category category();

  /** @return {@link #name()} followed by {@link #aliases()}: every Simplified name of the indicator */
  default List<String> names() {
    List<String> all = new ArrayList<>(aliases().size() + 1);
    all.add(name());
    all.addAll(aliases());
    return Collections.unmodifiableList(all);
  }

  /** @return a builder for an entry */
  static ImmutableCatalogueEntry.Builder builder() {
    return ImmutableCatalogueEntry.builder();
  }

  /** Refuses an entry whose id is not lower_snake, whose names are blank, or whose names repeat. */
  @Value.Check
  default void check() {
    if (!ID_PATTERN.matcher(id()).matches()) {
      throw new IllegalStateException("id '" + id() + "' is not lower_snake ASCII");
    }
    if (name().isBlank() || nameTraditional().isBlank() || englishName().isBlank()) {
      throw new IllegalStateException("entry '" + id() + "': name, nameTraditional and englishName must not be blank");
    }
    Set<String> seen = new HashSet<>();
    for (String n : names()) {
      if (n.isBlank()) {
        throw new IllegalStateException("entry '" + id() + "': blank alias");
      }
      if (!seen.add(n)) {
        throw new IllegalStateException("entry '" + id() + "': name '" + n + "' is listed twice");
      }
    }
  }
}
