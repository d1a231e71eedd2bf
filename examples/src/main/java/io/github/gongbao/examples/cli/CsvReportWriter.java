package io.github.gongbao.examples.cli;

import io.github.gongbao.core.json.ClaimsCsvWriter;
import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Claims as CSV with {@link ClaimsWriter#CSV_HEADER}'s columns (RFC 4180, CRLF), one header for all inputs:
 * the same columns for one input or many, the input named in the {@code source} column.
 */
final class CsvReportWriter implements ReportWriter {
  private final Writer out;
  private @Nullable ClaimsCsvWriter csv;

  CsvReportWriter(Writer out, boolean withFile) {
    this.out = out;
  }

  private ClaimsCsvWriter csv() throws IOException {
    ClaimsCsvWriter c = csv;
    if (c == null) {
      c = ClaimsCsvWriter.start(out);
      csv = c;
    }
    return c;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    writePiece(file, report, 0);
  }

  @Override
  public void writePiece(String file, Report report, long offset) throws IOException {
    ClaimsCsvWriter c = csv();
    String source = ReportWriter.sourceOf(file);   // what ReportWriter.claims would copy into every claim
    for (Claim claim : report.claims()) {
      c.write(claim, source, offset);
    }
    c.flushToWriter();
  }

  @Override
  public void finish() throws IOException {
    csv().flush();
  }
}
