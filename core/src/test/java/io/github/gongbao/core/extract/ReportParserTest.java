package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.Indicator;
import io.github.gongbao.core.model.ProjectBatch;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.Script;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One statement kind or trap a test, on sentences written for these tests in the genre's style. */
class ReportParserTest {
  private static final ReportParser PARSER = ReportParser.create();

  /** Claims as "subject|attr|value|unit|scope|benchmark" strings, for compact assertions. */
  private static List<String> rows(String text) {
    return rows(PARSER.parse(text));
  }

  private static List<String> rows(Report r) {
    return r.claims().stream().map(ReportParserTest::row).collect(Collectors.toList());
  }

  private static String row(Claim c) {
    return c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "|" + c.unit().orElse("") + "|"
        + c.scope().orElse("") + "|" + c.benchmark().orElse("");
  }

  @Test
  void levelAndGrowth() {
    assertEquals(List.of("一般公共预算收入|amount|5230000000|CNY||", "一般公共预算收入|yoy_pct|6.1|||"),
        rows("上半年，全县一般公共预算收入52.3亿元，同比增长6.1%。"));
  }

  @Test
  void declineIsNegativeAndMultipleIsTimesHundred() {
    assertEquals(List.of("进出口总额|yoy_pct|-3.4|||", "实际使用外资|yoy_pct|130|||"),
        rows("进出口总额下降3.4%；实际使用外资增长1.3倍。"));
  }

  @Test
  void comparisonWithBenchmarkAndChangeOfRate() {
    assertEquals(List.of("规模以上工业增加值|yoy_pct|7.2|||", "规模以上工业增加值|pp_vs|1.5|||全省平均水平",
        "规模以上工业增加值|pp_change|-0.4|||"),
        rows("1—9月，规模以上工业增加值同比增长7.2%，高于全省平均水平1.5个百分点，较一季度回落0.4个百分点。"));
  }

  @Test
  void flatWithProvinceIsZeroPoints() {
    assertTrue(rows("服务业增加值增长5.1%，与全省持平。").contains("服务业增加值|pp_vs|0|||全省"));
  }

  @Test
  void shareOfParent() {
    assertEquals(List.of("民生支出|amount|6820000000|CNY||", "民生支出|share_pct|77.1|||"),
        rows("民生支出68.2亿元，占一般公共预算支出的比重为77.1%。"));
  }

  @Test
  void numberedAndQualitativeRanks() {
    List<String> r = rows("固定资产投资增长9.8%，增速居全省第3位。社会消费品零售总额增长6.4%，位居全省前列。");
    assertTrue(r.contains("固定资产投资|rank|3||全省|"), r.toString());
    assertTrue(r.contains("社会消费品零售总额|rank|top||全省|"), r.toString());
  }

  @Test
  void sharedPredicateGivesOneRankEach() {
    List<String> r = rows("今年有18个项目获得省级资金2.4亿元，项目数、资金数均居全省第2位。");
    assertTrue(r.contains("项目数|rank|2||全省|"), r.toString());
    assertTrue(r.contains("资金数|rank|2||全省|"), r.toString());
  }

  @Test
  void countsPeopleAndPhysicalQuantities() {
    List<String> r = rows("新开工项目45个，总投资218亿元。城镇新增就业2.6万人。年节能量0.8万吨标准煤，年产4GWh电池。");
    assertTrue(r.contains("新开工项目|amount|45|unit:个||"), r.toString());
    assertTrue(r.contains("总投资|amount|21800000000|CNY||"), r.toString());
    assertTrue(r.contains("城镇新增就业|amount|26000|person||"), r.toString());
    assertTrue(r.contains("年节能量|amount|8000|tce||"), r.toString());
    assertTrue(r.stream().anyMatch(s -> s.endsWith("|amount|4|GWh||")), r.toString());
  }

  @Test
  void enumerationGivesOneFactPerItem() {
    assertEquals(List.of("食品产业|yoy_pct|12|||", "装备产业|yoy_pct|8.5|||", "材料产业|yoy_pct|6.3|||"),
        rows("其中食品产业、装备产业、材料产业分别增长12%、8.5%、6.3%。"));
  }

  @Test
  void periodOnPeriodBasisStatedOnceForARun() {
    List<String> r = rows("环比看，食品价格上涨0.3%，能源价格下降0.1%。");
    assertEquals(List.of("食品价格|mom_pct|0.3|||", "能源价格|mom_pct|-0.1|||"), r);
  }

  @Test
  void growthAttachesToTheSubjectOfItsClause() {
    List<String> r = rows("全市地区生产总值812.6亿元，按可比价格计算，同比增长5.9%。");
    assertTrue(r.contains("地区生产总值|yoy_pct|5.9|||"), r.toString());
  }

  @Test
  void traditionalTextGivesTheSameClaims() {
    List<String> simplified = rows("全县一般公共预算收入52.3亿元，同比增长6.1%，增速居全市第2位。");
    List<String> traditional = rows("全縣一般公共預算收入52.3億元，同比增長6.1%，增速居全市第2位。");
    assertEquals(simplified, traditional);
    assertEquals(Script.TRADITIONAL, PARSER.parse("全縣一般公共預算收入52.3億元").script());
  }

  @Test
  void fullWidthDigitsAndHalfWidthCommas() {
    assertEquals(List.of("税收收入|amount|1250000000|CNY||", "税收收入|yoy_pct|12.5|||"),
        rows("税收收入１２．５亿元,同比增长１２．５％。"));
  }

  @Test
  void projectBatchIsAFactOfItsOwn() {
    Report r = PARSER.parse("今年有22个工业项目争取资金支持1.9亿元。");
    Fact first = r.facts().get(0);
    assertTrue(first instanceof ProjectBatch, r.facts().toString());
    assertEquals("22", ((ProjectBatch) first).count().orElseThrow().quantity().value().toPlainString());
  }

  @Test
  void programmeNamesAndSlogansGiveNoFacts() {
    assertEquals(List.of(), rows("深入实施“三十工程”，聚焦“3+13+N”产业链群和“345”创新行动，落实“1+2+4+N”目标任务体系，"
        + "锚定“两高四着力”，坚持“五统一、一开放”，开展“百企百展”，推行“一项目一方案一专班一台账”。"));
  }

  @Test
  void documentNumbersDatesAndPhoneNumbersGiveNoFacts() {
    assertEquals(List.of(), rows("根据国发〔2024〕5号文件精神，2024年6月30日召开会议。咨询电话：0391-1234567。"));
  }

  @Test
  void contributionsThresholdsDurationsAndIdiomsGiveNoFacts() {
    assertEquals(List.of(), rows("拉动全市经济增长2.6个百分点，对经济增长的贡献率为41.2%。5000万元以上项目加快建设，"
        + "连续3年保持稳定，八大类商品价格六涨一降。"));
  }

  @Test
  void creditsAndNavigationGiveNoFacts() {
    assertEquals(List.of(), rows("首页 > 新闻中心 > 经济要闻\n责任编辑：王小明 记者 李华\n【图】\n上一篇 下一篇"));
  }

  @Test
  void articlePrintedTwiceGivesEachClaimOnceWithBothSpans() {
    String article = "全市进出口总额86.2亿元，同比增长7.3%。";
    Report once = PARSER.parse(article);
    Report twice = PARSER.parse(article + "\n" + article);
    assertEquals(rows(once), rows(twice));
    assertEquals(2, twice.facts().get(0).spans().size() / once.facts().get(0).spans().size());
  }

  @Test
  void headlineRestatingABodyFigureUnderAnotherNameOfTheIndicatorGivesItOnce() {
    List<String> r = rows("一季度我市规上工业增加值增长9.2%\n一季度，全市规模以上工业增加值同比增长9.2%，增速居全省第3位。");
    assertEquals(1, r.stream().filter(s -> s.contains("|yoy_pct|9.2|")).count(), r.toString());
  }

  @Test
  void twoQualifiedFiguresOfOneIndicatorStayTwo() {
    List<String> r = rows("全市户籍人均生产总值为141647元，比上年增长4.8%；常住人均生产总值为98094元，增长4.8%。");
    assertEquals(2, r.stream().filter(s -> s.contains("|yoy_pct|4.8|")).count(), r.toString());
  }

  @Test
  void anEstimateIsAboutTheIndicatorNotTheOfficeThatMadeIt() {
    assertEquals(List.of("经济增长|yoy_pct|5.3|||"), rows("市统计局预计全年全市经济增长5.3%。"));
    assertEquals(List.of("地区生产总值|yoy_pct|6.1|||"), rows("经初步核算，全县地区生产总值同比增长6.1%。"));
  }

  @Test
  void aPeriodAfterTheNameFramesTheFigureAndLeavesTheSubject() {
    Report r = PARSER.parse("全市地区生产总值上半年达到1286.4亿元，同比增长6.2%。");
    assertEquals(List.of("地区生产总值|amount|128640000000|CNY||", "地区生产总值|yoy_pct|6.2|||"), rows(r));
    assertTrue(r.claims().stream().allMatch(c -> c.period().orElse("").equals("上半年")), r.claims().toString());
  }

  @Test
  void beforeAnAmountAVerbWithItsObjectIsTheNameButAMannerAdverbMakesItAPredicate() {
    assertEquals(List.of("减少二氧化碳排放|amount|21000|tonne||"), rows("每年减少二氧化碳排放2.1万吨。"));
    assertEquals(List.of("居民人均收入|amount|28416|CNY||"), rows("居民人均收入稳步增长 上半年达28416元"));
  }

  @Test
  void flatAgainstAnEarlierPeriodIsZeroGrowthOfALevelOrNoChangeOfARate() {
    assertEquals(List.of("居民消费价格|yoy_pct|0|||"), rows("1—10月平均，居民消费价格与上年同期持平。"));
    assertTrue(rows("城镇调查失业率为5.1%，与上月持平。").contains("城镇调查失业率|pp_change|0|||"));
    assertTrue(rows("规模以上工业增加值增长6.2%，与1—4月份持平。").contains("规模以上工业增加值|pp_change|0|||"));
  }

  @Test
  void aSharedRankSplitsAtAndButNotInsideAnIndustryName() {
    List<String> r = rows("1—8月，全区项目数和投资额均居全市第1位。");
    assertTrue(r.contains("项目数|rank|1||全市|") && r.contains("投资额|rank|1||全市|"), r.toString());
    List<String> one = rows("住宿和餐饮业增加值均居全市第2位。");
    assertEquals(1, one.size(), one.toString());
  }

  @Test
  void aNumberedHeadingNamesTheFiguresOfItsParagraph() {
    assertEquals(List.of("税收收入|amount|892000000|CNY||", "税收收入|yoy_pct|-1.2|||"),
        rows("（一）税收收入。完成8.92亿元，同比下降1.2%。"));
    assertEquals(List.of("非税收入|amount|355000000|CNY||"), rows("(二)非税收入完成3.55亿元。"));
  }

  @Test
  void whatAProjectProducesIsTheSubjectOfItsOutput() {
    List<String> r = rows("注册资本1.2亿欧元，达产后可年产电驱总成60万套，年产值约45亿元。");
    assertTrue(r.contains("电驱总成|amount|600000|unit:套||"), r.toString());
    assertTrue(r.contains("年产值|amount|4500000000|CNY||"), r.toString());
  }

  @Test
  void derivedGrowthOfTheBenchmarkIndicatorIsOptIn() {
    String text = "技改投资增长33.3%，高于工业投资增速20.1个百分点。";
    assertTrue(rows(text).stream().noneMatch(s -> s.startsWith("工业投资|")));
    Report r = ReportParser.builder().includeDerived(true).build().parse(text);
    Claim derived = r.claims().stream().filter(Claim::derived).findFirst().orElseThrow();
    assertEquals("工业投资", derived.subject());
    assertEquals("13.2", derived.value());
  }

  @Test
  void indicatorsGetTheirCatalogueId() {
    Report r = PARSER.parse("规上工业增加值同比增长8.4%。");
    assertTrue(((Indicator) r.facts().get(0)).canonicalId().isPresent());
  }

  @Test
  void claimOffsetsPointAtTheEvidence() {
    String text = "一般公共预算收入79.9亿元，同比增长4.5%。";
    for (Claim c : PARSER.parse(text).claims()) {
      String evidence = text.substring(c.start(), c.end());
      assertTrue(evidence.contains(c.attr().code().equals("amount") ? "79.9亿元" : "4.5%"), evidence);
    }
  }

  @Test
  void bytesInGb18030AndBig5AreDetected() {
    String simplified = "全市一般公共预算收入79.9亿元，同比增长4.5%，增速居全省第5位。农业总产值增长3.2%。";
    String traditional = "全市一般公共預算收入79.9億元，同比增長4.5%，增速居全省第5位。農業總產值增長3.2%。";
    List<String> expected = rows(simplified);
    assertEquals(expected, rows(PARSER.parse(simplified.getBytes(Charset.forName("GB18030")))));
    assertEquals(expected, rows(PARSER.parse(traditional.getBytes(Charset.forName("Big5")))));
    assertEquals(expected, rows(PARSER.parse(simplified.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void undecodableBytesNameTheOffset() {
    byte[] bad = {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD, (byte) 0xFF, (byte) 0xFE};
    ReportDecodingException e = assertThrows(ReportDecodingException.class,
        () -> PARSER.parse(bad, StandardCharsets.UTF_8));
    assertEquals(3, e.byteOffset());
  }

  @Test
  void urbanAndRuralFiguresOfOneSubjectAreSplit() {
    assertEquals(List.of("城镇居民人均可支配收入|amount|45210|CNY||", "农村居民人均可支配收入|amount|23156|CNY||"),
        rows("城乡居民人均可支配收入分别达到45210元和23156元。"));
  }

  @Test
  void respectivelyPairsFiguresWithTheSubjectsNamedBefore() {
    List<String> r = rows("全年接待游客1260万人次，实现旅游综合收入98.7亿元，分别增长15.3%和18.6%。");
    assertTrue(r.contains("接待游客|yoy_pct|15.3|||"), r.toString());
    assertTrue(r.contains("旅游综合收入|yoy_pct|18.6|||"), r.toString());
  }

  @Test
  void aMilestoneIsNotAFactButNamesTheSubject() {
    assertEquals(List.of("地区生产总值|amount|31260000000|CNY||", "地区生产总值|yoy_pct|7.1|||"),
        rows("过去一年，全县地区生产总值突破300亿元，达到312.6亿元，增长7.1%。"));
  }

  @Test
  void aNarrowingDeclineIsARiseOfTheRate() {
    assertTrue(rows("进出口总值同比下降3.2%，降幅比一季度收窄2.1个百分点。").contains("进出口总值|pp_change|2.1|||"));
  }

  @Test
  void absoluteChangesCarryTheirVerb() {
    assertTrue(rows("粮食总产量达到86.5万吨，比上年增产2.3万吨。").contains("粮食总产量增产|amount|23000|tonne||"));
  }

  @Test
  void emptyAndBlankTextGiveEmptyReports() {
    assertEquals(List.of(), rows(""));
    assertEquals(List.of(), rows("   \n\n"));
  }
}
