package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Quantity mentions in running text, and the numbers that are names, not amounts. */
class QuantityFinderTest {
  private static List<String> found(String text) {
    return QuantityFinder.standard().find(text).stream()
        .map(m -> m.rawString() + "=" + m.quantity().value().toPlainString() + " " + m.quantity().unit().code())
        .collect(Collectors.toList());
  }

  @Test
  void findsAmountsWithScalesAndUnits() {
    assertEquals(List.of("79.9亿元=7990000000 CNY", "4.5%=4.5 %"), found("一般公共预算收入79.9亿元，同比增长4.5%。"));
    assertEquals(List.of("30万台=300000 unit:台", "0.8万吨标准煤=8000 tce"), found("年产30万台发动机，年节能量0.8万吨标准煤。"));
    assertEquals(List.of("2.6万人=26000 person"), found("城镇新增就业2.6万人"));
  }

  @Test
  void findsChineseNumeralsWithUnits() {
    assertEquals(List.of("三千零五十名=3050 person", "一亿零五百万元=105000000 CNY"),
        found("吸纳三千零五十名返乡人员，安排资金一亿零五百万元"));
  }

  @Test
  void anApproximationBetweenTheNumberAndItsUnitIsPartOfTheMention() {
    assertEquals(List.of("1200余户=1200 unit:户", "300多家=300 unit:家", "20余万元=200000 CNY"),
        found("新增市场主体1200余户，规上企业300多家，补贴20余万元"));
  }

  @Test
  void zhaoInsideANumeralIsTenToTheTwelfthButBeforeAUnitIsAPrefix() {
    assertEquals(List.of("一兆八千九百八十四亿元=1898400000000 CNY", "120兆瓦=120 MW"),
        found("全年接单约合一兆八千九百八十四亿元，新建120兆瓦光伏电站"));
  }

  @Test
  void currencyNamedBeforeTheNumberWins() {
    assertEquals(List.of("港币50亿元=5000000000 HKD"), found("投资港币50亿元建设产业园"));
  }

  @Test
  void thousandsSeparatorsAndSpaces() {
    assertEquals(List.of("28,583万元=285830000 CNY", "158.86 亿元=15886000000 CNY"),
        found("收入28,583万元，支出158.86 亿元"));
  }

  @Test
  void programmeNamesAndSlogansAreNotQuantities() {
    assertEquals(List.of(), found("实施“三十工程”，聚焦“3+13+N”产业链群，开展“345”创新行动，落实“1+2+4+N”目标任务体系，两高四着力，五统一"));
  }

  @Test
  void theOneOfABatchOrAFurtherStepIsNotAQuantity() {
    assertEquals(List.of(), found("一批标志性项目建成投产，进一步推进一项目一方案"));
  }

  @Test
  void halfOfTheFirstHalfYearIsNotAQuantity() {
    assertEquals(List.of("6.6%=6.6 %"), found("上半年固定资产投资增长6.6%"));
  }

  @Test
  void ordinalsYearsAndDocumentNumbersAreNotQuantities() {
    assertEquals(List.of(), found("居全省第3位，2024年，国发〔2024〕5号"));
  }

  @Test
  void offsetsPointAtTheRawText() {
    String text = "全市进出口114.8亿元，实际使用外资2653万美元。";
    for (QuantityMatch m : QuantityFinder.standard().find(text)) {
      assertEquals(m.rawString(), text.substring(m.start(), m.end()));
    }
    assertEquals(2, QuantityFinder.standard().find(text).size());
  }
}
