package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.core.model.Claim;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms that blind set 6 (work reports with five-year reviews, monthly statistics releases) pointed at, one
 * named test each, on sentences written for these tests. Each asserts the whole list of claims.
 */
class ReviewMechanismsTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<String> rows(String text) {
    return PARSER.parse(text).claims().stream().map(ReviewMechanismsTest::row).collect(Collectors.toList());
  }

  private static String row(Claim c) {
    return c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "|" + c.unit().orElse("");
  }

  @Test
  void aPlainGrowthBeforeHuanbiKeepsTheParagraphYearOnYear() {
    // 当月 is a period, not a subject; 环比 beside a plain growth is no frame for the clauses after it
    assertEquals(List.of("规模以上工业增加值|yoy_pct|6.1|", "规模以上工业增加值|yoy_pct|7.4|",
        "规模以上工业增加值|mom_pct|0.9|", "采矿业增加值|yoy_pct|-2.2|", "制造业|yoy_pct|8|"),
        rows("1-9月，全县规模以上工业增加值增长6.1%。9月份当月增长7.4%，环比增长0.9%。"
            + "分门类看，采矿业增加值下降2.2%，制造业增长8.0%。"));
  }

  @Test
  void aFigureThatWentFromOneLevelToAnotherKeepsItsSubject() {
    assertEquals(List.of("地区生产总值|amount|26850000000|CNY", "地区生产总值|amount|37120000000|CNY",
        "地区生产总值|yoy_pct|6.7|"),
        rows("全县地区生产总值由2020年的268.5亿元增加到2025年的371.2亿元，年均增长6.7%。"));
    assertEquals(List.of("规模以上工业企业|amount|86|unit:家", "规模以上工业企业|amount|142|unit:家"),
        rows("规模以上工业企业从86家增加到142家。"));
  }

  @Test
  void aTotalIsOfTheTopicWithoutItsNewPrefix() {
    assertEquals(List.of("新增上市企业|amount|2|unit:家", "上市企业|amount|11|unit:家"),
        rows("新增上市企业2家，总数达到11家。"));
  }

  @Test
  void aMilestoneBesideTheLevelNamesWhatTheLevelIsOf() {
    assertEquals(List.of("旅游综合收入|yoy_pct|8.2|", "网络零售额|amount|1230000000|CNY"),
        rows("全年旅游综合收入增长8.2%。网络零售额突破10亿元，达到12.3亿元。"));
    assertEquals(List.of("经济总量|amount|30000000000|CNY"), rows("经济总量首次突破300亿元。"));
  }

  @Test
  void aSpanOfYearsIsAFrameButAProgrammesYearsAreItsName() {
    assertEquals(List.of("固定资产投资|amount|186000000000|CNY", "固定资产投资|share_pct|140|"),
        rows("五年累计完成固定资产投资1860亿元，是“十三五”时期的1.4倍。"));
    assertEquals(List.of("三年行动计划项目|amount|5820000000|CNY"), rows("三年行动计划项目完成投资58.2亿元。"));
  }
}
