package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lead-frames room: what a subject's words begin with that is not part of the name, and what it remembers. */
class LeadFramesTest {
  /** The words left after the frames | the last region frame | the frame period. */
  private static String skip(String t) {
    LeadFrames f = new LeadFrames(t);
    int s = f.skip(0, t.length());
    return t.substring(s) + "|" + f.lastRegion + "|" + f.framePeriod;
  }

  @Test
  void listMarkersAreSkipped() {
    assertEquals("工业生产|null|null", skip("(一)工业生产"));
    assertEquals("规模以上工业增加值|null|null", skip("3、规模以上工业增加值"));
    assertEquals("农业|null|null", skip("十一、农业"));
    assertEquals("金融|null|null", skip("(12)金融"));
  }

  @Test
  void periodsAreSkippedAndTheFiguresOwnIsRemembered() {
    assertEquals("固定资产投资|null|上半年", skip("上半年,固定资产投资"));
    assertEquals("社会消费品零售总额|null|1-6月份", skip("1-6月份社会消费品零售总额"));
  }

  @Test
  void aComparedPeriodIsSkippedButNotRemembered() {
    assertEquals("水平|null|null", skip("上年同期水平"));
  }

  @Test
  void regionFramesAreSkippedAndTheLastIsRemembered() {
    assertEquals("规模以上工业增加值|全市|null", skip("全市规模以上工业增加值"));
    assertEquals("凝心聚力|全市上下|null", skip("全市上下凝心聚力"));
    assertEquals("居民消费价格|全县|2024年", skip("(三)2024年全县居民消费价格"));
  }

  @Test
  void theRegionOutlivesASkipThatFindsNone() {
    LeadFrames f = new LeadFrames("我县粮食产量;油料产量");
    assertEquals(2, f.skip(0, 6));
    assertEquals(7, f.skip(6, 11));
    assertEquals("我县", f.lastRegion);
  }

  @Test
  void leadFillerAndVerbsOfAttainmentAreSkipped() {
    assertEquals("城镇居民人均可支配收入|null|null", skip("其中,城镇居民人均可支配收入"));
    assertEquals("地区生产总值|null|null", skip("实现地区生产总值"));
    assertEquals("税收收入|null|null", skip("完成税收收入"));
    assertEquals("增速|null|null", skip("扣除价格因素增速"));
  }

  @Test
  void ofAtTheStartIsSkippedButNotTheTaxi() {
    assertEquals("零售额|null|null", skip("的零售额"));
    assertEquals("的士客运量|null|null", skip("的士客运量"));
  }

  @Test
  void durationsAreSkipped() {
    assertEquals("位居全省首位|null|null", skip("连续17年位居全省首位"));
    assertEquals("保持增长|null|null", skip("连续三年、五年保持增长"));
  }

  @Test
  void aSloganWithFiguresInQuotesIsSkippedButAWordInQuotesIsNot() {
    assertEquals("产业链群产值|null|null", skip("\"3+13+N\"产业链群产值"));
    assertEquals("菜篮子\"工程|null|null", skip("\"菜篮子\"工程"));
  }

  @Test
  void punctuationAndConjunctionsAreSkipped() {
    assertEquals("住宿业|null|null", skip("、和住宿业"));
    assertEquals("|null|null", skip(" ,;"));
  }

  @Test
  void skipStopsAtTheEndGiven() {
    LeadFrames f = new LeadFrames("全市工业");
    assertEquals(1, f.skip(1, 1));
    assertEquals(0, f.skip(0, 1)); // 全市 cut by the end is no frame
    assertNull(f.lastRegion);
    assertEquals(2, f.skip(0, 4));
  }

  @Test
  void listMarkerLengths() {
    LeadFrames f = new LeadFrames("(一)3、12、(12)一、(3、1234、第三(一3.5");
    assertEquals(3, f.listMarkerLength(0, 29)); // (一)
    assertEquals(2, f.listMarkerLength(3, 29)); // 3、
    assertEquals(3, f.listMarkerLength(5, 29)); // 12、
    assertEquals(4, f.listMarkerLength(8, 29)); // (12)
    assertEquals(2, f.listMarkerLength(12, 29)); // 一、
    assertEquals(0, f.listMarkerLength(14, 29)); // (3、: a bracket closes with )
    assertEquals(0, f.listMarkerLength(17, 29)); // 1234、: three digits at most
    assertEquals(0, f.listMarkerLength(22, 29)); // 第三
    assertEquals(0, f.listMarkerLength(24, 26)); // (一 at the end given
    assertEquals(0, f.listMarkerLength(26, 29)); // 3.5
  }

  @Test
  void comparedPeriods() {
    assertTrue(LeadFrames.isComparedPeriod("比上年同期增长", 0, 7));
    assertTrue(LeadFrames.isComparedPeriod("较上月回落", 0, 5));
    assertTrue(LeadFrames.isComparedPeriod("与上季度比较", 0, 6));
    assertTrue(LeadFrames.isComparedPeriod("较去年", 0, 3));
    assertFalse(LeadFrames.isComparedPeriod("上半年", 0, 3));
    assertFalse(LeadFrames.isComparedPeriod("三季度末", 0, 4));
    assertFalse(LeadFrames.isComparedPeriod("比上年同期增长", 4, 7)); // only [s, e) is read
  }
}
