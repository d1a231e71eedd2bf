package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.gongbao.core.model.Claim;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * {@code -}; any RFC 4180 reader reads the same values). One CSV generator writes every record, straight to the
 * writer (no row object, no flush per record); {@link #write(Claim, String, long)} writes a claim with another
 * source or shifted offsets without copying it. The underlying writer is never closed. Not thread safe: one
 * instance per output.
 */
public final class ClaimsCsvWriter implements Flushable {
  // Jackson's default (conservative) quoting: its strict check misses a bare LF when the line separator
  // is CRLF, so strict checking would write a broken record for evidence that spans a line break
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
      .build();
  private static final CsvSchema SCHEMA = schema();

  private final Writer out;
  private final CsvGenerator g;

  private ClaimsCsvWriter(Writer out) throws IOException {
    this.out = out;
    this.g = MAPPER.getFactory().createGenerator(out);
    g.setSchema(SCHEMA);
    // a record is a root-level array of strings, as a SequenceWriter of String[] writes it
    g.writeStartArray();
    for (String column : ClaimsWriter.CSV_HEADER) {
      g.writeString(column);
    }
    g.writeEndArray();
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
    write(claim, null, 0);
  }

  /**
   * Writes one record for the claim as if its {@code source} were {@code source} and its {@code start} and
   * {@code end} were shifted by {@code offset}: what a copy of it with those values would give.
   *
   * @param claim the claim
   * @param source the source written, or null for the claim's own
   * @param offset added to the claim's offsets (where the text it was read from starts in a larger one)
   * @throws IOException if the writer fails
   * @throws ArithmeticException if a shifted offset is beyond an int
   */
  public void write(Claim claim, @Nullable String source, long offset) throws IOException {
    Claim c = Objects.requireNonNull(claim, "claim");
    // the fields of ClaimsWriter.csvFields, in the order of CSV_HEADER
    g.writeStartArray();
    g.writeString(c.subject());
    g.writeString(c.subjectSimplified());
    g.writeString(c.attr().code());
    g.writeString(c.value());
    optional(c.unit());
    optional(c.scope());
    optional(c.benchmark());
    optional(c.region());
    optional(c.period());
    g.writeString(String.valueOf(offset == 0 ? c.start() : Math.toIntExact(c.start() + offset)));
    g.writeString(String.valueOf(offset == 0 ? c.end() : Math.toIntExact(c.end() + offset)));
    g.writeString(String.valueOf(c.derived()));
    optional(c.quote());
    optional(c.indicatorId());
    if (source != null) {
      g.writeString(source);
    } else {
      optional(c.source());
    }
    optional(c.status());
    optional(c.bound());
    optional(c.basis());
    optional(c.reference());
    optionalNumber(c.year());
    optionalNumber(c.firstMonth());
    optionalNumber(c.lastMonth());
    optional(c.periodLabel());
    optional(c.regionCode());
    optional(c.regionName());
    optional(c.breakdown());
    g.writeEndArray();
  }

  private void optional(Optional<String> v) throws IOException {
    g.writeString(v.isPresent() ? v.get() : "");
  }

  private void optionalNumber(Optional<Integer> v) throws IOException {
    g.writeString(v.isPresent() ? String.valueOf(v.get()) : "");
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

  /**
   * Hands what the generator holds to the underlying writer, without flushing that writer.
   *
   * @throws IOException if the writer fails
   */
  public void flushToWriter() throws IOException {
    g.flush();   // the factory does not pass flushes on to the writer
  }

  /** Flushes what was written to the underlying writer, and that writer. */
  @Override
  public void flush() throws IOException {
    g.flush();
    out.flush();
  }
}
