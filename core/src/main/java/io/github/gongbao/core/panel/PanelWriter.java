package io.github.gongbao.core.panel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.gongbao.core.model.Claim;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Panel} as CSV or JSON Lines, and its conflicts as CSV.
 *
 * <pre>{@code
 * PanelWriter.writeCsv(panel, writer);         // header CSV_HEADER, one record per row
 * PanelWriter.writeConflictsCsv(panel, out);   // header CONFLICTS_HEADER, one record per row of a conflict
 * }</pre>
 *
 * <p>CSV as {@link io.github.gongbao.core.json.ClaimsCsvWriter} writes it (jackson-dataformat-csv, RFC 4180,
 * CRLF, empty fields for absent values). JSON Lines: one object per row with the CSV's columns as fields, absent
 * ones omitted, {@code year}, {@code firstMonth}, {@code lastMonth}, {@code occurrence}, {@code mentions},
 * {@code start} and {@code end} as numbers; each line ends with {@code \n}. The writer is flushed, never closed.
 * Stateless and thread safe (one {@code Writer} should not be shared by concurrent calls).
 */
public final class PanelWriter {
  /** The columns of a panel row, in CSV order. {@code key} is {@link PanelKey#toString()}. */
  public static final List<String> CSV_HEADER = List.of("key", "regionCode", "regionName", "indicatorId",
      "englishName", "breakdown", "subject", "periodLabel", "year", "firstMonth", "lastMonth", "attr", "value", "unit",
      "status", "bound", "basis", "scope", "reference", "source", "occurrence", "mentions", "quote", "start",
      "end");

  /** The columns of the conflicts listing: one record per row of a conflict, numbered from 1 by conflict. */
  public static final List<String> CONFLICTS_HEADER = List.of("conflict", "key", "value", "source",
      "occurrence", "subject", "quote");

  private static final CsvMapper CSV = CsvMapper.builder()
      .disable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();
  private static final JsonFactory LINES = new JsonFactoryBuilder()
      .rootValueSeparator((String) null)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .build();

  private PanelWriter() {}

  /**
   * Writes the header row and one record per row.
   *
   * @param panel the panel
   * @param out where to write; flushed, not closed
   * @throws IOException if the writer fails
   */
  public static void writeCsv(Panel panel, Writer out) throws IOException {
    List<List<String>> records = new ArrayList<>();
    for (PanelRow r : panel.rows()) {
      records.add(fields(r));
    }
    writeCsv(CSV_HEADER, records, out);
  }

  /**
   * Writes one JSON object per row, each on its own line.
   *
   * @param panel the panel
   * @param out where to write; flushed, not closed
   * @throws IOException if the writer fails
   */
  public static void writeJsonLines(Panel panel, Writer out) throws IOException {
    try (JsonGenerator g = LINES.createGenerator(out)) {
      for (PanelRow r : panel.rows()) {
        List<String> f = fields(r);
        g.writeStartObject();
        for (int i = 0; i < CSV_HEADER.size(); i++) {
          String name = CSV_HEADER.get(i);
          String v = f.get(i);
          if (v.isEmpty() && !name.equals("key")) {
            continue;
          }
          if (NUMBERS.contains(name)) {
            g.writeNumberField(name, Integer.parseInt(v));
          } else {
            g.writeStringField(name, v);
          }
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
    out.flush();
  }

  private static final List<String> NUMBERS = List.of("year", "firstMonth", "lastMonth", "occurrence",
      "mentions", "start", "end");

  /**
   * Writes the conflicts listing: the header row, then for each conflict (numbered from 1) one record per row.
   *
   * @param panel the panel
   * @param out where to write; flushed, not closed
   * @throws IOException if the writer fails
   */
  public static void writeConflictsCsv(Panel panel, Writer out) throws IOException {
    List<List<String>> records = new ArrayList<>();
    int n = 0;
    for (Conflict c : panel.conflicts()) {
      n++;
      for (PanelRow r : c.rows()) {
        records.add(List.of(String.valueOf(n), c.key().toString(), r.value(), r.source().orElse(""),
            String.valueOf(r.occurrence()), r.claim().subject(), r.claim().quote().orElse("")));
      }
    }
    writeCsv(CONFLICTS_HEADER, records, out);
  }

  /** @return the fields of one row in the order of {@link #CSV_HEADER} */
  public static List<String> fields(PanelRow r) {
    Claim c = r.claim();
    return List.of(r.key().toString(), s(c.regionCode()), s(c.regionName()), s(c.indicatorId()),
        s(r.englishName()), s(c.breakdown()), c.subject(), s(c.periodLabel()), n(c.year()), n(c.firstMonth()), n(c.lastMonth()),
        c.attr().code(), c.value(), s(c.unit()), r.key().status(), r.key().bound(), s(c.basis()), s(c.scope()),
        s(c.reference().or(c::benchmark)), s(c.source()), String.valueOf(r.occurrence()),
        String.valueOf(r.mentions()), s(c.quote()), String.valueOf(c.start()), String.valueOf(c.end()));
  }

  private static String s(Optional<String> v) {
    return v.orElse("");
  }

  private static String n(Optional<Integer> v) {
    return v.map(String::valueOf).orElse("");
  }

  private static void writeCsv(List<String> header, List<List<String>> records, Writer out) throws IOException {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String column : header) {
      b.addColumn(column);
    }
    CsvSchema schema = b.build().withoutHeader().withLineSeparator("\r\n").withNullValue("");
    try (SequenceWriter w = CSV.writer(schema).writeValues(out)) {
      w.write(header.toArray(new String[0]));
      for (List<String> r : records) {
        w.write(r.toArray(new String[0]));
      }
    }
    out.flush();
  }
}
