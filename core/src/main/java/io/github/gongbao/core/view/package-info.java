/**
 * A self-contained HTML view of a report: its text with every claim's evidence marked in place, the
 * figures it passed over, and a table of the claims.
 *
 * <pre>{@code
 * String html = ReportHtml.render(report, text, PageInfo.titled("report.txt").withCharset("GB18030"));
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 *
 * <p>Every public type in this package is immutable and thread safe.
 */
@NullMarked
package io.github.gongbao.core.view;

import org.jspecify.annotations.NullMarked;
