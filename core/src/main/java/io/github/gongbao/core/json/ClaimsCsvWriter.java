package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.gongbao.core.model.Claim;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Streams claims as CSV (RFC 4180) with the columns of {@link ClaimsWriter#CSV_HEADER}, on
 * jackson-dataformat-csv.
 *
 * <pre>{@code
 * ClaimsCsvWriter csv = ClaimsCsvWriter.start(writer);   // writes the header row
 * for (Claim c : report.claims()) {
 *   csv.write(c);                                       // one record per claim
 * }
 * csv.flush();
 * }</pre>
 *
 * <p>The header row is written at once, so an empty result is a header alone. Records end with CRLF;
 * absent values are empty fields; {@code derived} is {@code true} or {@code false}; a field that holds a
 * comma, a double quote, CR or LF is quoted, its quotes doubled (Jackson's conservative check also quotes
 * some fields that would not need it: long ones, and ones with spaces or other ASCII punctuation below
 * {@code -}; any RFC 4180 reader reads the same values). The underlying writer is never
 * closed. Not thread safe: one instance per output.
 */
public final class ClaimsCsvWriter implements Flushable {
  // Jackson's default (conservative) quoting: its strict check misses a bare LF when the line separator
  // is CRLF, so strict checking would write a broken record for evidence that spans a line break
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();
  private static final CsvSchema SCHEMA = schema();

  private final Writer out;
  private final SequenceWriter rows;

  private ClaimsCsvWriter(Writer out) throws IOException {
    this.out = out;
    this.rows = MAPPER.writer(SCHEMA).writeValues(out);
    rows.write(ClaimsWriter.CSV_HEADER.toArray(new String[0]));
  }

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String column : ClaimsWriter.CSV_HEADER) {
      b.addColumn(column);
    }
    return b.build().withoutHeader().withLineSeparator("\r\n").withNullValue("");
  }

  /**
   * Writes the header row to {@code out} and returns a writer for the records.
   *
   * @param out where to write; not closed
   * @return a writer of claims to {@code out}
   * @throws IOException if the writer fails
   */
  public static ClaimsCsvWriter start(Writer out) throws IOException {
    return new ClaimsCsvWriter(Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one record.
   *
   * @param claim the claim
   * @throws IOException if the writer fails
   */
  public void write(Claim claim) throws IOException {
    List<String> fields = ClaimsWriter.csvFields(claim);
    rows.write(fields.toArray(new String[0]));
  }

  /**
   * Writes one record per claim.
   *
   * @param claims the claims
   * @throws IOException if the writer fails
   */
  public void writeAll(Iterable<Claim> claims) throws IOException {
    for (Claim c : claims) {
      write(c);
    }
  }

  /** Flushes what was written to the underlying writer, and that writer. */
  @Override
  public void flush() throws IOException {
    rows.flush();
    out.flush();
  }
}
