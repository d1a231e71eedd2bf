package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, defect 6: the report is folded once, at the start, and every room reads that one folded text. Before
 * the fix each subject was folded again on its way through the collapser and the fact assembler.
 */
class FoldOnceTest {
  private static final ReportParser PARSER = ReportParser.create();

  @Test
  void traditionalReportIsFoldedExactlyOnce() {
    String text = "上半年，全縣地區生產總值完成128.6億元，同比增長6.1%。規模以上工業增加值增長8.3%；"
        + "住宿服務(包括酒店、賓館)及餐飲業營業額3.2億元，增長5.5%。一般公共預算收入完成9.7億元，增長4.2%，"
        + "其中稅收收入6.1億元，下降1.3%。";
    assertFoldedOnce(text);
  }

  @Test
  void simplifiedReportWithSharedCharactersIsFoldedExactlyOnce() {
    String text = "1-10月，全市固定资产投资增长7.2%，增速显著高于预期；社会消费品零售总额实现356.4亿元，增长6.8%；城镇居民人均可支配收入41235元，增长5.1%。";
    assertFoldedOnce(text);
  }

  private static void assertFoldedOnce(String text) {
    WorkMeter.start();
    Report r;
    long folded;
    try {
      r = PARSER.parse(text);
      folded = WorkMeter.folded();
    } finally {
      WorkMeter.stop();
    }
    assertTrue(r.facts().size() >= 3, () -> "the subjects went through every room: " + r.facts());
    assertEquals(text.length(), folded, "characters folded");
  }
}
