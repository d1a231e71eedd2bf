package io.github.gongbao.examples.cli;

import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Claims as JSON Lines, exactly as {@link ClaimsWriter} writes them: the same fields for one input or
 * many, the input named in each claim's {@code source}.
 */
final class ClaimsLinesReportWriter implements ReportWriter {
  private final Writer out;

  ClaimsLinesReportWriter(Writer out, boolean withFile) {
    this.out = out;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    ClaimsWriter.writeJsonLines(ReportWriter.claims(file, report), out);
  }

  @Override
  public void writePiece(String file, Report report, long offset) throws IOException {
    ClaimsWriter.writeJsonLines(ReportWriter.claims(file, report, offset), out);
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
