package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.core.json.GongbaoJson;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What kind of figure a claim is (status, bound, basis, reference) and the keys that join reports (issue 12). */
class FigureMeaningTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<String> rows(String text) {
    return PARSER.parse(text).claims().stream().map(FigureMeaningTest::row).collect(Collectors.toList());
  }

  private static String row(Claim c) {
    return c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "|" + c.status().orElse("") + "|"
        + c.bound().orElse("") + "|" + c.basis().orElse("");
  }

  @Test
  void aTargetIsNotAnActual() {
    assertEquals(List.of("固定资产投资|yoy_pct|5|actual|exact|year_on_year",
        "固定资产投资|yoy_pct|6|target|exact|year_on_year"),
        rows("全市固定资产投资增长5%。全年目标为固定资产投资增长6%。"));
  }

  @Test
  void estimatesAndApproximations() {
    assertEquals(List.of("带动工业领域社会投资|amount|2545000000|estimate|exact|"),
        rows("预计将带动工业领域社会投资25.45亿元。"));
    assertEquals(List.of("拉动消费|amount|20000000|actual|at_least|"), rows("拉动消费超2000万元。"));
    assertEquals(List.of("项目投资|amount|250000000|actual|approximate|"), rows("项目投资约2.5亿元。"));
    assertEquals(List.of("地区生产总值|yoy_pct|6|target|approximate|year_on_year"),
        rows("主要预期目标：地区生产总值增长6%左右。"));
  }

  @Test
  void growthSinceTheStartOfTheYearIsNotYearOnYear() {
    assertEquals(List.of("存款余额|yoy_pct|7.9|actual|exact|since_year_start"), rows("存款余额比年初增长7.9%。"));
  }

  @Test
  void eachComparisonHasItsOwnReference() {
    List<String> refs = PARSER.parse("规上工业增加值增长6.2%，较1—4月份和上年同期分别提高0.1和1.2个百分点。").claims()
        .stream().filter(c -> c.attr().code().equals("pp_change")).map(c -> c.value() + "@" + c.reference().orElse(""))
        .collect(Collectors.toList());
    assertEquals(List.of("0.1@1—4月份", "1.2@上年同期"), refs);
  }

  @Test
  void periodsAsDataAndThePlaceOfTheReport() {
    Report r = PARSER.parse("焦作市2024年上半年经济运行情况\n上半年，全市一般公共预算收入79.9亿元，同比增长4.5%。");
    for (Claim c : r.claims()) {
      assertEquals("2024-H1", c.periodLabel().orElse(""), c::toString);
      assertEquals("410800", c.regionCode().orElse(""), c::toString);
      assertEquals("焦作市", c.regionName().orElse(""), c::toString);
    }
    assertEquals(2, r.claims().size());
  }

  @Test
  void theCallerCanSayWhatTheTextDoesNot() {
    Report r = PARSER.parse("前三季度，全縣一般公共預算收入增長6.1%。",
        ReportContext.none().withPlace("温县").withYear(2023).withSource("wenxian/2023q3"));
    Claim c = r.claims().get(0);
    assertEquals("2023-01/2023-09", c.periodLabel().orElse(""));
    assertEquals("410825", c.regionCode().orElse(""));
    assertEquals("wenxian/2023q3", c.source().orElse(""));
  }

  @Test
  void theNewFieldsSurviveTheJsonRoundTrip() throws Exception {
    for (Claim c : PARSER.parse("焦作市2024年\n预计全年全市地区生产总值增长约6%，比年初增长7.9%。").claims()) {
      String json = GongbaoJson.mapper().writeValueAsString(c);
      assertEquals(c, GongbaoJson.mapper().readValue(json, Claim.class), json);
    }
  }
}
