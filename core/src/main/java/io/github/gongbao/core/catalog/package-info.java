/**
 * The indicator catalogue: the common indicators of Chinese economic reporting, with canonical names,
 * aliases in Simplified and Traditional script, English names and categories.
 *
 * <pre>{@code
 * CatalogueEntry e = IndicatorCatalogue.standard().findIn("1—6月全市规上工业增加值").orElseThrow();
 * e.id();   // "industrial_value_added_above_size"
 * }</pre>
 *
 * <p>Every public type in this package is immutable and thread safe.
 */
@Value.Style(jdkOnly = true)
@NullMarked
package io.github.gongbao.core.catalog;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
