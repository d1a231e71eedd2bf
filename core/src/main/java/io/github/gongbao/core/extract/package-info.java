/**
 * Extraction: {@link io.github.gongbao.core.extract.ReportParser} reads a report's text (or its bytes, in any
 * Chinese encoding) into a {@link io.github.gongbao.core.model.Report} of typed facts.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.create();   // immutable, thread safe: build once, share
 * Report report = parser.parse(text, ReportContext.none().withPlace("温县").withYear(2023));
 * }</pre>
 *
 * <p>Every public type in this package is immutable and thread safe, except the parser's builder.
 */
@NullMarked
package io.github.gongbao.core.extract;

import org.jspecify.annotations.NullMarked;
