package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.SkippedFigure;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each trap check of the figures room, by name: the number it passes over and the reason a user sees. */
class SkippedFiguresTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<String> skipped(String text) {
    Report r = PARSER.parse(text);
    return r.skipped().stream().map(SkippedFiguresTest::row).collect(Collectors.toList());
  }

  private static String row(SkippedFigure s) {
    return s.span().text() + "|" + s.reason().code();
  }

  @Test
  void plusJoinedCode() {
    assertEquals(List.of("3|plus_joined_code", "13|plus_joined_code"), skipped("全市推进“3+13+N”产业链群建设。"));
  }

  @Test
  void perMille() {
    assertEquals(List.of("8.5‰|per_mille"), skipped("全年出生率8.5‰。"));
  }

  @Test
  void contribution() {
    assertEquals(List.of("2.1个百分点|contribution"), skipped("工业增加值增长8.4%，拉动经济增长2.1个百分点。")
        .stream().filter(s -> s.endsWith("contribution")).collect(Collectors.toList()));
  }

  @Test
  void dateAndDocumentNumber() {
    assertEquals(List.of("2024|document_number", "5|document_number", "10|date", "23|date"),
        skipped("依据国发〔2024〕5号，10月23日发布。"));
  }

  @Test
  void durationOfACount() {
    assertEquals(List.of("1.5个|duration"), skipped("审批时限压缩至1.5个工作日。"));
  }

  @Test
  void sloganInQuotes() {
    assertEquals(List.of("三个|slogan"), skipped("努力实现“三个走在前列”。"));
  }

  @Test
  void thresholdSizingANoun() {
    assertEquals(List.of("5000万元|threshold"), skipped("5000万元以上项目完成投资较快。"));
  }

  @Test
  void aRepeatOfAClaimAlreadyMade() {
    String article = "上半年，全市工业投资增长8.0%。\n";
    assertEquals(List.of("8.0%|repeat"), skipped(article + article));
  }

  @Test
  void aNumberInsideAClaimIsPartOfItNotSkipped() {
    assertEquals(List.of(), skipped("工业投资增速居全省第5位。"));
  }
}
