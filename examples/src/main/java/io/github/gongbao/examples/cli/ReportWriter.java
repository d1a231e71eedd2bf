package io.github.gongbao.examples.cli;

import io.github.gongbao.core.model.Report;
import java.io.IOException;

/** Writes the reports of one {@code extract} run in one format, to one output. */
interface ReportWriter {
  /**
   * Writes (or buffers) one report.
   *
   * @param file the input's name, shown when the writer was made with a file column
   * @param text the decoded text the report was read from (offsets point into it)
   * @param report the report
   */
  void write(String file, String text, Report report) throws IOException;

  /** Like {@link #write(String, String, Report)}, also naming the charset the text was decoded from. */
  default void write(String file, String text, Report report, String charset) throws IOException {
    write(file, text, report);
  }

  /** Writes what was buffered and closes any open structure; does not close the underlying writer. */
  void finish() throws IOException;
}
