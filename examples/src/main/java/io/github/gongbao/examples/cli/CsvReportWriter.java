package io.github.gongbao.examples.cli;

import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims as CSV with {@link ClaimsWriter}'s columns (RFC 4180, CRLF); with a file column, {@code file}
 * comes first and the header is written once for all inputs.
 */
final class CsvReportWriter implements ReportWriter {
  private final Writer out;
  private final boolean withFile;
  private boolean headerWritten;

  CsvReportWriter(Writer out, boolean withFile) {
    this.out = out;
    this.withFile = withFile;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    if (!withFile) {
      ClaimsWriter.writeCsv(report.claims(), out);
      return;
    }
    if (!headerWritten) {
      List<String> header = new ArrayList<>();
      header.add("file");
      header.addAll(ClaimsWriter.CSV_HEADER);
      record(header);
      headerWritten = true;
    }
    for (Claim c : report.claims()) {
      List<String> fields = new ArrayList<>();
      fields.add(file);
      fields.addAll(ClaimsWriter.csvFields(c));
      record(fields);
    }
  }

  @Override
  public void finish() throws IOException {
    if (withFile && !headerWritten) {
      List<String> header = new ArrayList<>();
      header.add("file");
      header.addAll(ClaimsWriter.CSV_HEADER);
      record(header);
    }
    out.flush();
  }

  private void record(List<String> fields) throws IOException {
    ClaimsWriter.writeCsvRecord(fields, out);
  }
}
