package io.github.gongbao.examples.cli;

import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.view.PageInfo;
import io.github.gongbao.core.view.ReportHtml;
import java.io.IOException;
import java.io.Writer;

/** One self-contained HTML page per report ({@link ReportHtml}), titled with the input's name. */
final class HtmlReportWriter implements ReportWriter {
  private final Writer out;

  HtmlReportWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    ReportHtml.write(report, text, PageInfo.titled(file), out);
  }

  @Override
  public void write(String file, String text, Report report, String charset) throws IOException {
    ReportHtml.write(report, text, PageInfo.titled(file).withCharset(charset), out);
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
