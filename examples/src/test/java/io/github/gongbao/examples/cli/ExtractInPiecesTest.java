package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --format claims|csv} on a file above the size threshold reads it in pieces ({@link TextChunks}),
 * here with a threshold of a few hundred bytes instead of megabytes: for paragraphs that stand on their own the
 * output is exactly that of one parse (offsets shifted to the whole text, the place and year of the whole report),
 * and other formats still parse the file whole.
 */
class ExtractInPiecesTest {
  /** Pieces of at most 200 characters, cut at a newline after 60, for files above 256 bytes. */
  private static final TextChunks.Settings SMALL = new TextChunks.Settings(256, 60, 200);

  @TempDir Path dir;

  /**
   * Paragraphs that each state their period, region and an indicator of their own (so that no fact spans two
   * paragraphs), in the genre, after an opening that names the place and year; a supplementary-plane character in
   * some, Traditional script in one.
   */
  static String independentParagraphs() {
    String[] subjects = {"规模以上工业增加值", "一般公共预算收入", "社会消费品零售总额", "固定资产投资", "进出口总额",
        "城镇居民人均可支配收入", "金融机构本外币存款余额", "税收收入", "建筑业总产值", "农林牧渔业总产值",
        "民间投资", "旅游总收入"};
    StringBuilder b = new StringBuilder("焦作市2024年一季度经济运行情况\n");
    for (int i = 0; i < subjects.length; i++) {
      String s = subjects[i];
      String rate = (i + 1) + "." + (i % 10);
      if (i == 4) {
        b.append("一季度，全市進出口總額").append(100 + i).append(".5億元，同比增長").append(rate).append("%。\n");
        continue;
      }
      b.append("一季度，全市").append(s).append(i % 3 == 0 ? "（\uD840\uDC00镇除外）" : "")
          .append("同比增长").append(rate).append("%，增速居全省第").append(i + 1).append("位。\n");
    }
    return b.toString();
  }

  private static Cli.Result run(TextChunks.Settings settings, String... args) {
    GongbaoCli cli = new GongbaoCli(new ByteArrayInputStream(new byte[0]), false).withPieces(settings);
    return Cli.run(cli.commandLine(), args);
  }

  private Path write(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p;
  }

  @Test
  void claimsOfIndependentParagraphsAreThoseOfOneParse() throws IOException {
    String text = independentParagraphs();
    Path p = write("report.txt", text, StandardCharsets.UTF_8);
    assertTrue(Files.size(p) > SMALL.thresholdBytes() * 4, "the file is read in several pieces");

    Cli.Result whole = Cli.run("extract", "--format", "claims", p.toString());
    Cli.Result pieces = run(SMALL, "extract", "--format", "claims", p.toString());
    assertEquals(0, whole.code(), whole::toString);
    assertEquals(0, pieces.code(), pieces::toString);
    assertEquals(whole.out(), pieces.out());

    List<JsonNode> claims = ExtractCommandTest.lines(pieces.out());
    assertEquals(24, claims.size(), pieces::toString);
    int last = claims.get(claims.size() - 1).get("start").asInt();
    assertTrue(last > SMALL.maxChars(), "offsets point past the first piece: shifted, not reset");
    for (JsonNode c : claims) {
      int start = c.get("start").asInt();
      int end = c.get("end").asInt();
      assertEquals(text.substring(start, end), c.get("quote").asText(), "offsets point into the whole text");
      assertEquals("410800", c.path("regionCode").asText(), () -> "the whole report's place: " + c);
      assertEquals("2024-Q1", c.path("periodLabel").asText(), () -> "the whole report's year: " + c);
    }
  }

  @Test
  void csvIsThatOfOneParseToo() throws IOException {
    Path p = write("report.txt", independentParagraphs(), StandardCharsets.UTF_8);
    Cli.Result whole = Cli.run("extract", "--format", "csv", p.toString());
    Cli.Result pieces = run(SMALL, "extract", "--format", "csv", p.toString());
    assertEquals(0, pieces.code(), pieces::toString);
    assertEquals(whole.out(), pieces.out());
  }

  @Test
  void aChineseEncodingIsDetectedForTheWholeFile() throws IOException {
    Path utf8 = write("utf8.txt", independentParagraphs(), StandardCharsets.UTF_8);
    Path gb = write("gb.txt", independentParagraphs(), Charset.forName("GB18030"));
    Cli.Result expected = Cli.run("extract", "--format", "claims", utf8.toString());
    Cli.Result pieces = run(SMALL, "extract", "--format", "claims", gb.toString());
    assertEquals(0, pieces.code(), pieces::toString);
    assertEquals(expected.out().replace(utf8.toString(), gb.toString()), pieces.out());
  }

  @Test
  void outDirGetsOneFileForAllPieces() throws IOException {
    Path p = write("report.txt", independentParagraphs(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli.Result r = run(SMALL, "extract", "--format", "claims", "--out", out.toString(), p.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(Cli.run("extract", "--format", "claims", p.toString()).out(),
        Files.readString(out.resolve("report.jsonl")));
    assertTrue(r.err().contains("report.jsonl (24 claims)"), r::toString);
    assertEquals(1, r.err().lines().count(), "one line for the file, not one per piece: " + r.err());
  }

  @Test
  void aFileThatDoesNotDecodeGivesNoClaimsAndItsByteOffset() throws IOException {
    byte[] good = independentParagraphs().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xFF;
    Path p = dir.resolve("bad.txt");
    Files.write(p, bytes);
    Cli.Result r = run(SMALL, "extract", "--format", "claims", "--encoding", "UTF-8", p.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals("gongbao: extract: " + p + ": not valid UTF-8 at byte offset " + good.length + "\n", r.err());
  }

  @Test
  void smallFilesAndOtherFormatsAreOneParse() throws IOException {
    Path p = write("report.txt", independentParagraphs(), StandardCharsets.UTF_8);
    // json is one line per input: read whole whatever the size
    Cli.Result json = run(SMALL, "extract", "--format", "json", p.toString());
    assertEquals(0, json.code(), json::toString);
    assertEquals(1, json.out().lines().count());
    assertEquals(Cli.run("extract", "--format", "json", p.toString()).out(), json.out());
    // below the threshold: one parse, whatever the format
    TextChunks.Settings high = new TextChunks.Settings(1 << 20, 60, 200);
    assertEquals(Cli.run("extract", "--format", "claims", p.toString()).out(),
        run(high, "extract", "--format", "claims", p.toString()).out());
  }
}
