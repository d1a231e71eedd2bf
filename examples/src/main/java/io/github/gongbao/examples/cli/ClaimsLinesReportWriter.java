package io.github.gongbao.examples.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Claims as JSON Lines, exactly as {@link ClaimsWriter} writes them; with a file column each object
 * starts with {@code "file":NAME}.
 */
final class ClaimsLinesReportWriter implements ReportWriter {
  private final Writer out;
  private final boolean withFile;

  ClaimsLinesReportWriter(Writer out, boolean withFile) {
    this.out = out;
    this.withFile = withFile;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    if (!withFile) {
      ClaimsWriter.writeJsonLines(report.claims(), out);
      return;
    }
    String prefix = "{\"file\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(file)) + "\",";
    for (Claim c : report.claims()) {
      String line = ClaimsWriter.toJsonLine(c);
      out.write(prefix);
      out.write(line, 1, line.length() - 1);
      out.write('\n');
    }
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
