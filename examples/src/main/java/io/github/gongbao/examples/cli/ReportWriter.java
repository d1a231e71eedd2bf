package io.github.gongbao.examples.cli;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ImmutableClaim;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /**
   * Writes the claims of one piece of a large file read in pieces ({@link TextChunks}), their offsets shifted by
   * the piece's start so that they point into the whole text. Only the formats that are a stream of claims
   * ({@link Format#readsInPieces()}) can.
   *
   * @param file as for {@link #write}
   * @param report the piece's report
   * @param offset where the piece starts in the whole text
   */
  default void writePiece(String file, Report report, long offset) throws IOException {
    throw new UnsupportedOperationException("this format writes whole reports");
  }

  /** Writes what was buffered and closes any open structure; does not close the underlying writer. */
  void finish() throws IOException;

  /**
   * @param file as given to {@link #write}
   * @return the source the claims of that input carry instead of their own: {@code file}, or null (their own)
   *     for standard input ({@code -})
   */
  static @Nullable String sourceOf(String file) {
    return file.equals("-") ? null : file;
  }

  /**
   * @param file as given to {@link #write}
   * @param report the report
   * @return the report's claims with {@code source} set to {@code file} (left absent for {@code -})
   */
  static List<Claim> claims(String file, Report report) {
    return claims(file, report, 0);
  }

  /**
   * @param file as given to {@link #write}
   * @param report the report of a text, or of a piece of a larger text
   * @param offset where that piece starts in the whole text (0 for a whole text)
   * @return the report's claims with {@code source} set to {@code file} (left absent for {@code -}) and their
   *     offsets shifted by {@code offset}
   * @throws IllegalArgumentException if a shifted offset is beyond an int
   */
  static List<Claim> claims(String file, Report report, long offset) {
    if (file.equals("-") && offset == 0) {
      return report.claims();
    }
    List<Claim> claims = new ArrayList<>(report.claims().size());
    for (Claim c : report.claims()) {
      if (offset == 0) {
        claims.add(ImmutableClaim.copyOf(c).withSource(file));
        continue;
      }
      // one builder, so that the claim is checked (start <= end) once with both offsets shifted
      ImmutableClaim.Builder b = ImmutableClaim.builder().from(c)
          .start(Math.toIntExact(c.start() + offset)).end(Math.toIntExact(c.end() + offset));
      if (!file.equals("-")) {
        b.source(file);
      }
      claims.add(b.build());
    }
    return claims;
  }
}
