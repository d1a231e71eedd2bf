package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link Quantity#parse(CharSequence)} on arbitrary text: a quantity or the typed exception, nothing else. */
class QuantityParseProperties {
  private static final String[] PIECES = {
      "0", "1", "3", "5", "9", ".", ",", "-", "１", "．", "一", "二", "三", "十", "百", "千", "万", "亿", "萬", "億",
      "零", "两", "点", "负", "元", "亿元", "人民币", "港币", "美元", "人", "吨", "吨标准煤", "千瓦时", "千瓦", "千米",
      "米", "%", "‰", "个百分点", "百分点", "倍", "个", "台", "百分之", "千分之", " ", "\u3000", "x", "〔", "号", "+",
      "N", "\uD800", "\uDC00", "😀", "\u0000", "亩", "平方米", "度", "GWh", "分之", "成", "半", "圆", "角", "分", "整",
      "壹", "佰", "万分之"};

  @Provide
  Arbitrary<String> noisyQuantities() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void parseGivesAQuantityOrTheTypedException(@ForAll("noisyQuantities") String text) {
    try {
      Quantity q = Quantity.parse(text);
      Statistics.label("outcome").collect("quantity");
      assertTrue(q.isEquivalentTo(Quantity.parse(q.toString())), () -> text + " -> " + q);
    } catch (ChineseNumberFormatException e) {
      Statistics.label("outcome").collect(e.kind());
      assertTrue(e.offset() >= 0 && e.offset() <= text.length(), () -> e.getMessage());
      assertEquals(text, e.input());
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("quantity").count(k -> k > 0);
      c.check(ChineseNumberFormatException.ErrorKind.UNIT).count(k -> k > 0);
    });
  }

  @Property(tries = 1000)
  void arbitraryUnicodeGivesAQuantityOrTheTypedException(@ForAll String text) {
    try {
      Quantity.parse(text);
    } catch (ChineseNumberFormatException e) {
      assertEquals(text, e.input());
    }
  }

  @Property
  void anyArabicNumberWithScaleAndUnitParses(@ForAll("units") Unit unit, @ForAll("numbers") BigDecimal n,
      @ForAll("scales") String scale) {
    String number = n.toPlainString();
    Quantity q = Quantity.parse(number + scale + " " + unit.word());
    assertEquals(unit, q.unit());
    assertEquals(0, n.multiply(Scales.valueOf(scale)).compareTo(q.value()));
  }

  /** Non-negative decimals of up to 15 significant digits, within every numeral parser's limits. */
  @Provide
  Arbitrary<BigDecimal> numbers() {
    return Combinators.combine(Arbitraries.longs().between(0, 999_999_999_999_999L),
        Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<Unit> units() {
    return Arbitraries.of(UnitCatalogue.standard().units());
  }

  @Provide
  Arbitrary<String> scales() {
    return Arbitraries.of("", "万", "亿", "萬", "億", "千万", "百万", "万亿", "十");
  }
}
