package io.github.gongbao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.extract.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleProgramsTest {
  @TempDir Path dir;

  private static String capture(Consumer<PrintStream> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseReportPrintsEachFactWithItsFigures() {
    String out = capture(o -> ParseReport.print(ReportParser.create().parse(ParseReport.TEXT), o));
    assertTrue(out.startsWith("3 facts"), out);
    assertTrue(out.contains("FiscalLine 一般公共预算收入"), out);
    assertTrue(out.contains("amount      79.9亿元 = 7990000000 CNY"), out);
    assertTrue(out.contains("growth      4.5% year_on_year"), out);
    assertTrue(out.contains("comparison  1.2 points"), out);
    assertTrue(out.contains("rank        2 in 全省"), out);
    assertTrue(out.contains("share       70.2%"), out);
    assertTrue(out.contains("3.2万人 = 32000 person"), out);
  }

  @Test
  void parseReportSaysInOneLineThatAFileIsMissing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String missing = dir.resolve("no-such-report.txt").toString();
    int code = ParseReport.run(new String[] {missing}, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, code);
    assertEquals("ParseReport: " + missing + ": no such file\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void convertQuantitiesConvertsExactlyAndRefusesAcrossDimensions() {
    String out = capture(ConvertQuantities::run);
    assertTrue(out.contains("一亿零五百万 = 105000000"), out);
    assertTrue(out.contains("1234.5 = 壹仟贰佰叁拾肆点伍"), out);
    assertTrue(out.contains("1.5万吨标准煤 = 15000 tce"), out);
    assertTrue(out.contains("= 32000000 kg"), out);
    assertTrue(out.contains("2828.08万千伏安 = 28280800 kVA"), out);
    assertTrue(out.contains("refused: ") && out.contains("different dimensions"), out);
  }

  @Test
  void serialiseReportRoundTrips() {
    String out = capture(o -> {
      try {
        SerialiseReport.run(o);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
    assertTrue(out.contains("\"type\" : \"indicator\""), out);
    assertTrue(out.contains("\"percent\" : \"7.2\""), out);
    assertTrue(out.strip().endsWith("read back equal: true"), out);
  }

  @Test
  void lookupIndicatorFindsAliasesTraditionalNamesAndSubjects() {
    String out = capture(o -> LookupIndicator.run(List.of("社零", "規上工業增加值", "1—6月全市社会消费品零售总额", "三十工程"), o));
    List<String> lines = out.lines().collect(Collectors.toList());
    assertTrue(lines.get(1).startsWith("社零 -> retail_sales | 社会消费品零售总额"), lines.get(1));
    assertTrue(lines.get(2).startsWith("規上工業增加值 -> industrial_value_added_above_size"), lines.get(2));
    assertTrue(lines.get(3).startsWith("1—6月全市社会消费品零售总额 -> retail_sales"), lines.get(3));
    assertEquals("三十工程 -> not an indicator of the catalogue", lines.get(4));
  }

  @Test
  void folderToCsvWritesOneCsvWithAFileColumnForAllEncodings() throws IOException {
    String s = "全市一般公共预算收入79.9亿元，同比增长4.5%，其中税收收入56.1亿元，占一般公共预算收入的比重为70.2%。";
    String t = "全市一般公共預算收入79.9億元，同比增長4.5%，其中稅收收入56.1億元，佔一般公共預算收入的比重為70.2%。";
    Files.write(dir.resolve("a-utf8.txt"), s.getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("b-gb.txt"), s.getBytes(Charset.forName("GB18030")));
    Files.write(dir.resolve("c-big5.txt"), t.getBytes(Charset.forName("Big5")));
    Files.writeString(dir.resolve("notes.md"), "not a report");
    StringWriter out = new StringWriter();
    assertEquals(0, FolderToCsv.write(dir, out));
    List<String> rows = out.toString().lines().collect(Collectors.toList());
    assertEquals(String.join(",", io.github.gongbao.core.json.ClaimsWriter.CSV_HEADER), rows.get(0));
    assertEquals(1 + 3 * 4, rows.size(), out::toString);
    for (String file : List.of("a-utf8.txt", "b-gb.txt", "c-big5.txt")) {
      assertTrue(rows.stream().anyMatch(r -> r.contains("," + file + ",") && r.contains(",一般公共预算收入,amount,7990000000,CNY,")),
          file + " in " + out);
    }
  }
}
