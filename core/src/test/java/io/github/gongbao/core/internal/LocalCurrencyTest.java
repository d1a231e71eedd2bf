package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The currency room: what a bare 元 is in a report, and which figures are written with a bare 元. */
class LocalCurrencyTest {
  private static String yuan(String text) {
    return new LocalCurrency(TextNormalizer.inspect(text).text).localYuan();
  }

  /** An item over the first occurrence of {@code figure} in {@code t}. */
  private static Item item(String t, String figure) {
    Item it = new Item(Item.Kind.AMOUNT);
    it.start = t.indexOf(figure);
    it.end = it.start + figure.length();
    return it;
  }

  private static boolean bare(String t, String figure) {
    return new LocalCurrency(t).isBareYuan(item(t, figure));
  }

  @Test
  void aMainlandReportIsInYuan() {
    assertEquals("CNY", yuan("全年全市地区生产总值达到3256.8亿元,比上年增长5.6%。"));
    assertEquals("CNY", yuan(""));
  }

  @Test
  void taiwanOfficesAndTheirDollarMeanTwd() {
    assertEquals("TWD", yuan("主计总处今日发布,第三季经济成长率为4.2%。"));
    assertEquals("TWD", yuan("今年出口总值达新台币12.5兆元。"));
    assertEquals("TWD", yuan("經濟部統計處公布,外銷訂單金額為520億美元。")); // Traditional, folded
  }

  @Test
  void hongKongOfficesMeanHkd() {
    assertEquals("HKD", yuan("政府统计处今日发表的数字显示,零售业总销货价值为320亿元。"));
    assertEquals("HKD", yuan("香港特别行政区政府公布本地生产总值预测。"));
  }

  @Test
  void macaoOfficesMeanMop() {
    assertEquals("MOP", yuan("统计暨普查局资料显示,本地生产总值为1,024亿元。"));
    assertEquals("MOP", yuan("澳门特别行政区政府公布年度财政收入。"));
  }

  @Test
  void renminbiInTheTextMeansYuanEvenWithAnOfficeMarker() {
    assertEquals("CNY", yuan("政府统计处公布,与内地贸易额折合人民币2,150亿元。"));
    assertEquals("CNY", yuan("主计总处公布,陆资投资金额以人民币计为85亿元。"));
  }

  @Test
  void theFirstAnswerIsKept() {
    LocalCurrency c = new LocalCurrency("统计暨普查局公布,博彩毛收入为180亿元。");
    assertEquals("MOP", c.localYuan());
    assertEquals("MOP", c.localYuan());
  }

  @Test
  void aFigureEndingInAPlainYuanIsBare() {
    assertTrue(bare("社会消费品零售总额56.7亿元,增长4.1%", "56.7亿元"));
    assertTrue(bare("人均可支配收入32516元", "32516元"));
  }

  @Test
  void aFigureWithNoCurrencyWrittenIsBare() {
    // the unit the list or the subject implies: 珠宝的销售额(103.5亿)
    assertTrue(bare("珠宝的销售额(103.5亿)", "103.5亿"));
  }

  @Test
  void renminbiOrAForeignCurrencyIsNotBare() {
    assertFalse(bare("实际使用外资折合人民币12.5亿元", "12.5亿元"));
    assertFalse(bare("货物出口2.3亿美元", "2.3亿美元"));
    assertFalse(bare("对欧盟出口8.6亿欧元", "8.6亿欧元"));
    assertFalse(bare("对日本出口1,200亿日元", "1,200亿日元"));
    assertFalse(bare("跨境结算量45亿港元", "45亿港元"));
    assertFalse(bare("对澳大利亚出口3.1亿澳元", "3.1亿澳元"));
  }

  @Test
  void anItemEndingAtTheStartIsNotBare() {
    Item it = new Item(Item.Kind.AMOUNT);
    assertFalse(new LocalCurrency("增长5.6%").isBareYuan(it));
  }
}
