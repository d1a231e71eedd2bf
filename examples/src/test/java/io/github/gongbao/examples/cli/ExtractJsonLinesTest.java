package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --jsonl}, folders, order on several threads, terminals, and charsets refused. */
class ExtractJsonLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String record(String id, String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc_id", id);
    n.put("body", text);
    n.put("other", "ignored");
    return n.toString();
  }

  /** Reports that differ in their figures, so that each record's claims can be told apart. */
  private static String report(int i) {
    return "上半年，全市一般公共预算收入" + (i + 1) + ".5亿元，同比增长" + (i % 9 + 1) + ".1%。";
  }

  private Path corpus(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(record("doc-" + i, report(i)));
    }
    Path p = dir.resolve("corpus.jsonl");
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonLinesRecordsAreParsedWithTheirIdAsSourceInInputOrder() throws IOException {
    int n = 60;
    Path corpus = corpus(n);
    Cli.Result r = Cli.run("extract", "--jsonl", "--text-field", "body", "--id-field", "doc_id",
        "--threads", "4", "-f", "claims", corpus.toString());
    assertEquals(0, r.code(), r::toString);
    List<JsonNode> claims = ExtractCommandTest.lines(r.out());
    assertEquals(2 * n, claims.size(), r::toString);
    for (int i = 0; i < n; i++) {
      JsonNode amount = claims.get(2 * i);
      JsonNode growth = claims.get(2 * i + 1);
      assertEquals("doc-" + i, amount.get("source").asText(), "input order: " + amount);
      assertEquals("doc-" + i, growth.get("source").asText());
      assertEquals((i + 1) + "50000000", amount.get("value").asText(), amount::toString);
      assertEquals((i % 9 + 1) + ".1", growth.get("value").asText(), growth::toString);
    }
    Cli.Result oneThread = Cli.run("extract", "--jsonl", "--text-field", "body", "--id-field", "doc_id",
        "--threads", "1", "-f", "claims", corpus.toString());
    assertEquals(r.out(), oneThread.out(), "the same output on one thread");
  }

  @Test
  void withoutAnIdFieldTheSourceIsFileAndLine() throws IOException {
    Path corpus = corpus(3);
    Cli.Result r = Cli.run("extract", "--jsonl", "--text-field", "body", "-f", "csv", corpus.toString());
    assertEquals(0, r.code(), r::toString);
    List<List<String>> rows = ExtractCommandTest.csv(r.out());
    assertEquals(1 + 6, rows.size(), r::toString);
    int source = io.github.gongbao.core.json.ClaimsWriter.CSV_HEADER.indexOf("source");
    assertEquals(corpus + ":1", rows.get(1).get(source));
    assertEquals(corpus + ":3", rows.get(6).get(source));
  }

  @Test
  void badRecordsAreOneLineEachAndTheOthersAreStillRead() throws IOException {
    Path corpus = dir.resolve("mixed.jsonl");
    Files.write(corpus, List.of(record("a", report(1)), "{not json", "", "{\"doc_id\":\"c\"}",
        "[1,2]", record("e", report(2))), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("extract", "--jsonl", "--text-field", "body", "--id-field", "doc_id", "-f", "claims",
        corpus.toString());
    assertEquals(1, r.code(), r::toString);
    List<JsonNode> claims = ExtractCommandTest.lines(r.out());
    assertEquals(List.of("a", "a", "e", "e"),
        claims.stream().map(c -> c.get("source").asText()).collect(Collectors.toList()), r::toString);
    List<String> errors = r.err().lines().collect(Collectors.toList());
    assertEquals(3, errors.size(), r::toString);
    assertTrue(errors.get(0).startsWith("gongbao: extract: " + corpus + ":2: not a JSON object"), errors.get(0));
    assertTrue(errors.get(1).contains(corpus + ":4: no text field \"body\""), errors.get(1));
    assertTrue(errors.get(2).contains(corpus + ":5: not a JSON object"), errors.get(2));
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void jsonLinesFromStandardInput() throws IOException {
    String lines = record("x", report(3)) + "\n" + record("y", report(4)) + "\n";
    Cli.Result r = Cli.run(lines.getBytes(StandardCharsets.UTF_8), false, "extract", "--jsonl",
        "--text-field", "body", "--id-field", "doc_id", "-f", "claims");
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("x", "x", "y", "y"), ExtractCommandTest.lines(r.out()).stream()
        .map(c -> c.get("source").asText()).collect(Collectors.toList()));
  }

  @Test
  void foldersAreReadRecursivelyInPathOrder() throws IOException {
    Path root = dir.resolve("reports");
    Files.createDirectories(root.resolve("b/deeper"));
    Files.createDirectories(root.resolve("a"));
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(root.resolve("a/one.txt"), report(1));
    files.put(root.resolve("b/deeper/three.txt"), report(3));
    files.put(root.resolve("b/two.txt"), report(2));
    for (Map.Entry<Path, String> e : files.entrySet()) {
      Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
    }
    Files.writeString(root.resolve("b/notes.md"), report(5), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("extract", "-f", "claims", root.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> sources = ExtractCommandTest.lines(r.out()).stream().map(c -> c.get("source").asText())
        .distinct().collect(Collectors.toList());
    assertEquals(List.of(root.resolve("a/one.txt").toString(), root.resolve("b/deeper/three.txt").toString(),
        root.resolve("b/two.txt").toString()), sources, "only *.txt, sorted by path");

    Path jsonlRoot = dir.resolve("corpora");
    Files.createDirectories(jsonlRoot.resolve("x"));
    Files.write(jsonlRoot.resolve("x/part-1.jsonl"), List.of(record("p1", report(1))), StandardCharsets.UTF_8);
    Files.write(jsonlRoot.resolve("part-0.jsonl"), List.of(record("p0", report(0))), StandardCharsets.UTF_8);
    Cli.Result j = Cli.run("extract", "--jsonl", "--text-field", "body", "--id-field", "doc_id", "-f", "claims",
        jsonlRoot.toString());
    assertEquals(List.of("p0", "p1"), ExtractCommandTest.lines(j.out()).stream().map(c -> c.get("source").asText())
        .distinct().collect(Collectors.toList()), j::toString);
  }

  @Test
  void aTerminalOnStdinWithStdoutPipedRunsTheSampleAndNeverReadsStdin() throws IOException {
    // gongbao extract | head: stdin is the terminal, stdout a pipe, stderr the terminal or not
    ByteArrayInputStream stdin = new ByteArrayInputStream("全市收入1亿元".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run(new GongbaoCli(stdin, true, false).commandLine(), "extract", "-f", "claims");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains("bundled sample"), r::toString);
    assertTrue(ExtractCommandTest.lines(r.out()).size() >= 40, r::toString);
    assertEquals("全市收入1亿元".getBytes(StandardCharsets.UTF_8).length, stdin.available(), "stdin untouched");

    Cli.Result piped = Cli.run(new GongbaoCli(new ByteArrayInputStream(
        "全市一般公共预算收入79.9亿元".getBytes(StandardCharsets.UTF_8)), false, true).commandLine(),
        "extract", "-f", "claims");
    assertEquals(1, ExtractCommandTest.lines(piped.out()).size(), "stdin not a terminal: read it " + piped);
  }

  @Test
  void textInNoChineseEncodingIsRefusedSayingWhatWasDetected() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Revenue was 79.9 café été\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result r = Cli.run("extract", "-f", "claims", latin1.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().contains("not valid UTF-8 at byte offset 20"), r::toString);
    assertTrue(r.err().contains("ISO-8859-1"), "names what was detected: " + r);
    assertTrue(r.err().contains("--encoding"), r::toString);

    Cli.Result forced = Cli.run("extract", "-f", "claims", "-e", "ISO-8859-1", latin1.toString());
    assertEquals(0, forced.code(), "read anyway when the charset is given: " + forced);

    Path gb = dir.resolve("gb.txt");
    Files.write(gb, report(7).getBytes(java.nio.charset.Charset.forName("GB18030")));
    Cli.Result chinese = Cli.run("extract", "-f", "claims", gb.toString());
    assertEquals(0, chinese.code(), chinese::toString);
    assertEquals(2, ExtractCommandTest.lines(chinese.out()).size(), chinese::toString);
  }

  @Test
  void textAndIdFieldsNeedJsonLines() {
    Cli.Result r = Cli.run("extract", "--id-field", "x", "a.txt");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--jsonl"), r::toString);
  }
}
