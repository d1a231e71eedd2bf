package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gongbao.core.panel.PanelWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelCommandTest {
  @TempDir Path dir;
  private Path reports;

  /** Two reports on the same place and half-year that disagree on one figure; a third in GB18030 in a subfolder. */
  @BeforeEach
  void writeReports() throws IOException {
    reports = dir.resolve("reports");
    Files.createDirectories(reports.resolve("more"));
    write("a.txt", "焦作市2024年上半年经济运行情况\n上半年，全市一般公共预算收入52.3亿元，同比增长6.1%。"
        + "规模以上工业增加值同比增长7.2%。", StandardCharsets.UTF_8);
    write("b.txt", "焦作市2024年上半年财政收支情况\n上半年，全市一般公共预算收入52.4亿元，同比增长6.1%。",
        StandardCharsets.UTF_8);
    write("more/c.txt", "焦作市2024年上半年经济运行简况\n上半年，全市规模以上工业增加值同比增长7.2%。",
        Charset.forName("GB18030"));
  }

  private void write(String name, String text, Charset cs) throws IOException {
    Files.write(reports.resolve(name), text.getBytes(cs));
  }

  @Test
  void panelOfAFolderIsCsvWithUniqueKeysPerSourceAndNamesTheConflict() throws IOException {
    Path conflicts = dir.resolve("conflicts.csv");
    Cli.Result r = Cli.run("panel", reports.toString(), "--conflicts", conflicts.toString());
    assertEquals(0, r.code(), r.toString());
    List<List<String>> rows = ExtractCommandTest.csv(r.out());
    assertEquals(PanelWriter.CSV_HEADER, rows.get(0));
    int key = rows.get(0).indexOf("key");
    int source = rows.get(0).indexOf("source");
    int occurrence = rows.get(0).indexOf("occurrence");
    int value = rows.get(0).indexOf("value");
    Set<List<String>> seen = new HashSet<>();
    Set<String> sources = new HashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertTrue(seen.add(List.of(row.get(key), row.get(source), row.get(occurrence))), "repeated " + row);
      sources.add(Path.of(row.get(source)).getFileName().toString());
    }
    assertEquals(Set.of("a.txt", "b.txt", "c.txt"), sources, "the GB18030 file in the subfolder is read too");
    // the two revenue figures share a key and both rows stay
    List<List<String>> revenue = rows.stream().filter(x -> x.get(value).equals("5230000000")
        || x.get(value).equals("5240000000")).toList();
    assertEquals(2, revenue.size(), rows.toString());
    assertEquals(revenue.get(0).get(key), revenue.get(1).get(key));
    // the listing names them, and only them: the equal growth rates from a and b are no conflict
    List<List<String>> listing = ExtractCommandTest.csv(Files.readString(conflicts));
    assertEquals(PanelWriter.CONFLICTS_HEADER, listing.get(0));
    assertEquals(3, listing.size(), listing.toString());
    assertEquals(Set.of("5230000000", "5240000000"), Set.of(listing.get(1).get(2), listing.get(2).get(2)));
    assertTrue(r.err().contains("1 conflicts (1 across reports, 0 within one report)"), r.err());
  }

  @Test
  void conflictsToStandardOutputAndThePanelAsJsonLinesToAFile() throws IOException {
    Path out = dir.resolve("panel.jsonl");
    Cli.Result r = Cli.run("panel", reports.toString(), "--format", "jsonl", "-o", out.toString(),
        "--conflicts", "-");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith(String.join(",", PanelWriter.CONFLICTS_HEADER)), r.out());
    List<JsonNode> lines = ExtractCommandTest.lines(Files.readString(out));
    assertTrue(lines.size() >= 5, lines.toString());
    assertTrue(lines.stream().allMatch(n -> n.has("key") && n.has("value") && n.has("source")));
  }

  @Test
  void claimsFormatWritesTheClaimBehindEachRow() throws IOException {
    Cli.Result csv = Cli.run("panel", reports.toString());
    Cli.Result claims = Cli.run("panel", reports.toString(), "-f", "claims");
    assertEquals(0, claims.code(), claims.toString());
    List<JsonNode> lines = ExtractCommandTest.lines(claims.out());
    assertEquals(ExtractCommandTest.csv(csv.out()).size() - 1, lines.size());
    assertTrue(lines.stream().allMatch(n -> n.has("subject") && n.has("attr") && n.has("source")));
  }

  @Test
  void aMissingFileIsNamedAndTheOthersAreStillRead() {
    Cli.Result r = Cli.run("panel", reports.resolve("a.txt").toString(), dir.resolve("nope.txt").toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("gongbao: panel: " + dir.resolve("nope.txt")), r.err());
    assertTrue(r.out().contains("5230000000"), r.out());
  }

  @Test
  void usageErrors() {
    assertEquals(2, Cli.run("panel", "--format", "xml", reports.toString()).code());
    assertEquals(2, Cli.run("panel", "--id-field", "id", reports.toString()).code());
    assertEquals(2, Cli.run("panel", "--encoding", "no-such-charset", reports.toString()).code());
    assertEquals(2, Cli.run(new byte[0], true, "panel").code(), "no input on a terminal");
  }

  @Test
  void jsonLinesInputWithIdsAsSources() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus, "{\"id\":\"r1\",\"body\":\"焦作市2024年上半年\\n上半年，全市一般公共预算收入52.3亿元。\"}\n"
        + "{\"id\":\"r2\",\"body\":\"焦作市2024年上半年\\n上半年，全市一般公共预算收入52.3亿元。\"}\n");
    Cli.Result r = Cli.run("panel", "--jsonl", "--text-field", "body", "--id-field", "id", corpus.toString());
    assertEquals(0, r.code(), r.toString());
    List<List<String>> rows = ExtractCommandTest.csv(r.out());
    int source = rows.get(0).indexOf("source");
    assertEquals(List.of("r1", "r2"), rows.subList(1, rows.size()).stream().map(x -> x.get(source)).toList());
    assertTrue(r.err().contains("0 conflicts"), r.err());
  }

  @Test
  void coverageCountsClaimsAndReports() {
    Cli.Result r = Cli.run("coverage", reports.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("3 reports, "), r.out());
    assertTrue(r.out().contains("claims with an indicator id"), r.out());
    assertTrue(r.out().contains("reports naming a place, with a place code"), r.out());
  }
}
