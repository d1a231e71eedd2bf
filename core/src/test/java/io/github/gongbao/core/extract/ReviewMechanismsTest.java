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

  private static final String MACAO = "統計暨普查局資料顯示，零售業銷售額按年上升5.1%。";

  @Test
  void bracketedFiguresAreAmountsOfTheirNamesAndTheRunAfterPairsWithThem() {
    assertEquals(List.of("零售业销售额|yoy_pct|5.1|", "食品销售额|amount|1240000000|MOP", "食品销售额|yoy_pct|6.2|",
        "服装销售额|amount|860000000|MOP", "服装销售额|yoy_pct|3.4|", "家用电器销售额|amount|510000000|MOP",
        "家用电器销售额|yoy_pct|1.8|", "书籍销售额|amount|220000000|MOP", "书籍销售额|yoy_pct|-4.5|"),
        rows(MACAO + "按商品類別統計，食品（12.4億）、服裝（8.6億）及家用電器（5.1億）的銷售額按年分別上升6.2%、3.4%及1.8%；"
            + "而書籍（2.2億）則下跌4.5%。"));
  }

  @Test
  void aBoundClosingABracketedNoteDefinesTheNameAndIsNoFigure() {
    assertEquals(List.of("中小型企业的营业额|yoy_pct|2.7|"), rows("中小型企業（僱員50人及以下）的營業額按年上升2.7%。"));
  }

  @Test
  void theHeadAfterOfIsSharedByTheNamesBeforeIt() {
    assertEquals(List.of("食品销售量|yoy_pct|3.1|", "饮料的销售量|yoy_pct|2.4|"),
        rows("食品及飲料的銷售量分別實質上升3.1%及2.4%。"));
  }

  @Test
  void aFramingClauseIsNoItemOfTheListAfterIt() {
    assertEquals(List.of("零售业销售额|yoy_pct|5.1|", "零售业销售额|amount|5020000000|MOP",
        "零售业销售额|amount|5580000000|MOP", "零售业销售额|amount|6130000000|MOP"),
        rows(MACAO + "按月份統計，10月、11月及12月的零售業銷售額分別為50.2億、55.8億及61.3億元。"));
  }

  @Test
  void taiwansGrowthRateIsOneNameAndAForecastsWordsAreNotPartOfIt() {
    assertEquals(List.of("经济成长率|yoy_pct|4.75|"), rows("今年經濟成長率預測上修至百分之四點七五。"));
    assertEquals(List.of("经济成长率|yoy_pct|5|"), rows("主計總處預估，今年全年經濟成長率「至少5%」。"));
  }

  @Test
  void zhaoInsideANumeralIsOneFigure() {
    assertEquals(List.of("外销订单|amount|1898400000000|TWD"), rows("外銷訂單十月約合新台幣一兆八千九百八十四億元。"));
  }

  @Test
  void aCapacityBeforeAFacilitysNameIsTheFacilitysAndItsInvestmentToo() {
    assertEquals(List.of("渔光互补光伏电站项目|amount|80|MW", "渔光互补光伏电站项目总投资|amount|360000000|CNY",
        "年均发电量|amount|96000000|kWh"),
        rows("城东片区开工的80兆瓦渔光互补光伏电站项目总投资3.6亿元，建成后年均发电量约9600万千瓦时。"));
  }

  @Test
  void namesThatStartWithAFramesCharacterKeepIt() {
    // 在, 对 and 有 are stripped as frames before a name, but 在建项目, 对外贸易 and 有色金属 are names; 今年以来 is filler
    assertEquals(List.of("在建项目|amount|12860000000|CNY", "对外贸易进出口总额|yoy_pct|6.1|",
        "有色金属冶炼业增加值|yoy_pct|9.2|"),
        rows("今年以来，全市在建项目完成投资128.6亿元，对外贸易进出口总额增长6.1%，有色金属冶炼业增加值增长9.2%。"));
  }

  @Test
  void aBracketedFiguresNameWithItsOwnHeadTakesNoOther() {
    // the topic's head after 的 (销售额) is not added again: 钟表及珠宝的销售额, never …的销售额销售额
    assertEquals(List.of("零售业的销售额|yoy_pct|5.1|", "钟表及珠宝的销售额|amount|10350000000|MOP",
        "钟表及珠宝的销售额|share_pct|18.9|"),
        rows("統計暨普查局資料顯示，零售業的銷售額按年上升5.1%。其中鐘錶及珠寶的銷售額（103.5億）佔總額的18.9%。"));
  }

  @Test
  void aOneCharacterHeadInsideANameIsNoHeadOfItsOwn() {
    // 粮 and 果 are heads of the genre, but 粮食 and 水果 still take the list's 产量
    assertEquals(List.of("粮食产量|yoy_pct|2.1|", "蔬菜产量|yoy_pct|4.5|", "水果产量|yoy_pct|6.3|"),
        rows("全年粮食、蔬菜和水果产量分别增长2.1%、4.5%和6.3%。"));
  }

  @Test
  void aPeerGroupRightBeforeTheRankIsItsScopeWithoutZhong() {
    assertEquals(List.of("规上工业总产值|yoy_pct|8.2|", "规上工业总产值|rank|2|"),
        rows("规上工业总产值增长8.2%，增速居全市7个县市区第2位。"));
    assertEquals("全市7个县市区",
        PARSER.parse("规上工业总产值增长8.2%，增速居全市7个县市区第2位。").claims().get(1).scope().orElse(""));
  }

  @Test
  void aFigureInsideAShortQuotedNameIsNoFigure() {
    assertEquals(List.of("地区生产总值|yoy_pct|6.1|"),
        rows("深入实施“一园两带三片区”发展布局，出台稳增长“20条”措施，全年地区生产总值增长6.1%。"));
  }

  @Test
  void aRevisionWrittenWithXiuzhengKeepsTheOldEstimateApart() {
    assertEquals(List.of("经济成长率(原来)|yoy_pct|5.83|", "经济成长率|yoy_pct|6.12|"),
        rows("今年經濟成長率由概估的百分之五點八三修正為百分之六點一二。"));
  }

  @Test
  void aCountWrittenWithYuOrDuoIsACountAtLeastThatMany() {
    assertEquals(List.of("新增市场主体|amount|1200|unit:户", "规上企业|amount|300|unit:家"),
        rows("全年新增市场主体1200余户，规上企业达到300多家。"));
    assertEquals("at_least", PARSER.parse("全年新增市场主体1200余户。").claims().get(0).bound().orElse(""));
  }

  @Test
  void aMilestoneBesideAnotherIndicatorsFigureIsTheClaimItself() {
    // 超百亿元 is passed over only beside its exact level (突破10亿元，达到12.3亿元), not beside 年纳税3.6亿元
    assertEquals(List.of("年产值|amount|10000000000|CNY", "年纳税|amount|360000000|CNY"),
        rows("全部达产后可实现年产值超百亿元、年纳税3.6亿元。"));
  }
}
