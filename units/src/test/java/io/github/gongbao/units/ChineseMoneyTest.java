package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import io.github.gongbao.units.ChineseNumeralFormatter.Script;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in capital numerals (大写金额): what is read, what is written, what is refused. */
class ChineseMoneyTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"壹佰壹拾壹圆整, 111.00", "玖仟陆佰陆拾伍圆壹角捌分, 9665.18", "壹拾壹元正, 11.00",
    "肆万零伍佰元整, 40500.00", "壹仟零伍元整, 1005.00", "伍角, 0.50", "捌分, 0.08", "壹元零伍分, 1.05",
    "壹元零角伍分, 1.05", "零元整, 0.00", "人民币壹佰元整, 100.00", "壹佰元, 100.00", "壹元伍厘, 1.005",
    "50元6角三分, 50.63", "' 壹佰元整 ', 100.00", "负叁元贰角, -3.20"})
  void readsSimplifiedAmounts(String text, String expected) {
    assertEquals(new BigDecimal(expected), ChineseMoney.parse(text));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"壹萬貳仟參佰陸拾圓整, 12360.00", "貳億圓整, 200000000.00", "參拾圓伍角, 30.50", "人民幣壹佰圓正, 100.00",
    "壹圓伍釐, 1.005", "陸佰圓整, 600.00"})
  void readsTraditionalAmounts(String text, String expected) {
    assertEquals(new BigDecimal(expected), ChineseMoney.parse(text));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"1234.56, 壹仟贰佰叁拾肆元伍角陆分", "100, 壹佰元整", "1005, 壹仟零伍元整", "0.5, 伍角", "0.50, 伍角",
    "0.05, 伍分", "1.05, 壹元零伍分", "10, 壹拾元整", "0, 零元整", "10500, 壹万零伍佰元整",
    "100005, 壹拾万零伍元整", "40500, 肆万零伍佰元整", "1680.32, 壹仟陆佰捌拾元叁角贰分",
    "1000000000000, 壹万亿元整", "1000500000000, 壹万零伍亿元整", "100000001, 壹亿零壹元整", "-3.2, 负叁元贰角"})
  void writesSimplifiedBankForm(String amount, String expected) {
    assertEquals(expected, ChineseMoney.format(new BigDecimal(amount)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"1234.56, 壹仟貳佰參拾肆圓伍角陸分", "100, 壹佰圓整", "12360, 壹萬貳仟參佰陸拾圓整", "200000000, 貳億圓整"})
  void writesTraditionalBankForm(String amount, String expected) {
    assertEquals(expected, ChineseMoney.format(new BigDecimal(amount), Script.TRADITIONAL));
  }

  @Test
  void aQuantityInYuan() {
    Quantity q = ChineseMoney.parseQuantity("玖仟陆佰陆拾伍圆壹角捌分");
    assertEquals("CNY", q.unit().code());
    assertEquals(new BigDecimal("9665.18"), q.value());
    assertEquals(q, Quantity.parse("玖仟陆佰陆拾伍圆壹角捌分"));
    assertEquals(new BigDecimal("111"), Quantity.parse("壹佰壹拾壹圆整").value());
  }

  @Test
  void moreThanTwoDecimalsCannotBeWritten() {
    ChineseNumberFormatException e = assertThrows(ChineseNumberFormatException.class,
        () -> ChineseMoney.format(new BigDecimal("1.234")));
    assertEquals(ErrorKind.OUT_OF_RANGE, e.kind());
    assertEquals("壹元贰角叁分", ChineseMoney.format(new BigDecimal("1.2300")));
  }

  @Test
  void tenToTheSixteenYuanCannotBeWritten() {
    assertThrows(ChineseNumberFormatException.class, () -> ChineseMoney.format(new BigDecimal("1E16")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "整", "元整", "壹佰", "壹角壹角", "壹分伍角", "壹元伍", "壹点五元", "三分之一元", "壹元整整",
      "伍角x", "壹拾壹圆整零"})
  void textThatIsNotAnAmountIsRefusedWithTheTypedException(String text) {
    assertThrows(ChineseNumberFormatException.class, () -> ChineseMoney.parse(text));
  }

  @Test
  void nullIsEmpty() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> ChineseMoney.parse(null));
    assertEquals(ErrorKind.EMPTY, e.kind());
  }

  @Test
  void offsetsPointIntoTheWholeInput() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> ChineseMoney.parse("人民币壹佰x元整"));
    assertEquals(5, e.offset());
  }
}
