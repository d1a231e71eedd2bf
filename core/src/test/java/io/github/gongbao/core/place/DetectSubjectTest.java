package io.github.gongbao.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of {@link Gazetteer#detectSubject(CharSequence)}, one clause of it a test. */
class DetectSubjectTest {
  private static final Gazetteer G = Gazetteer.standard();

  private static String subject(String text) {
    Resolution r = G.detectSubject(text);
    return r.status() + " " + String.join(",", r.candidates().stream().map(Division::code).toList());
  }

  @Test
  void thePlaceNamedInTheHeadline() {
    assertEquals("RESOLVED 410800", subject("上半年焦作市经济运行稳中向好\n全市生产总值增长6.1%。"));
    assertEquals("RESOLVED 410800", subject("上半年焦作經濟運行穩中向好")); // short name, Traditional
  }

  @Test
  void noPlaceNamed() {
    assertEquals("NOT_FOUND ", subject("上半年全市经济运行稳中向好，我市生产总值增长6.1%。"));
    assertEquals("NOT_FOUND ", subject(""));
  }

  @Test
  void aPlaceNamedOnlyAfterTheOpeningIsNotTheSubject() {
    String opening = "入境旅客按年上升15.9%。".repeat(20); // 260 characters without a place
    assertEquals("NOT_FOUND ", subject(opening + "旅客主要來自廣東省，香港旅客增加，香港的佔48.1%。"));
  }

  @Test
  void aDatelineIsNotTheSubject() {
    assertEquals("NOT_FOUND ", subject("人民网北京6月15日电 国家统计局15日发布数据显示，全国服务业生产指数同比增长11.7%。"));
    assertEquals("RESOLVED 330000", subject("中評社北京1月20日電/浙江日報訊，2017年浙江城鎮居民收入增長。"));
  }

  @Test
  void aStatisticsOfficeThatTellsItsTerritoryNamesIt() {
    assertEquals("RESOLVED 820000", subject("統計暨普查局資料顯示，3月份入境旅客按年上升8.2%，旅客主要來自福建省及浙江省。"));
    assertEquals("RESOLVED 810000", subject("政府統計處今日發布零售業銷貨額的臨時估計，按年下跌3.1%。"));
    assertEquals("RESOLVED 710000", subject("主計總處今日公布，第2季經濟成長率為4.1%。"));
    // a mainland bureau does not tell its place
    assertEquals("NOT_FOUND ", subject("市统计局发布数据显示，全市规上工业增加值增长6.3%。"));
    // a place the text names in its opening still outweighs an office quoted after it
    assertEquals("RESOLVED 440400", subject("珠海市一季度接待游客增长12%，據統計暨普查局資料，經拱北口岸出境旅客增加。"));
  }

  @Test
  void theCountyOfACountyReportThatNamesItsPrefecture() {
    assertEquals("RESOLVED 331083", subject("玉环市2019年国民经济和社会发展统计公报\n贯彻落实台州市委决策部署，玉环市经济增长。"));
  }

  @Test
  void aProvinceReportThatNamesItsCitiesInTheBody() {
    String opening = "7月28日召开的湖北省招商引资工作现场推进会传出消息，签约项目增长48%。";
    String body = "，签约金额增长26%".repeat(20) + "。武汉市完成较好，武汉和十堰已提前完成。";
    assertEquals("RESOLVED 420000", subject(opening + body));
  }

  @Test
  void aSharedNameCountsWhenTheTextSaysWhichItIs() {
    assertEquals("RESOLVED 220104", subject("长春市朝阳区经济运行情况。朝阳区生产总值增长5%。"));
    assertEquals("AMBIGUOUS 110105,220104", G.resolve("朝阳区").status() + " " + String.join(",",
        G.resolve("朝阳区").candidates().stream().map(Division::code).toList()));
    assertEquals("NOT_FOUND ", subject("朝阳区经济运行情况")); // which 朝阳区? never guessed
  }

  @Test
  void unrelatedPlacesWithEqualScoresAreAmbiguous() {
    assertEquals("AMBIGUOUS 310000,320000", subject("上海市经济运行平稳。江苏省经济运行平稳"));
  }

  @Test
  void namesOpeningAClauseWeighMore() {
    // 焦作市 opens the text (3×2) and 新乡市 is named mid-clause twice (3 + 3): 6 = 6, a tie of unrelated places
    assertEquals("AMBIGUOUS 410700,410800", subject("焦作市与新乡市、新乡市"));
    assertEquals("RESOLVED 410800", subject("焦作市与新乡市合作。焦作市增长"));
    assertEquals(List.of(), G.detectSubject("全县").candidates());
  }
}
