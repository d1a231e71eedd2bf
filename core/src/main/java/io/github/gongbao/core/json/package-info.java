/**
 * The JSON form of the Gongbao model (Jackson) and the claims writers (JSON Lines, CSV).
 *
 * <pre>{@code
 * String json = GongbaoJson.mapper().writeValueAsString(report);
 * Report back = GongbaoJson.mapper().readValue(json, Report.class);
 * ClaimsWriter.writeJsonLines(report.claims(), writer);
 * }</pre>
 *
 * <p>The JSON form: decimals are JSON strings in plain notation ({@code "7990000000"}, never
 * {@code 7.99E+9}) so no reader loses precision; enums are lower_snake strings ({@code year_on_year});
 * absent optionals, empty lists and {@code "derived": false} are omitted; facts carry a {@code type}
 * of {@code indicator}, {@code fiscal_line} or {@code project_batch}; a quantity is
 * {@code {"number":"79.9","scale":"亿","unit":"CNY","value":"7990000000"}}.
 */
@NullMarked
package io.github.gongbao.core.json;

import org.jspecify.annotations.NullMarked;
