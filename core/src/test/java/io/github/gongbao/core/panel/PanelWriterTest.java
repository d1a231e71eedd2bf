package io.github.gongbao.core.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelWriterTest {
  private final Panel panel = Panel.of(List.of(PanelTest.revenue("a.txt", "5230000000", 0),
      PanelTest.revenue("b,\"2\".txt", "5240000000", 0), PanelTest.projects("a.txt", "45", 3)));

  static List<List<String>> csv(String text) throws IOException {
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(text)) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    }
    return rows;
  }

  @Test
  void csvHasTheHeaderAndOneRecordPerRowThatReadsBack() throws IOException {
    StringWriter w = new StringWriter();
    PanelWriter.writeCsv(panel, w);
    List<List<String>> rows = csv(w.toString());
    assertEquals(PanelWriter.CSV_HEADER, rows.get(0));
    assertEquals(panel.rows().size() + 1, rows.size());
    for (int i = 0; i < panel.rows().size(); i++) {
      assertEquals(PanelWriter.fields(panel.rows().get(i)), rows.get(i + 1));
    }
    int source = PanelWriter.CSV_HEADER.indexOf("source");
    assertTrue(rows.stream().anyMatch(r -> r.get(source).equals("b,\"2\".txt")));
    assertTrue(w.toString().endsWith("\r\n"));
  }

  @Test
  void jsonLinesHaveTheSameColumnsWithoutEmptyOnes() throws IOException {
    StringWriter w = new StringWriter();
    PanelWriter.writeJsonLines(panel, w);
    String[] lines = w.toString().split("\n");
    assertEquals(panel.rows().size(), lines.length);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.length; i++) {
      JsonNode n = json.readTree(lines[i]);
      PanelRow r = panel.rows().get(i);
      assertEquals(r.key().toString(), n.get("key").asText());
      assertEquals(r.value(), n.get("value").asText());
      assertEquals(r.occurrence(), n.get("occurrence").asInt());
      assertTrue(n.get("start").isInt());
      if (r.regionCode().isEmpty()) {
        assertFalse(n.has("regionCode"));
      }
    }
  }

  @Test
  void conflictsListingNamesEveryRowOfEveryConflict() throws IOException {
    StringWriter w = new StringWriter();
    PanelWriter.writeConflictsCsv(panel, w);
    List<List<String>> rows = csv(w.toString());
    assertEquals(PanelWriter.CONFLICTS_HEADER, rows.get(0));
    assertEquals(3, rows.size());
    assertEquals(List.of("1", "1"), List.of(rows.get(1).get(0), rows.get(2).get(0)));
    assertEquals(List.of("5230000000", "5240000000"), List.of(rows.get(1).get(2), rows.get(2).get(2)));
    assertEquals(List.of("a.txt", "b,\"2\".txt"), List.of(rows.get(1).get(3), rows.get(2).get(3)));
  }
}
