package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.core.model.Claim;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The keys issue 12 adds so that claims of many reports join into one panel: the bounds of a range, the period of
 * a report's frame, the indicator of a subject that names only a part of its topic. One named test each, on sentences written for these tests; each asserts every claim.
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
  void aPeriodComparedWithFramesNothing() {
    assertEquals(List.of(
        "工业投资|yoy_pct|8.1|exact||-|industrial_investment",
        "民间投资|yoy_pct|0|exact||-|private_investment"),
        rows("全县工业投资增长8.1%，民间投资与上年同期持平。"));
  }

  @Test
  void aDateOrAYearAloneInTheHeadlineFramesNothing() {
    assertEquals(List.of("端午假期全县接待游客|amount|326000|exact||-|tourist_arrivals"),
        rows("端午假期景区人气旺\n本报讯 记者6月12日获悉，端午假期全县接待游客32.6万人次。"));
    // the figure's own frame (过去一年) is its period; the headline's year is not
    assertEquals(List.of("地区生产总值|amount|41250000000|exact|过去一年|-|gdp"),
        rows("云岭县2025年政府工作报告\n过去一年，全县地区生产总值412.5亿元。"));
  }

  @Test
  void aReportThatDatesSomeFiguresLeavesTheOthersUndated() {
    assertEquals(List.of(
        "新建生产线|amount|3|exact||-|",
        "规上工业增加值|yoy_pct|7.2|exact|上半年|1-6|industrial_value_added_above_size"),
        rows("全县上半年工业项目建设提速\n新建生产线3条。上半年，规上工业增加值增长7.2%。"));
  }

  /** subject|attr|value|indicator id|breakdown. */
  private static List<String> parts(String text) {
    return PARSER.parse(text).claims().stream().map(c -> c.subjectSimplified() + "|" + c.attr().code() + "|"
        + c.value() + "|" + c.indicatorId().orElse("") + "|" + c.breakdown().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void aPlaceInAListTakesTheHeadOfItsLastItemAsItsBreakdown() {
    assertEquals(List.of(
        "入境旅客|amount|2851000|visitor_arrivals|",
        "日本|amount|41200|visitor_arrivals|日本",
        "日本|yoy_pct|2.1|visitor_arrivals|日本",
        "香港旅客|amount|612300|visitor_arrivals_hong_kong|",
        "香港旅客|yoy_pct|12.4|visitor_arrivals_hong_kong|"),
        parts("3月份入境旅客有2,851,000人次。日本( 41,200人次 )及香港旅客( 612,300人次 )分別上升2.1%及12.4%。"));
  }

  @Test
  void aPlaceWhoseNameAndTheHeadAreACatalogueNameTakesThatIndicator() {
    // 香港 + 旅客 and 中国内地 + 旅客 are catalogue names: their own indicators, no breakdown
    assertEquals(List.of(
        "中国内地|amount|9120000|visitor_arrivals_mainland|",
        "泰国|amount|52000|visitor_arrivals|泰國",
        "香港|amount|2210000|visitor_arrivals_hong_kong|",
        "台湾地区旅客|amount|301000|visitor_arrivals_taiwan|"),
        parts("首三個月中國內地( 9,120,000人次 )、泰國( 52,000人次 )、香港( 2,210,000人次 )及台灣地區旅客( 301,000人次 )"
            + "均有所增加。"));
  }

  @Test
  void placesAfterLaiZiTakeTheTopicBeforeIt() {
    assertEquals(List.of(
        "福建省|amount|95400|visitor_arrivals_mainland|福建省",
        "浙江省|amount|80100|visitor_arrivals_mainland|浙江省"),
        parts("内地旅客主要来自福建省( 95,400人次 )及浙江省( 80,100人次 )。"));
  }

  @Test
  void aPlaceWithAnEllipticalDeTakesTheHeadOfTheParallelSubject() {
    assertEquals(List.of(
        "中山市的旅客|amount|81000|visitor_arrivals|中山市",
        "江门市|yoy_pct|-3.5|visitor_arrivals|江门市"),
        parts("来自中山市的旅客有81,000人次，江门市的则下跌3.5%。"));
  }

  @Test
  void aCategoryInAListTakesTheIndicatorItMakesWithTheSharedHead() {
    // 集成电路 + 产量 is a catalogue name; 工业机器人产品产量 is none (the catalogue has 工业机器人产量): no id
    assertEquals(List.of(
        "集成电路产量|yoy_pct|12.5|integrated_circuit_output|",
        "工业机器人产品产量|yoy_pct|8.3||"),
        parts("分产品看，集成电路、工业机器人产品产量分别增长12.5%、8.3%。"));
    // an industry beside a production index is that industry's index, not its value added
    assertEquals(List.of(
        "交通运输、仓储和邮政业|yoy_pct|7.1|transport_production_index|",
        "金融业生产指数|yoy_pct|6.2|financial_production_index|"),
        parts("交通运输、仓储和邮政业，金融业生产指数同比分别增长7.1%、6.2%。"));
  }

  @Test
  void aPlaceUnderAHeadTheCatalogueDoesNotNameKeepsNoIndicator() {
    assertEquals(List.of(
        "法国|amount|3100||", "法国|yoy_pct|4.2||", "德国访客|amount|2700||", "德国访客|yoy_pct|1.8||"),
        parts("法国( 3,100人次 )及德国访客( 2,700人次 )分别上升4.2%及1.8%。"));
  }

  @Test
  void twoSubjectsSideBySideAreNoList() {
    // 项目 + 投资 would be a catalogue name, but 项目 and 总投资 are two subjects, not items of a list
    // (the name the count took is the investment's too: 项目总投资)
    assertEquals(List.of("项目|amount|18|projects|", "项目总投资|amount|9650000000|total_project_investment|"),
        parts("全县三季度集中签约 18个项目总投资96.5亿元"));
  }

  @Test
  void aBareHeadTakesTheModifierOfTheSubjectBeforeIt() {
    assertEquals(List.of(
        "油料播种面积|amount|1200||", "产量|amount|3600|oil_crops_output|", "产量|yoy_pct|2.1|oil_crops_output|"),
        parts("全年油料播种面积1200公顷，产量3600吨，增长2.1%。"));
  }

  @Test
  void twoBareHeadsSpelledAlikeAreTwoFacts() {
    assertEquals(List.of(
        "茶叶采摘面积|amount|800||", "产量|amount|950|tea_output|",
        "水果种植面积|amount|600||", "产量|amount|7200|fruit_output|"),
        parts("全年茶叶采摘面积800公顷，产量950吨；水果种植面积600公顷，产量7200吨。"));
  }
}
