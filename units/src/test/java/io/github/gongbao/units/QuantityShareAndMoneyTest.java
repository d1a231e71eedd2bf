package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Quantity#parse(CharSequence)} and {@link QuantityFinder} on shares written in words, money in capital
 * numerals, and the values issue 10 found wrong. Each share is checked both ways: parsed alone, and found in a
 * sentence with the same quantity.
 */
class QuantityShareAndMoneyTest {

  private static List<String> found(String text) {
    return QuantityFinder.standard().find(text).stream()
        .map(m -> m.rawString() + "=" + m.quantity().value().toPlainString() + " " + m.quantity().unit().code())
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource({"百分之三十五点六, 35.6, %", "百分之卅一點六, 31.6, %", "千分之五, 5, ‰", "仟分之贰, 2, ‰", "万分之三, 3, ‱",
    "萬分之肆, 4, ‱", "四分之三, 75, %", "二分之一, 50, %", "十分之三, 30, %", "拾分之六, 60, %", "亿分之一, 0.000001, %",
    "三成, 30, %", "六成五, 65, %", "三成半, 35, %", "半成, 5, %", "两成, 20, %", "7.2成, 72, %", "十成, 100, %",
    "百分之5.5, 5.5, %", "'百 分 之2.4', 2.4, %"})
  void sharesInWordsAreParsedAndFound(String text, String value, String code) {
    Quantity q = Quantity.parse(text);
    assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> text + " was " + q);
    assertEquals(code, q.unit().code());
    List<QuantityMatch> matches = QuantityFinder.standard().find("其中" + text + "来自民营企业");
    assertEquals(1, matches.size(), () -> text + ": " + matches);
    assertEquals(text, matches.get(0).rawString());
    assertEquals(q, matches.get(0).quantity());
  }

  @Test
  void aSpaceBeforeTheDigitAfterChengIsReadByParseAlone() {
    assertEquals(new BigDecimal("76"), Quantity.parse("七成 六").value());
    assertEquals(List.of("七成=70 %"), found("七成 六"));
  }

  @Test
  void perMilleIsKeptAsPerMilleAndConvertsToPercent() {
    Quantity q = Quantity.parse("千分之二点四");
    assertEquals("‰", q.unit().code());
    assertEquals(new BigDecimal("0.24"), q.baseValue());
  }

  @Test
  void aFractionWithoutAFiniteDecimalIsNotAShare() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("三分之一"));
    assertEquals(ErrorKind.MALFORMED, e.kind());
    assertEquals(List.of(), found("约三分之一的企业"));
  }

  @Test
  void chengNeedsANumberFromZeroToTen() {
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("十一成"));
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("七点五成五"));
  }

  @Test
  void chengInsideWordsIsNotAShare() {
    assertEquals(List.of(), found("一成不变，项目建成投产，完成投资"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"壹佰壹拾壹圆整, 111.00", "玖仟陆佰陆拾伍圆壹角捌分, 9665.18", "壹拾壹元正, 11.00", "肆万零伍佰元整, 40500.00",
    "伍角, 0.50", "人民币壹佰元整, 100.00", "壹萬貳仟圓整, 12000.00"})
  void moneyInCapitalNumeralsIsAQuantityInYuan(String text, String amount) {
    Quantity q = Quantity.parse(text);
    assertEquals(Quantity.of(new BigDecimal(amount), UnitCatalogue.standard().byCode("CNY").orElseThrow()), q);
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource({"一吨半, 1.5, tonne", "两米半, 2.5, m", "十五斤半, 15.5, jin"})
  void aCountAndAHalfAfterItsUnit(String text, String value, String code) {
    Quantity q = Quantity.parse(text);
    assertEquals(new BigDecimal(value), q.value());
    assertEquals(code, q.unit().code());
  }

  // ---- issue 10: the finder and Quantity.parse agree ----

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource({"三万五千瓦, 35000, W", "三万五千米, 35000, m", "一万二千克, 12000, g", "三千瓦, 3000, W"})
  void aChineseNumeralKeepsItsScaleCharactersBeforeAUnit(String text, String value, String code) {
    Quantity q = Quantity.parse(text);
    assertEquals(new BigDecimal(value), q.value());
    assertEquals(code, q.unit().code());
    List<QuantityMatch> matches = QuantityFinder.standard().find("装机" + text + "。");
    assertEquals(1, matches.size());
    assertEquals(q, matches.get(0).quantity());
  }

  @Test
  void anArabicNumberBeforeQianWaIsStillKilowatts() {
    assertEquals("kW", Quantity.parse("3千瓦").unit().code());
    assertEquals("km", Quantity.parse("12千米").unit().code());
  }

  @Test
  void shiSpaceBaiIsNeitherFoundNorParsed() {
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("十 百"));
    assertEquals(List.of(), found("十 百"));
    assertEquals(List.of("百家=100 unit:家"), found("十 百家"));
  }

  @Test
  void yiQianZhaoZhaoYiYuanIsRefusedCleanlyAndNotFoundInPart() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("一千兆兆亿元"));
    assertEquals(ErrorKind.MALFORMED, e.kind());
    assertEquals(List.of(), found("一般公共预算收入一千兆兆亿元"));
  }
}
