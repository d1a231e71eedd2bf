package io.github.gongbao.examples.cli;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ImmutableClaim;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes the reports of one {@code extract} run in one format, to one output. */
interface ReportWriter {
  /**
   * Writes (or buffers) one report.
   *
   * @param file the input's source: the file name as given, a JSON Lines record's id, or {@code -} for
   *     standard input; claims carry it as their {@code source} ({@link #claims})
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

  /**
   * @param file as given to {@link #write}
   * @param report the report
   * @return the report's claims with {@code source} set to {@code file} (left absent for {@code -})
   */
  static List<Claim> claims(String file, Report report) {
    if (file.equals("-")) {
      return report.claims();
    }
    List<Claim> claims = new ArrayList<>(report.claims().size());
    for (Claim c : report.claims()) {
      claims.add(ImmutableClaim.copyOf(c).withSource(file));
    }
    return claims;
  }
}
