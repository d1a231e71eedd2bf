package io.github.gongbao.examples.cli;

import io.github.gongbao.core.json.ClaimsJsonLinesWriter;
import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Claims as JSON Lines, exactly as {@link ClaimsWriter} writes them: the same fields for one input or
 * many, the input named in each claim's {@code source}. One generator for the whole output; each report's
 * lines are handed to the writer when the report is done.
 */
final class ClaimsLinesReportWriter implements ReportWriter {
  private final @Nullable Writer out;
  private final @Nullable OutputStream bytes;
  private @Nullable ClaimsJsonLinesWriter lines;

  ClaimsLinesReportWriter(Writer out, boolean withFile) {
    this.out = out;
    this.bytes = null;
  }

  /**
   * Writes UTF-8 bytes to {@code bytes} itself: the same bytes as through an {@code OutputStreamWriter} in UTF-8,
   * with one encoding pass instead of two ({@link ClaimsJsonLinesWriter#start(OutputStream)}).
   */
  ClaimsLinesReportWriter(OutputStream bytes) {
    this.out = null;
    this.bytes = bytes;
  }

  private ClaimsJsonLinesWriter lines() throws IOException {
    ClaimsJsonLinesWriter l = lines;
    if (l == null) {
      OutputStream b = bytes;
      l = b != null ? ClaimsJsonLinesWriter.start(b) : ClaimsJsonLinesWriter.start(Objects.requireNonNull(out));
      lines = l;
    }
    return l;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    writePiece(file, report, 0);
  }

  @Override
  public void writePiece(String file, Report report, long offset) throws IOException {
    ClaimsJsonLinesWriter l = lines();
    String source = ReportWriter.sourceOf(file);   // what ReportWriter.claims would copy into every claim
    for (Claim c : report.claims()) {
      l.write(c, source, offset);
    }
    l.flushToWriter();
  }

  @Override
  public void finish() throws IOException {
    ClaimsJsonLinesWriter l = lines;
    if (l != null) {
      l.flushToWriter();
    }
    Flushable f = bytes != null ? bytes : out;
    if (f != null) {
      f.flush();
    }
  }
}
