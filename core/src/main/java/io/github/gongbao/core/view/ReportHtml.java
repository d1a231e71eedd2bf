package io.github.gongbao.core.view;

import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Renders a report as one self-contained HTML page: the whole text with every claim's evidence marked in
 * place, in a colour per attr family, and the figures the parser passed over marked with their reason.
 *
 * <pre>{@code
 * Report report = ReportParser.create().parse(text);
 * String html = ReportHtml.render(report, text, PageInfo.titled("report.txt").withCharset("UTF-8"));
 * }</pre>
 *
 * <p>The page holds: a summary line (claims per attr, skipped figures, script, charset, length); the
 * text, where each piece covered by claims is a {@code <mark data-c="…">} naming them, innermost first,
 * so overlapping and nested evidence is shown piece by piece; a card with every field of the claims under
 * the pointer or keyboard focus; a table of all claims, sortable and filterable by attr and subject,
 * where choosing a row scrolls to its evidence and flashes it, and choosing a mark selects its row.
 *
 * <p>Safe for untrusted text: every piece of report text, title and claim is escaped (a report that
 * contains {@code <script>} or {@code </textarea>} shows as text), the claims travel as JSON in a
 * {@code <script type="application/json">} block with {@code <} written <code>&#92;u003c</code>, and a
 * Content-Security-Policy {@code <meta>} allows only the page's own inline style and script, by hash, and
 * nothing from the network. An application serving the page may send the same policy as a header:
 * {@link #contentSecurityPolicy()}.
 *
 * <p>Works offline and as an e-mail attachment: no external assets, no web fonts. Linear in the text
 * and the claims, written top to bottom (use {@link #write} to stream it); the browser lays out only the
 * blocks of text in view and builds the table a page of rows at a time, so a 20 MB report opens.
 *
 * <p>Stateless and thread safe.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /**
   * @param report what was read from {@code text}
   * @param text the text the report's offsets point into
   * @return the page, with the default title and no charset
   * @throws NullPointerException if an argument is null
   */
  public static String render(Report report, String text) {
    return render(report, text, PageInfo.defaults());
  }

  /**
   * @param report what was read from {@code text}
   * @param text the text the report's offsets point into; offsets past its end are clamped
   * @param info the title and charset to show
   * @return the page
   * @throws NullPointerException if an argument is null
   */
  public static String render(Report report, String text, PageInfo info) {
    StringBuilder b = new StringBuilder(text.length() * 2 + 16_384);
    try {
      write(report, text, info, b);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return b.toString();
  }

  /**
   * Writes the page to {@code out} in one pass, without building it in memory first.
   *
   * @param report what was read from {@code text}
   * @param text the text the report's offsets point into; offsets past its end are clamped
   * @param info the title and charset to show
   * @param out where to write (UTF-8 when it is a file: the page declares {@code charset=utf-8}); not
   *     flushed or closed
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(Report report, String text, PageInfo info, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(out, "out");
    PageWriter.write(report, text, info, out);
  }

  /**
   * @return the Content-Security-Policy the page declares in its {@code <meta>}, the same for every page
   *     of this version: {@code default-src 'none'}, the page's own script and style by SHA-256 hash,
   *     {@code data:} images only
   */
  public static String contentSecurityPolicy() {
    return PageAssets.CSP;
  }
}
