package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Laws of the quantity finder on arbitrary text over the numeral and unit alphabet mixed with noise. */
class QuantityFinderProperties {
  private static final String ALPHABET = "零一二三四五六七八九十百千万亿两点负壹贰仟萬億0123456789.,，、%％个百分点倍元美港币"
      + "人次吨标准煤千瓦时台家项批第年月“”\"+-— 增长下降的和(（）)\n";

  @Provide
  Arbitrary<String> numeralNoise() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(120)
        .injectDuplicates(0.1);
  }

  @Property(tries = 2000)
  void neverThrowsAndOffsetsAreExact(@ForAll("numeralNoise") String text) {
    List<QuantityMatch> found = QuantityFinder.standard().find(text);
    Statistics.label("has matches").collect(!found.isEmpty());
    int last = -1;
    for (QuantityMatch m : found) {
      assertEquals(text.subSequence(m.start(), m.end()).toString(), m.rawString());
      assertEquals(m.quantity(), Quantity.parse(m.rawString()), () -> "the law of QuantityMatch, in " + text);
      assertTrue(m.start() >= last, "matches are in order and do not overlap");
      last = m.end();
    }
  }

  /** Text rich in Chinese numerals before units that begin with a scale character (千瓦, 千米, 千克). */
  @Provide
  Arbitrary<String> chineseNumeralsAndUnits() {
    return Arbitraries.of("一", "二", "三", "五", "十", "百", "千", "万", "亿", "零", "两", "点", "瓦", "千瓦", "米", "千米",
            "克", "千克", "元", "万元", "吨", "人", "个", "%", "百分之", "分之", "成", "半", "，", " ", "1", "5", ".",
            "负", "年", "第")
        .list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void everyMatchParsesToItsQuantity(@ForAll("chineseNumeralsAndUnits") String text) {
    List<QuantityMatch> found = QuantityFinder.standard().find(text);
    Statistics.label("matches").collect(found.isEmpty() ? "none" : "some");
    Statistics.label("matches").coverage(c -> c.check("some").percentage(p -> p > 30));
    for (QuantityMatch m : found) {
      Quantity parsed;
      try {
        parsed = Quantity.parse(m.rawString());
      } catch (ChineseNumberFormatException e) {
        throw new AssertionError("found " + m + " in " + text + " but Quantity.parse refuses it: " + e.getMessage());
      }
      assertEquals(m.quantity(), parsed, () -> "in " + text + ": " + m);
    }
  }

  @Property(tries = 500)
  void arbitraryUnicodeNeverThrows(@ForAll String text) {
    QuantityFinder.standard().find(text);
  }

  @Property(tries = 500)
  void aWrittenQuantityIsFoundWithItsValue(@ForAll("amounts") String amount) {
    String text = "全市某项收入" + amount + "，同比增长";
    List<QuantityMatch> found = QuantityFinder.standard().find(text);
    assertEquals(1, found.size(), text);
    assertEquals(0, Quantity.parse(amount).value().compareTo(found.get(0).quantity().value()), text);
  }

  @Provide
  Arbitrary<String> amounts() {
    Arbitrary<String> number = Arbitraries.bigDecimals().between(java.math.BigDecimal.ONE,
        java.math.BigDecimal.valueOf(99999)).ofScale(2).map(java.math.BigDecimal::toPlainString);
    Arbitrary<String> unit = Arbitraries.of("亿元", "万元", "元", "万人", "万吨", "亿千瓦时", "万美元", "个", "家");
    return net.jqwik.api.Combinators.combine(number, unit).as((n, u) -> n + u);
  }
}
