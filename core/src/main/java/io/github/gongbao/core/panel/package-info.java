/**
 * The panel: one tidy table from the claims of many reports, keyed by place code, indicator id and period, with
 * the keys for which reports disagree listed rather than resolved; and the coverage of those keys.
 *
 * <pre>{@code
 * Panel panel = Panel.of(claims);               // claims of many reports, each carrying its source
 * PanelWriter.writeCsv(panel, writer);          // region, indicator, breakdown, period, attr, value … quote
 * }</pre>
 *
 * <p>Every public type in this package is immutable and thread safe, except the builders.
 */
@NullMarked
package io.github.gongbao.core.panel;

import org.jspecify.annotations.NullMarked;
