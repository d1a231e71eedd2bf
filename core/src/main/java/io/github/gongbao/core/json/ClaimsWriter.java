package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.gongbao.core.model.Claim;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes claims in the flat forms of DESIGN.md: JSON Lines and CSV.
 *
 * <pre>{@code
 * ClaimsWriter.writeJsonLines(report.claims(), writer);   // one JSON object per line
 * ClaimsWriter.writeCsv(report.claims(), writer);         // header row, RFC 4180 quoting
 * }</pre>
 *
 * <p>JSON Lines: fields in the order subject, subjectSimplified, attr, value, unit, scope, benchmark,
 * region, period, start, end, derived, quote, indicatorId, breakdown, source, then the fields that say what a figure
 * is (status … regionName); absent ones omitted; {@code
 * "derived":true} only for derived claims; each
 * line ends with {@code \n}. CSV ({@link ClaimsCsvWriter}, on jackson-dataformat-csv): the header
 * {@link #CSV_HEADER}, then one record per claim with empty fields for absent values and
 * {@code true}/{@code false} for derived; records end with CRLF; a field containing a comma, a double
 * quote, CR or LF is quoted, its quotes doubled (RFC 4180). The writer is not closed. Stateless and thread safe (but one {@code Writer} should not be shared by
 * concurrent calls).
 */
public final class ClaimsWriter {
  /** The CSV header row. */
  public static final List<String> CSV_HEADER = List.of("subject", "subjectSimplified", "attr",
      "value", "unit", "scope", "benchmark", "region", "period", "start", "end", "derived", "quote", "indicatorId",
      "source", "status", "bound", "basis", "reference", "year", "firstMonth", "lastMonth", "periodLabel",
      "regionCode", "regionName", "breakdown");

  private static final JsonFactory JSON = new JsonFactory();
  /** For JSON Lines: no separator between root values (each line ends with its own LF), target left open. */
  private static final JsonFactory LINES = new JsonFactoryBuilder()
      .rootValueSeparator((String) null)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .build();
  /** The same, writing UTF-8 bytes itself (no Writer, no second encoding pass). */
  private static final JsonFactory LINES_UTF8 = new JsonFactoryBuilder()
      .rootValueSeparator((String) null)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private ClaimsWriter() {}

  /**
   * Writes one JSON object per claim, each on its own line.
   *
   * @throws IOException if the writer fails
   */
  public static void writeJsonLines(Iterable<Claim> claims, Writer out) throws IOException {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(out, "out");
    // one generator for all lines; the writer is left open and unflushed, as documented
    try (JsonGenerator g = LINES.createGenerator(out)) {
      for (Claim c : claims) {
        write(c, null, 0, g);
        g.writeRaw('\n');
      }
    }
  }

  /** @return a generator of JSON Lines on {@code out}: no root separator, {@code out} neither closed nor flushed */
  static JsonGenerator linesGenerator(Writer out) throws IOException {
    return LINES.createGenerator(out);
  }

  /**
   * @return a generator of JSON Lines in UTF-8 on {@code out}, like {@link #linesGenerator(Writer)}; a character
   *     outside the BMP is written as its four bytes (not as two escapes), as a Writer's UTF-8 encoder writes it
   */
  static JsonGenerator linesGenerator(OutputStream out) throws IOException {
    return LINES_UTF8.createGenerator(out, JsonEncoding.UTF8);
  }

  /**
   * @return {@code s} with every unpaired surrogate replaced by {@code ?}, which is what the JDK's UTF-8 encoder
   *     (an {@code OutputStreamWriter}) writes for one; {@code s} itself when it has none (the usual case)
   */
  static String encodable(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '?' : c);
      }
    }
    return b.toString();
  }

  /** @return the JSON Lines object of one claim, without line end */
  public static String toJsonLine(Claim c) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(s)) {
      write(c, null, 0, g);
    } catch (IOException e) {
      throw new IllegalStateException("cannot happen writing to a StringWriter", e);
    }
    return s.toString();
  }

  /**
   * Writes one claim's object, as if its source were {@code source} (its own when null) and its offsets
   * shifted by {@code offset}.
   *
   * @throws ArithmeticException if a shifted offset is beyond an int
   */
  static void write(Claim c, @Nullable String source, long offset, JsonGenerator g) throws IOException {
    write(c, source, offset, g, false);
  }

  /**
   * @param bytes whether {@code g} writes UTF-8 bytes itself: then unpaired surrogates are written as {@code ?}
   *     ({@link #encodable}), the bytes a Writer's UTF-8 encoder would give
   */
  static void write(Claim c, @Nullable String source, long offset, JsonGenerator g, boolean bytes)
      throws IOException {
    g.writeStartObject();
    string(g, bytes, "subject", c.subject());
    string(g, bytes, "subjectSimplified", c.subjectSimplified());
    string(g, bytes, "attr", c.attr().code());
    string(g, bytes, "value", c.value());
    optional(g, bytes, "unit", c.unit());
    optional(g, bytes, "scope", c.scope());
    optional(g, bytes, "benchmark", c.benchmark());
    optional(g, bytes, "region", c.region());
    optional(g, bytes, "period", c.period());
    g.writeNumberField("start", offset == 0 ? c.start() : Math.toIntExact(c.start() + offset));
    g.writeNumberField("end", offset == 0 ? c.end() : Math.toIntExact(c.end() + offset));
    if (c.derived()) {
      g.writeBooleanField("derived", true);
    }
    optional(g, bytes, "quote", c.quote());
    optional(g, bytes, "indicatorId", c.indicatorId());
    optional(g, bytes, "breakdown", c.breakdown());
    if (source != null) {
      string(g, bytes, "source", source);
    } else {
      optional(g, bytes, "source", c.source());
    }
    optional(g, bytes, "status", c.status());
    optional(g, bytes, "bound", c.bound());
    optional(g, bytes, "basis", c.basis());
    optional(g, bytes, "reference", c.reference());
    optionalNumber(g, "year", c.year());
    optionalNumber(g, "firstMonth", c.firstMonth());
    optionalNumber(g, "lastMonth", c.lastMonth());
    optional(g, bytes, "periodLabel", c.periodLabel());
    optional(g, bytes, "regionCode", c.regionCode());
    optional(g, bytes, "regionName", c.regionName());
    g.writeEndObject();
  }

  /**
   * Writes the header row and one CSV record per claim, with {@link ClaimsCsvWriter}; the writer is
   * flushed, not closed.
   *
   * @throws IOException if the writer fails
   */
  public static void writeCsv(Iterable<Claim> claims, Writer out) throws IOException {
    ClaimsCsvWriter csv = ClaimsCsvWriter.start(out);
    csv.writeAll(claims);
    csv.flush();
  }

  /** @return the fields of one claim's CSV record, in the order of {@link #CSV_HEADER} */
  public static List<String> csvFields(Claim c) {
    return List.of(c.subject(), c.subjectSimplified(), c.attr().code(), c.value(),
        c.unit().orElse(""), c.scope().orElse(""), c.benchmark().orElse(""),
        c.region().orElse(""), c.period().orElse(""), String.valueOf(c.start()),
        String.valueOf(c.end()), String.valueOf(c.derived()), c.quote().orElse(""),
        c.indicatorId().orElse(""), c.source().orElse(""), c.status().orElse(""), c.bound().orElse(""),
        c.basis().orElse(""), c.reference().orElse(""), c.year().map(String::valueOf).orElse(""),
        c.firstMonth().map(String::valueOf).orElse(""), c.lastMonth().map(String::valueOf).orElse(""),
        c.periodLabel().orElse(""), c.regionCode().orElse(""), c.regionName().orElse(""),
        c.breakdown().orElse(""));
  }

  private static void optionalNumber(JsonGenerator g, String name, Optional<Integer> v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.get());
    }
  }

  private static void optional(JsonGenerator g, boolean bytes, String name, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      string(g, bytes, name, v.get());
    }
  }

  private static void string(JsonGenerator g, boolean bytes, String name, String v) throws IOException {
    g.writeStringField(name, bytes ? encodable(v) : v);
  }
}
