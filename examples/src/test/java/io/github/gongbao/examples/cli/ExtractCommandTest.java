package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.json.GongbaoJson;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p;
  }

  private Path simplified() throws IOException {
    return write("simplified.txt", Fixtures.SIMPLIFIED, StandardCharsets.UTF_8);
  }

  /** @return the CSV records of {@code out}, read with jackson-dataformat-csv */
  static List<List<String>> csv(String out) throws IOException {
    com.fasterxml.jackson.dataformat.csv.CsvMapper m = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    m.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (com.fasterxml.jackson.databind.MappingIterator<String[]> it = m.readerFor(String[].class).readValues(out)) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    }
    return rows;
  }

  static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  /** @return each claim as "subjectSimplified attr value unit start end" */
  static List<String> keys(List<JsonNode> claims) {
    return claims.stream().map(c -> c.get("subjectSimplified").asText() + " " + c.get("attr").asText() + " "
        + c.get("value").asText() + " " + c.path("unit").asText("-") + " " + c.get("start").asInt() + " "
        + c.get("end").asInt()).collect(Collectors.toList());
  }

  static void assertExpectedClaims(List<JsonNode> claims) {
    for (String[] e : Fixtures.EXPECTED) {
      boolean found = claims.stream().anyMatch(c -> c.get("subjectSimplified").asText().equals(e[0])
          && c.get("attr").asText().equals(e[1]) && c.get("value").asText().equals(e[2])
          && (e[3] == null ? !c.has("unit") : c.path("unit").asText().equals(e[3])));
      assertTrue(found, "no claim " + String.join(" ", e[0], e[1], e[2]) + " in " + keys(claims));
    }
  }

  @Test
  void claimsFormatPrintsOnlyJsonLinesWithSubjectAttrValue() throws IOException {
    Cli.Result r = Cli.run("extract", "--format", "claims", simplified().toString());
    assertEquals(0, r.code(), r::toString);
    List<JsonNode> claims = lines(r.out());
    assertEquals(Fixtures.EXPECTED.length, claims.size(), r::toString);
    for (JsonNode c : claims) {
      assertTrue(c.has("subject") && c.has("attr") && c.has("value") && c.has("start") && c.has("end"), c::toString);
      assertFalse(c.has("file"), "no file field: " + c);
      assertEquals(simplified().toString(), c.get("source").asText(), "the file is the claim's source");
    }
    assertExpectedClaims(claims);
    assertEquals("", r.err());
  }

  @Test
  void claimsFormatIsExactlyWhatClaimsWriterWrites() throws IOException {
    Cli.Result r = Cli.run("extract", "-f", "claims", simplified().toString());
    Report report = io.github.gongbao.core.extract.ReportParser.create().parse(Fixtures.SIMPLIFIED);
    java.io.StringWriter expected = new java.io.StringWriter();
    ClaimsWriter.writeJsonLines(ReportWriter.claims(simplified().toString(), report), expected);
    assertEquals(expected.toString(), r.out());
    Cli.Result stdin = Cli.run(Fixtures.SIMPLIFIED.getBytes(StandardCharsets.UTF_8), false, "extract", "-f", "claims");
    java.io.StringWriter noSource = new java.io.StringWriter();
    ClaimsWriter.writeJsonLines(report.claims(), noSource);
    assertEquals(noSource.toString(), stdin.out(), "standard input: claims without a source");
  }

  @Test
  void severalFilesGiveTheSameFieldsWithEachFileAsTheSource() throws IOException {
    Path a = simplified();
    Path b = write("traditional.txt", Fixtures.TRADITIONAL, StandardCharsets.UTF_8);
    Cli.Result one = Cli.run("extract", "--format", "claims", a.toString());
    Cli.Result r = Cli.run("extract", "--format", "claims", a.toString(), b.toString());
    assertEquals(0, r.code(), r::toString);
    List<JsonNode> claims = lines(r.out());
    assertEquals(2 * Fixtures.EXPECTED.length, claims.size(), r::toString);
    assertEquals(Fixtures.EXPECTED.length, claims.stream().filter(c -> c.get("source").asText().equals(a.toString())).count());
    assertEquals(Fixtures.EXPECTED.length, claims.stream().filter(c -> c.get("source").asText().equals(b.toString())).count());
    assertTrue(r.out().startsWith(one.out()), "the first file's lines are exactly those of a run on it alone");
  }

  @Test
  void gb18030AndBig5FilesGiveTheSameClaimsAsUtf8() throws IOException {
    Path sUtf8 = write("s-utf8.txt", Fixtures.SIMPLIFIED, StandardCharsets.UTF_8);
    Path sGb = write("s-gb18030.txt", Fixtures.SIMPLIFIED, Charset.forName("GB18030"));
    Path tUtf8 = write("t-utf8.txt", Fixtures.TRADITIONAL, StandardCharsets.UTF_8);
    Path tBig5 = write("t-big5.txt", Fixtures.TRADITIONAL, Charset.forName("Big5"));
    assertFalse(Files.readString(sGb, StandardCharsets.ISO_8859_1)
        .equals(Files.readString(sUtf8, StandardCharsets.ISO_8859_1)), "the bytes differ");

    List<String> simplified = keys(lines(Cli.run("extract", "-f", "claims", sUtf8.toString()).out()));
    List<String> traditional = keys(lines(Cli.run("extract", "-f", "claims", tUtf8.toString()).out()));
    assertEquals(Fixtures.EXPECTED.length, simplified.size());
    assertEquals(simplified, traditional, "the two scripts give the same claims");

    for (String encoding : List.of("auto", "GB18030")) {
      Cli.Result r = Cli.run("extract", "-f", "claims", "--encoding", encoding, sGb.toString());
      assertEquals(0, r.code(), r::toString);
      assertEquals(simplified, keys(lines(r.out())), "GB18030 with --encoding " + encoding);
    }
    for (String encoding : List.of("auto", "Big5", "big5")) {
      Cli.Result r = Cli.run("extract", "-f", "claims", "--encoding", encoding, tBig5.toString());
      assertEquals(0, r.code(), r::toString);
      assertEquals(traditional, keys(lines(r.out())), "Big5 with --encoding " + encoding);
      assertTrue(r.out().contains("\"subject\":\"一般公共預算收入\""), "subject as written, Traditional");
    }
  }

  @Test
  void aMissingFileAmongGoodOnesExitsOneAndTheGoodOutputIsStillPrinted() throws IOException {
    Path good = simplified();
    Path missing = dir.resolve("no-such-report.txt");
    Path good2 = write("second.txt", Fixtures.TRADITIONAL, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("extract", "-f", "claims", good.toString(), missing.toString(), good2.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals(2 * Fixtures.EXPECTED.length, lines(r.out()).size(), r::toString);
    assertTrue(r.err().contains(missing.toString()), r::toString);
    assertTrue(r.err().contains("no such file"), r::toString);
    assertFalse(r.err().contains("\tat "), "no stack trace");
    assertEquals(1, r.err().lines().count(), r::toString);
  }

  @Test
  void undecodableBytesNameTheFileAndTheByteOffset() throws IOException {
    byte[] head = "全市收入".getBytes(StandardCharsets.UTF_8);   // 12 bytes
    byte[] tail = "增长4.5%".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, bytes);
    Path good = simplified();
    for (String encoding : List.of("UTF-8", "auto")) {
      Cli.Result r = Cli.run("extract", "-f", "claims", "-e", encoding, bad.toString(), good.toString());
      assertEquals(1, r.code(), r::toString);
      assertTrue(r.err().contains(bad.toString()), r::toString);
      assertTrue(r.err().contains("byte offset 12"), r::toString);
      assertFalse(r.err().contains("Exception"), r::toString);
      assertEquals(Fixtures.EXPECTED.length, lines(r.out()).size(), "the good file is still read: " + r);
    }
  }

  @Test
  void csvFormatHasClaimsWritersColumnsForOneFileOrMany() throws IOException {
    Path a = simplified();
    Cli.Result one = Cli.run("extract", "--format", "csv", a.toString());
    assertEquals(0, one.code(), one::toString);
    List<List<String>> rows = csv(one.out());
    assertEquals(ClaimsWriter.CSV_HEADER, rows.get(0));
    assertEquals(1 + Fixtures.EXPECTED.length, rows.size());
    int source = ClaimsWriter.CSV_HEADER.indexOf("source");
    assertTrue(rows.stream().anyMatch(row -> row.subList(0, 5).equals(
        List.of("一般公共预算收入", "一般公共预算收入", "amount", "7990000000", "CNY"))
        && row.subList(9, 12).equals(List.of("0", "16", "false")) && row.get(source).equals(a.toString())),
        one::toString);
    java.io.StringWriter expected = new java.io.StringWriter();
    ClaimsWriter.writeCsv(ReportWriter.claims(a.toString(),
        io.github.gongbao.core.extract.ReportParser.create().parse(Fixtures.SIMPLIFIED)), expected);
    assertEquals(expected.toString(), one.out(), "exactly what ClaimsWriter writes");
    assertTrue(one.out().contains("\r\n"), "RFC 4180 line ends");

    Path b = write("b,with comma.txt", Fixtures.SIMPLIFIED, StandardCharsets.UTF_8);
    Cli.Result two = Cli.run("extract", "--format", "csv", a.toString(), b.toString());
    List<List<String>> rows2 = csv(two.out());
    assertEquals(rows.get(0), rows2.get(0), "the same header for several files");
    assertEquals(1 + 2 * Fixtures.EXPECTED.length, rows2.size(), "one header for all files");
    assertEquals(rows.subList(1, rows.size()), rows2.subList(1, rows.size()), "the first file's rows as alone");
    assertEquals(b.toString(), rows2.get(rows2.size() - 1).get(source));

    Cli.Result none = Cli.run(new byte[0], false, "extract", "--format", "csv");
    assertEquals(String.join(",", ClaimsWriter.CSV_HEADER) + "\r\n", none.out(), "no claims: the header alone");
  }

  @Test
  void jsonFormatIsOneLinePerInputWithTheSourceAndTheReport() throws IOException {
    Cli.Result r = Cli.run("extract", "--format", "json", simplified().toString());
    assertEquals(0, r.code(), r::toString);
    List<JsonNode> one = lines(r.out());
    assertEquals(1, one.size(), r::toString);
    assertEquals(simplified().toString(), one.get(0).get("source").asText());
    Report report = GongbaoJson.mapper().treeToValue(one.get(0).get("report"), Report.class);
    assertEquals(io.github.gongbao.core.extract.ReportParser.create().parse(Fixtures.SIMPLIFIED), report);

    Path b = write("b.txt", Fixtures.TRADITIONAL, StandardCharsets.UTF_8);
    Cli.Result two = Cli.run("extract", "--format", "json", simplified().toString(), b.toString());
    List<JsonNode> both = lines(two.out());
    assertEquals(2, both.size(), two::toString);
    assertEquals(one.get(0), both.get(0), "the same shape for one input or many");
    assertEquals(b.toString(), both.get(1).get("source").asText());
    assertEquals("traditional", both.get(1).get("report").get("script").asText());
    assertTrue(both.get(1).get("report").get("facts").size() > 0);

    Cli.Result stdin = Cli.run(Fixtures.SIMPLIFIED.getBytes(StandardCharsets.UTF_8), false, "extract", "-f", "json");
    JsonNode s = lines(stdin.out()).get(0);
    assertFalse(s.has("source"), "standard input has no source");
    assertEquals(one.get(0).get("report"), s.get("report"));
  }

  @Test
  void tableFormatIsTheDefaultWithAlignedColumns() throws IOException {
    Cli.Result r = Cli.run("extract", simplified().toString());
    assertEquals(0, r.code(), r::toString);
    List<String> rows = r.out().lines().collect(Collectors.toList());
    assertTrue(rows.get(0).startsWith("subject"), rows.get(0));
    assertTrue(rows.get(1).startsWith("---"), rows.get(1));
    String income = rows.stream().filter(l -> l.contains("7990000000")).findFirst().orElseThrow();
    assertTrue(income.startsWith("一般公共预算收入"), income);
    // the value column starts at the same display column in every row
    int col = TableReportWriter.width(rows.get(0).substring(0, rows.get(0).indexOf("value")));
    for (String row : rows.subList(2, rows.size() - 1)) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\S+ {2,}\\S+ {2,}").matcher(row);
      assertTrue(m.find(), row);
      assertEquals(col, TableReportWriter.width(row.substring(0, m.end())), "value column of: " + row);
    }
    assertEquals("(" + Fixtures.EXPECTED.length + " claims)", rows.get(rows.size() - 1));
  }

  @Test
  void tableWithSeveralFilesHasAFileColumnAndAProgressLineOnATerminal() throws IOException {
    Path a = simplified();
    Path b = write("b.txt", Fixtures.TRADITIONAL, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(new byte[0], true, "extract", a.toString(), b.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("file"), r::toString);
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith(b.toString())), r::toString);
    assertTrue(r.err().contains("inputs") && r.err().contains("MB/s"), "progress: " + r.err());
    assertTrue(r.err().endsWith("\r\u001B[K"), "the progress line is erased at the end: " + r.err());

    Cli.Result quiet = Cli.run(new byte[0], false, "extract", a.toString(), b.toString());
    assertEquals("", quiet.err(), "no progress line without a terminal");
  }

  @Test
  void noInputReadsStdinWithoutATerminal() {
    Cli.Result r = Cli.run(Fixtures.SIMPLIFIED.getBytes(StandardCharsets.UTF_8), false, "extract", "-f", "claims");
    assertEquals(0, r.code(), r::toString);
    assertEquals(Fixtures.EXPECTED.length, r.out().lines().count());
    Cli.Result dash = Cli.run(Fixtures.SIMPLIFIED.getBytes(Charset.forName("GB18030")), false,
        "extract", "-f", "claims", "-");
    assertEquals(r.out(), dash.out(), "- reads stdin too, with detection");
  }

  @Test
  void noInputOnATerminalRunsTheBundledSampleAndSaysSo() throws IOException {
    Cli.Result r = Cli.run(new byte[0], true, "extract", "-f", "claims");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains("sample"), r::toString);
    List<JsonNode> claims = lines(r.out());
    assertTrue(claims.size() >= 40, "the sample is rich: " + claims.size());
    assertTrue(keys(claims).stream().anyMatch(k -> k.startsWith("一般公共预算收入 amount 7990000000 CNY")), r::toString);
  }

  @Test
  void theSampleGivesTheSameClaimsInBothScripts() throws IOException {
    Cli.Result s = Cli.run("extract", "-f", "claims", "--sample");
    Cli.Result t = Cli.run("extract", "-f", "claims", "--sample=traditional");
    assertEquals(0, s.code(), s::toString);
    assertEquals(keys(lines(s.out())), keys(lines(t.out())));
    assertTrue(t.out().contains("億") || t.out().contains("預算"), "Traditional subjects as written");
    String simplifiedText = SampleReport.SIMPLIFIED.text();
    String traditionalText = SampleReport.TRADITIONAL.text();
    assertEquals(simplifiedText.length(), traditionalText.length());
    assertFalse(simplifiedText.equals(traditionalText));
  }

  @Test
  void derivedAddsComputedClaimsMarkedDerived() throws IOException {
    Path a = simplified();
    List<JsonNode> plain = lines(Cli.run("extract", "-f", "claims", a.toString()).out());
    List<JsonNode> derived = lines(Cli.run("extract", "-f", "claims", "--derived", a.toString()).out());
    assertTrue(plain.stream().noneMatch(c -> c.has("derived")));
    JsonNode d = derived.stream().filter(c -> c.path("derived").asBoolean()).findFirst().orElseThrow();
    assertEquals("工业投资", d.get("subjectSimplified").asText());
    assertEquals("yoy_pct", d.get("attr").asText());
    assertEquals("13.2", d.get("value").asText());
    Cli.Result table = Cli.run("extract", "--derived", a.toString());
    assertTrue(table.out().contains("yoy_pct*"), table::toString);
  }

  @Test
  void outWritesOneFilePerInput() throws IOException {
    Path a = simplified();
    Path b = write("b.txt", Fixtures.TRADITIONAL, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("extract", "-f", "claims", "--out", out.toString(), a.toString(), b.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of("b.jsonl", "simplified.jsonl"),
          files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
    List<JsonNode> claims = lines(Files.readString(out.resolve("b.jsonl")));
    assertEquals(Fixtures.EXPECTED.length, claims.size());
    assertFalse(claims.get(0).has("file"), "no file field");
    assertEquals(b.toString(), claims.get(0).get("source").asText());

    Cli.Result csv = Cli.run("extract", "-f", "csv", "-o", out.toString(), a.toString());
    assertEquals(0, csv.code(), csv::toString);
    assertTrue(Files.readString(out.resolve("simplified.csv")).startsWith("subject,"));
  }

  @Test
  void usageErrorsExitTwoWithoutAStackTrace() throws IOException {
    String f = simplified().toString();
    for (String[] args : List.of(new String[] {"extract", "--format", "xml", f},
        new String[] {"extract", "--encoding", "no-such-charset", f},
        new String[] {"extract", "--no-such-option", f},
        new String[] {"extract", "--sample", "--", f},
        new String[] {"no-such-command"},
        new String[] {})) {
      Cli.Result r = Cli.run(args);
      assertEquals(2, r.code(), () -> String.join(" ", args) + "\n" + r);
      assertEquals("", r.out(), r::toString);
      assertFalse(r.err().contains("\tat "), r::toString);
      assertTrue(r.err().startsWith("gongbao: "), r::toString);
    }
  }

  @Test
  void helpAndVersionExitZero() {
    Cli.Result help = Cli.run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("extract") && help.out().contains("numeral") && help.out().contains("convert"));
    Cli.Result version = Cli.run("--version");
    assertEquals(0, version.code());
    assertEquals("gongbao 0.1.0", version.out().strip());
    Cli.Result extractHelp = Cli.run("extract", "--help");
    assertEquals(0, extractHelp.code());
    assertTrue(extractHelp.out().contains("--format"));
    assertEquals(0, Cli.run("help", "convert").code());
  }

  @Test
  void aPlainPicocliCommandLineWorksToo() throws IOException {
    Cli.Result r = Cli.runPlain("extract", "--format", "CLAIMS", simplified().toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(Fixtures.EXPECTED.length, lines(r.out()).size());
    assertEquals(2, Cli.runPlain("extract", "--format", "xml").code());
    Cli.Result missing = Cli.runPlain("extract", dir.resolve("missing.txt").toString());
    assertEquals(1, missing.code());
    assertFalse(missing.err().contains("\tat "), missing::toString);
  }
}
