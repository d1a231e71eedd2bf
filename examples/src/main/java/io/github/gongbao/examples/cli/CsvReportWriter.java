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
      record(List.of(file, c.subject(), c.subjectSimplified(), c.attr().code(), c.value(),
          c.unit().orElse(""), c.scope().orElse(""), c.benchmark().orElse(""), c.region().orElse(""),
          c.period().orElse(""), String.valueOf(c.start()), String.valueOf(c.end()),
          String.valueOf(c.derived())));
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
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** @return the field, quoted as ClaimsWriter quotes: when it holds a comma, quote, CR or LF */
  static String field(String f) {
    if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\r') < 0 && f.indexOf('\n') < 0) {
      return f;
    }
    return '"' + f.replace("\"", "\"\"") + '"';
  }
}
