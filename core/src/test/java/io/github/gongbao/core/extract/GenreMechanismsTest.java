package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.core.model.Claim;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms issue 11 added for genres the corpus lacked, one named test each, on sentences written for these
 * tests in both scripts. Each asserts the whole list of claims.
 */
class GenreMechanismsTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<String> rows(String text) {
    return PARSER.parse(text).claims().stream().map(GenreMechanismsTest::row).collect(Collectors.toList());
  }

  private static String row(Claim c) {
    return c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "|" + c.unit().orElse("") + "|"
        + c.scope().orElse("");
  }

  @Test
  void statisticsOfficeGrowthWordsAndAnEarlierQuarterTakeTheTopic() {
    assertEquals(List.of("建造业的净产值|yoy_pct|-4.2||", "建造业的净产值|yoy_pct|1.5||"),
        rows("建造業的淨產值，在二零二四年第三季與上年同期比較實質下跌4.2%，而第二季則上升1.5%。"));
  }

  @Test
  void aRiseStatedAsALevelIsGrowthNeverAShare() {
    assertEquals(List.of("留宿旅客|amount|820000|person_time|", "留宿旅客|yoy_pct|6.3||"),
        rows("留宿旅客有82萬人次，升幅為6.3%。"));
    assertEquals(List.of("整体货品出口|yoy_pct|4.5||"), rows("整體貨品出口在首季錄得4.5%的實質增長。"));
  }

  @Test
  void aCpiParagraphOfMonthOnMonthFigures() {
    assertEquals(List.of("食品价格|mom_pct|-0.8||", "服务价格|mom_pct|0.2||"),
        rows("环比比较，3月份全市居民消费价格总水平持平。其中，食品价格下降0.8%，服务价格上涨0.2%。"));
  }

  @Test
  void aCountThatNumbersAListGivesEachItemTheRank() {
    assertEquals(List.of("指标|amount|2|unit:项|", "规上工业增加值|rank|1||全市", "固定资产投资|rank|1||全市"),
        rows("规上工业增加值、固定资产投资2项指标增速全市第一。"));
  }

  @Test
  void aPeerGroupIsTheScopeAndFirstPlaceIsPositionOne() {
    assertEquals(List.of("农村居民人均可支配收入|rank|1||全市7个县区"),
        rows("农村居民人均可支配收入在全市7个县区中居首位。"));
  }

  @Test
  void aMovedRankKeepsItsSubject() {
    assertEquals(List.of("营商环境评价|rank|9||全省", "营商环境评价|rank|4||全省"),
        rows("营商环境评价由全省第9位跃升至第4位。"));
  }

  @Test
  void aSecondDistributiveRunPairsWithTheFirstRunsSubjects() {
    assertEquals(List.of("城镇居民人均可支配收入|amount|41200|CNY|", "城镇居民人均可支配收入|yoy_pct|4.9||",
        "农村居民人均可支配收入|amount|20350|CNY|", "农村居民人均可支配收入|yoy_pct|6.7||"),
        rows("城镇和农村居民人均可支配收入分别达到41200元和20350元，分别增长4.9%和6.7%。"));
  }

  @Test
  void aRunOfMixedSignsKeepsEachSign() {
    assertEquals(List.of("欧盟进出口|yoy_pct|3.2||", "美国进出口|yoy_pct|-1.8||"),
        rows("对欧盟、对美国进出口分别增长3.2%、下降1.8%。"));
  }

  @Test
  void theListsHeadIsEveryItems() {
    assertEquals(List.of("医疗保健价格|yoy_pct|2.1||", "居住价格|yoy_pct|0.5||", "交通和通信价格|yoy_pct|1||"),
        rows("医疗保健、居住、交通和通信价格分别上涨2.1%、0.5%、1.0%。"));
    assertEquals(List.of("建陶|yoy_pct|8.4||", "电瓷|yoy_pct|18.8||", "工艺品|yoy_pct|31||"),
        rows("建陶、电瓷、工艺品分别增长8.4%、18.8%、31%。"));
  }

  @Test
  void levelsOfRatesAreShares() {
    assertEquals(List.of("规模以上工业产品产销率|share_pct|98.1||"), rows("规模以上工业产品产销率98.1%。"));
    assertEquals(List.of("民营企业进出口|pp_change|2.1||", "民营企业进出口|share_pct|55.4||"),
        rows("民营企业进出口占比提升2.1个百分点至55.4%。"));
  }

  @Test
  void numbersWrittenInWordsInRunningText() {
    assertEquals(List.of("出口|amount|39800000000|USD|", "出口|yoy_pct|12.5||", "电子零组件|share_pct|25||"),
        rows("十月出口三九八億美元，年增百分之十二點五。電子零組件約占四分之一。"));
  }

  @Test
  void aBoundOnTheClaimIsAFigureAThresholdIsNot() {
    assertEquals(List.of("城镇新增就业|amount|50000|person|"), rows("全年城镇新增就业5万人以上。"));
    assertEquals(List.of(), rows("5000万元以上项目进展顺利。"));
    assertEquals(List.of("地区生产总值|amount|31260000000|CNY|"),
        rows("全县地区生产总值突破300亿元，达到312.6亿元。"));
  }

  @Test
  void aBareYuanIsTheLocalDollarOnlyInThoseOfficesReports() {
    assertEquals(List.of("引进台湾地区台资项目投资|amount|200000000|CNY|"), rows("我市引进台湾地区台资项目投资2亿元。"));
    assertEquals(List.of("零售业总销货价值|amount|31200000000|HKD|"),
        rows("政府統計處今日發表的數字顯示，零售業總銷貨價值臨時估計為312億元。"));
  }

  @Test
  void monthOnMonthStatedAloneCarriesThroughItsParagraph() {
    assertEquals(List.of("居民消费价格|mom_pct|0.4||", "城市|mom_pct|0.5||", "农村|mom_pct|0.1||",
            "食品价格|mom_pct|1.1||"),
        rows("10月份，全市居民消费价格环比上涨0.4%。其中，城市上涨0.5%，农村上涨0.1%。食品价格上涨1.1%。"));
    // both bases in one sentence: the figures after it are year on year, as before
    assertEquals(List.of("居民消费价格|yoy_pct|1.6||", "居民消费价格|mom_pct|-0.2||", "食品价格|yoy_pct|2.3||"),
        rows("10月份，全市居民消费价格同比上涨1.6%，环比下降0.2%。其中，食品价格上涨2.3%。"));
    // a new paragraph starts without it
    assertEquals(List.of("居民消费价格|mom_pct|0.4||", "食品价格|yoy_pct|2.3||"),
        rows("全市居民消費價格環比上漲0.4%。\n食品價格上漲2.3%。"));
  }

  @Test
  void aBareFlatInsideARunIsTheRunsZero() {
    assertEquals(List.of("交通类价格|mom_pct|0.8||", "通信类价格|mom_pct|0||", "居住类价格|mom_pct|-0.3||"),
        rows("交通、通信、居住类价格环比分别上涨0.8%、持平、下降0.3%。"));
    assertEquals(List.of("衣着类价格|yoy_pct|1.2||", "居住类价格|yoy_pct|0||"),
        rows("衣着、居住类价格分别上涨1.2%、持平。"));
  }

  @Test
  void aStructureChangedFromAnEarlierPeriodGivesBothStructures() {
    assertEquals(List.of("第一产业|share_pct|9.3||上年", "第二产业|share_pct|41.2||上年", "第三产业|share_pct|49.5||上年",
            "第一产业|share_pct|8.8||", "第二产业|share_pct|41.6||", "第三产业|share_pct|49.6||"),
        PARSER.parse("三次产业结构由上年的9.3:41.2:49.5调整为8.8:41.6:49.6。").claims().stream()
            .map(c -> c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "||" + c.period().orElse(""))
            .collect(Collectors.toList()));
  }

  @Test
  void aPeerGroupAloneMakesARank() {
    assertEquals(List.of("社会消费品零售总额|yoy_pct|5.1||", "社会消费品零售总额|rank|7||16个县市区"),
        rows("全县社会消费品零售总额同比增长5.1%，在16个县市区中排名第7。"));
  }

  @Test
  void aSizeClassWrittenAsARangeLabelsItsProjects() {
    assertEquals(List.of("10亿元以上项目|amount|6|unit:个|", "3亿元至10亿元项目|amount|9|unit:个|"),
        rows("其中10亿元以上项目6个，3亿元至10亿元项目9个。"));
  }

  @Test
  void aRevisionGivesTheSupersededEstimateMarkedAndTheNewOnePlain() {
    assertEquals(List.of("本地生产总值(原来)|yoy_pct|2.4||", "本地生产总值|yoy_pct|2.6||"),
        rows("二零二四年第二季本地生產總值的按年升幅由2.4%向上修訂為2.6%。"));
    assertEquals(List.of("本地生产总值|yoy_pct|1.9||", "本地生产总值(原来)|yoy_pct|1.7||"),
        rows("本地生產總值經修訂後的升幅為1.9%（原先估計為1.7%）。"));
  }

  @Test
  void aComparisonWithTheQuarterBeforeInAClauseOfItsOwnIsQuarterOnQuarter() {
    assertEquals(List.of("本地生产总值|mom_pct|0.7||"),
        rows("經季節性調整後與對上季度比較，第三季本地生產總值實質上升0.7%。"));
  }

  @Test
  void aFramedEarlierFigureKeepsItsOwnPeriodAndTheTopic() {
    List<String> periods = PARSER.parse("貨物出口總額繼第二季實質上升9.4%後，在第三季按年再升10.2%。").claims().stream()
        .map(c -> c.subjectSimplified() + "|" + c.value() + "|" + c.period().orElse("")).collect(Collectors.toList());
    assertEquals(List.of("货物出口总额|9.4|第二季", "货物出口总额|10.2|第三季"), periods);
    assertEquals(List.of("批发及零售业|yoy_pct|2.1||", "批发及零售业|yoy_pct|-0.6||"),
        rows("批發及零售業上升2.1%，扭轉上季下跌0.6%的情況。"));
  }

  @Test
  void twoNamesJoinedByAndShareTheirHeadAndTheirFigures() {
    assertEquals(List.of("飞机票价格|yoy_pct|12.4||", "旅行社收费价格|yoy_pct|-3.2||"),
        rows("出行需求回落，飞机票和旅行社收费价格分别上涨12.4%和下降3.2%。"));
  }

  @Test
  void aPeerGroupFrameScopesTheRanksOfItsSentenceAndNamesWhatTheyRank() {
    assertEquals(List.of("县市区|amount|12|unit:个|", "高质量发展综合考评|rank|9||12个县市区",
            "高质量发展综合考评|rank|4||12个县市区"),
        rows("在全市12个县市区(含比拼对象)高质量发展综合考评中，我县由上半年的第9位上升到第4位。"));
    // a rank that names its own subject keeps it; the frame still gives the scope
    assertEquals(List.of("县市区|amount|12|unit:个|", "桐溪县综合得分|rank|5||12个县市区"),
        rows("在全省12个县市区参加的比拼中，桐溪县综合得分居第5位。"));
  }
}
