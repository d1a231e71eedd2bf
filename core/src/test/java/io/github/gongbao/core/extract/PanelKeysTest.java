package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.core.model.Claim;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The keys issue 12 adds so that claims of many reports join into one panel: the bounds of a range, the period of
 * a report's frame. One named test each, on sentences written for these tests; each asserts every claim.
 */
class PanelKeysTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<String> rows(String text) {
    return PARSER.parse(text).claims().stream().map(PanelKeysTest::row).collect(Collectors.toList());
  }

  /** subject|attr|value|bound|period as written|first month-last month|indicator id. */
  private static String row(Claim c) {
    return c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "|" + c.bound().orElse("") + "|"
        + c.period().orElse("") + "|" + c.firstMonth().map(String::valueOf).orElse("") + "-"
        + c.lastMonth().map(String::valueOf).orElse("") + "|" + c.indicatorId().orElse("");
  }

  @Test
  void aRangeIsTwoClaimsTheLowerEndAtLeastTheUpperAtMost() {
    assertEquals(List.of(
        "地区生产总值|yoy_pct|5.5|at_least|全年|1-12|gdp",
        "地区生产总值|yoy_pct|6|at_most|全年|1-12|gdp"),
        rows("全年地区生产总值增长5.5%至6%。"));
  }

  @Test
  void aDashBetweenTheEndsOfARangeIsNoMinusSign() {
    assertEquals(List.of(
        "一般公共预算收入|yoy_pct|3|at_least|全年|1-12|general_public_budget_revenue",
        "一般公共预算收入|yoy_pct|4|at_most|全年|1-12|general_public_budget_revenue"),
        rows("全年一般公共预算收入增长3%-4%。"));
  }

  @Test
  void aFallingRangeIsBoundedByValue() {
    assertEquals(List.of(
        "单位生产总值能耗|yoy_pct|-3|at_most|全年|1-12|energy_intensity",
        "单位生产总值能耗|yoy_pct|-3.5|at_least|全年|1-12|energy_intensity"),
        rows("全年单位生产总值能耗下降3%到3.5%。"));
  }

  @Test
  void twoFiguresOfOneSubjectWithoutARangeWordStayExact() {
    assertEquals(List.of(
        "社会消费品零售总额|amount|5230000000|exact|上半年|1-6|retail_sales",
        "社会消费品零售总额|yoy_pct|4.1|exact|上半年|1-6|retail_sales"),
        rows("上半年，社会消费品零售总额52.3亿元，增长4.1%。"));
  }

  @Test
  void theHeadlinesPeriodFramesAReportWhoseFiguresNameNone() {
    assertEquals(List.of(
        "集中签约亿元以上项目|amount|46|exact|三季度|7-9|projects",
        "总投资|amount|21850000000|exact|三季度|7-9|total_project_investment"),
        rows("全区三季度重点项目集中签约仪式举行\n\n本报讯 日前，全区集中签约亿元以上项目46个，总投资218.5亿元。"));
  }

  @Test
  void aReportThatDatesSomeFiguresLeavesTheOthersUndated() {
    assertEquals(List.of(
        "新建生产线|amount|3|exact||-|",
        "规上工业增加值|yoy_pct|7.2|exact|上半年|1-6|industrial_value_added_above_size"),
        rows("全县上半年工业项目建设提速\n新建生产线3条。上半年，规上工业增加值增长7.2%。"));
  }
}
