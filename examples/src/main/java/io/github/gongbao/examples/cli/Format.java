package io.github.gongbao.examples.cli;

import java.io.Writer;

/** The output formats of {@code extract}. */
enum Format {
  /** Aligned columns for a terminal. */
  TABLE("table.txt"),
  /** Each report as one JSON line, {"source":…,"report":…} (the report in GongbaoJson form). */
  JSON("json"),
  /** One claim per line as JSON (JSON Lines, ClaimsWriter). */
  CLAIMS("jsonl"),
  /** The claims as CSV (ClaimsWriter's columns). */
  CSV("csv"),
  /** One self-contained HTML page per report (ReportHtml). */
  HTML("html");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /**
   * @return whether the format is a stream of claims, so that a large file can be read in pieces ({@link
   *     TextChunks}) and written piece by piece: claims and CSV; the others need the whole report or text
   */
  boolean readsInPieces() {
    return this == CLAIMS || this == CSV;
  }

  /** @return the file name extension used with {@code --out DIR} */
  String extension() {
    return extension;
  }

  /**
   * @param out where to write
   * @param withFile whether each row names its input file (several inputs to one output)
   * @return a writer of reports in this format
   */
  ReportWriter writer(Writer out, boolean withFile) {
    switch (this) {
      case TABLE:
        return new TableReportWriter(out, withFile);
      case JSON:
        return new JsonReportWriter(out, withFile);
      case CLAIMS:
        return new ClaimsLinesReportWriter(out, withFile);
      case CSV:
        return new CsvReportWriter(out, withFile);
      case HTML:
        return new HtmlReportWriter(out);
      default:
        throw new AssertionError(this);
    }
  }
}
