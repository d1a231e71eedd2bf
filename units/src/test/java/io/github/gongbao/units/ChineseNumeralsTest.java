package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Example tests: every form the parser reads, and a named test for each kind of bad input. */
class ChineseNumeralsTest {

  private static void assertValue(String expected, String numeral) {
    BigDecimal actual = ChineseNumerals.parse(numeral);
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> numeral + " should be " + expected + " but was " + actual.toPlainString());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "〇, 0", "零, 0", "一, 1", "九, 9", "两, 2", "兩, 2", "幺, 1",
    "十, 10", "十一, 11", "一十一, 11", "二十, 20", "九十九, 99",
    "一百, 100", "一百零五, 105", "一百一十, 110", "一千零一十, 1010", "一千零一, 1001", "三千零五十, 3050",
    "一万〇一十, 10010", "一万零一, 10001", "一万零二百五十, 10250", "一万二百五十, 10250",
    "一亿零一百万, 101000000", "一亿零五百万, 105000000", "五亿零六, 500000006",
    "十二亿三千四百五十六万七千八百九十, 1234567890", "四千万零六千, 40006000"})
  void plainNumerals(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"一百一, 110", "三万五, 35000", "两千, 2000", "两千三, 2300", "九十二万四, 924000",
    "一亿五, 150000000", "两千三百五, 2350", "百三, 130", "千三, 1300"})
  void elidedTails(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"壹万贰仟, 12000", "壹佰零伍, 105", "肆佰陸拾, 460", "玖仟玖佰玖拾玖, 9999", "叁拾參, 33",
    "贰貳, 22", "柒拾捌萬伍仟零陸, 785006"})
  void financialAndTraditional(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"万亿, 一万亿, 1000000000000", "萬億, 四萬億, 4000000000000", "compound, 一万五千亿, 1500000000000",
    "兆, 一兆三千亿, 1300000000000", "京, 一京, 10000000000000000", "廿, 廿一, 21", "卅, 卅, 30",
    "deep, 五兆六十二亿四万五千二, 5006200045200",
    "largest, 九十九京九千九百九十九兆九千九百九十九亿九千九百九十九万九千九百九十九, 999999999999999999"})
  void bigScales(String why, String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @Test
  void zhaoCanBeAMillion() {
    NumeralOptions million = NumeralOptions.DEFAULT.withZhao(NumeralOptions.Zhao.MILLION);
    assertEquals(new BigDecimal("3000000"), ChineseNumerals.parse("三兆", million));
    assertEquals(new BigDecimal("3000000000000"), ChineseNumerals.parse("三兆", NumeralOptions.DEFAULT));
    assertEquals(new BigDecimal("2500000"), ChineseNumerals.parse("2.5兆", million));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"二〇二四, 2024", "一九九七, 1997", "〇五, 5", "三点一四, 3.14", "〇点〇五, 0.05", "零点五, 0.5",
    "三點一四, 3.14", "两千万点五五四四, 20000000.5544", "两千三点一, 2300.1", "一万零十二点一五, 10012.15",
    "十二点五亿, 1250000000"})
  void digitStringsAndDecimals(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"负三, -3", "負三十二, -32", "-3.5亿, -350000000", "－５, -5", "−7, -7", "+8, 8", "负零点五, -0.5"})
  void signs(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"3.91万, 39100", "79.9億, 7990000000", "'1,234.5亿', 123450000000", "-3.5亿, -350000000",
    "１２．５万, 125000", "4.78万亿, 4780000000000", "2.5千万, 25000000", "3万4000, 34000", "1千零20, 1020",
    "5亿1万4千6百, 500014600", "'28,583万', 285830000", "'1,050,000,000', 1050000000", "0.3万, 3000",
    "1.23456万, 12345.6", "350万亿, 350000000000000"})
  void arabicWithScales(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"百分之五点五, 5.5", "百分之五, 5", "千分之三, 3", "万分之二, 2", "百分之一百二十, 120",
    "百分之 3.5, 3.5", "负百分之一, -1"})
  void percentagesAreThePercentNumber(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"二分之一, 0.5", "四分之三, 0.75", "五分之2, 0.4", "一百分之二, 0.02", "一又二分之一, 1.5",
    "负一又二分之一, -1.5", "二十五分之一千零拾肆, 40.56", "三分之六, 2"})
  void terminatingFractionsAreExact(String numeral, String expected) {
    BigDecimal actual = ChineseNumerals.parse(numeral);
    assertEquals(new BigDecimal(expected), actual); // equals: the scale is exact too
  }

  @Test
  void nonTerminatingFractionsUseDecimal128() {
    BigDecimal third = ChineseNumerals.parse("三分之一");
    assertEquals(BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128), third);
    assertEquals(34, third.precision());
    assertEquals(new BigDecimal("350").add(third), ChineseNumerals.parse("三百五十又三分之一"));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"' 一百 ', 100", "'一百 五 十 二', 152", "'158.86 亿', 15886000000", "'1000  万', 10000000",
    "'五 分之 一', 0.2", "'\u3000三万\u3000', 30000"})
  void whiteSpaceNextToWords(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @Test
  void keepsTheDecimalsAsWritten() {
    assertEquals(new BigDecimal("4.800"), ChineseNumerals.parse("4.800"));
    assertEquals(new BigDecimal("2000.0"), ChineseNumerals.parse("两千点零"));
    assertEquals(new BigDecimal("39100"), ChineseNumerals.parse("3.91万"));
  }

  // ---- issue 14: forms people write ----

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"百二萬, 1200000", "百二万, 1200000", "一百二万, 1200000", "两千三万, 23000000", "一千零二万, 10020000",
    "三百五亿, 35000000000", "十二万, 120000"})
  void anElidedDigitBeforeWanCountsBelowTheLastSmallScale(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"萬九, 19000", "万九, 19000", "亿五, 150000000", "四万万, 400000000", "四萬萬, 400000000",
    "10万万, 1000000000", "四万万五千万, 450000000"})
  void wanAtTheStartAndWanTwice(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"半, 0.5", "一半, 0.5", "两个半, 2.5", "三個半, 3.5", "十二个半, 12.5", "负半, -0.5"})
  void halves(String numeral, String expected) {
    assertEquals(new BigDecimal(expected), ChineseNumerals.parse(numeral));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"零點77, 0.77", "一百点123, 100.123", "3点五, 3.5", "3点5, 3.5", ".77, 0.77", "-.5, -0.5",
    ".5万, 5000"})
  void mixedScriptDecimalsAndALeadingPoint(String numeral, String expected) {
    assertEquals(new BigDecimal(expected), ChineseNumerals.parse(numeral));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"'负 1,200,000', -1200000", "'- 1,200,000', -1200000", "'+ 5', 5", "'负 三', -3"})
  void aSignSeparatedBySpace(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"一六五二億, 165200000000", "一六五二亿, 165200000000", "二〇二四万, 20240000", "一〇万, 100000"})
  void digitByDigitNumbersWithAScale(String numeral, String expected) {
    assertValue(expected, numeral);
  }

  @Test
  void twoNeighbouringDigitsBeforeAScaleAreARange() {
    fails("三四万", ErrorKind.APPROXIMATE, 0); // 30,000 to 40,000
    fails("五六亿", ErrorKind.APPROXIMATE, 0);
  }

  @Test
  void aLoneDigitBetweenWanAndYiIsAmbiguous() {
    fails("一万二亿", ErrorKind.MALFORMED, 3); // 一万二千亿 elided, or 一万零二亿 without its 零?
  }

  @Test
  void halfInTheWrongPlaceIsMalformed() {
    fails("三半", ErrorKind.MALFORMED, 1);
    fails("个半", ErrorKind.MALFORMED, 1);
    fails("1.5个半", ErrorKind.MALFORMED, 2);
  }

  // ---- issue 10: values that came out wrong ----

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"十分之三, 0.3", "拾分之六, 0.6", "亿分之一, 0.00000001", "億分之五, 0.00000005", "一十分之三, 0.3"})
  void fractionsOverTenOrYiAreFractionsNotTheirNumerator(String numeral, String expected) {
    assertEquals(new BigDecimal(expected), ChineseNumerals.parse(numeral));
  }

  @Test
  void leadingZerosOfChineseDecimalsDoNotCountAgainstTheLimit() {
    String nineteenDecimals = "零点" + "零".repeat(18) + "一";
    assertEquals(new BigDecimal("0.0000000000000000001"), ChineseNumerals.parse(nineteenDecimals));
    assertEquals(ChineseNumerals.parse("0.0000000000000000001"), ChineseNumerals.parse(nineteenDecimals));
    assertEquals(new BigDecimal("1E-40"), ChineseNumerals.parse("零点" + "零".repeat(39) + "一"));
    fails("零点" + "一".repeat(19), ErrorKind.OUT_OF_RANGE, 20);
    fails("一点" + "零".repeat(18), ErrorKind.OUT_OF_RANGE, 1);
  }

  @Test
  void yiZhaoZhaoIsRefusedCleanly() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> ChineseNumerals.parse("一千兆兆亿"));
    assertEquals(ErrorKind.MALFORMED, e.kind());
    assertEquals(3, e.offset());
  }

  // ---- bad input: one named test per trap ----

  private static ChineseNumberFormatException fails(String input, ErrorKind kind, int offset) {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> ChineseNumerals.parse(input));
    assertEquals(kind, e.kind(), () -> input + ": " + e.getMessage());
    assertEquals(offset, e.offset(), () -> input + ": " + e.getMessage());
    assertTrue(e.getMessage().contains("offset " + offset), e.getMessage());
    return e;
  }

  @Test
  void nullIsEmpty() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> ChineseNumerals.parse(null));
    assertEquals(ErrorKind.EMPTY, e.kind());
  }

  @Test
  void emptyAndBlankAreEmpty() {
    fails("", ErrorKind.EMPTY, 0);
    fails("  \u3000", ErrorKind.EMPTY, 0);
  }

  @Test
  void wanTwiceWithNoNumberOrYiTwiceIsMalformed() {
    fails("万万", ErrorKind.MALFORMED, 0); // 万万不可: an adverb, not a number
    fails("一亿亿", ErrorKind.MALFORMED, 2);
    fails("一亿四万万", ErrorKind.MALFORMED, 4);
  }

  @Test
  void shiTwiceIsMalformed() {
    fails("十十", ErrorKind.MALFORMED, 1);
    fails("一百二千", ErrorKind.MALFORMED, 3);
  }

  @Test
  void pointWithoutIntegerIsMalformed() {
    fails("点五", ErrorKind.MALFORMED, 0);
    fails("三点", ErrorKind.MALFORMED, 1);
    fails(".", ErrorKind.MALFORMED, 0);
    fails("5.", ErrorKind.MALFORMED, 1);
  }

  @Test
  void digitsAfterAScaledDecimalAreMalformed() {
    fails("10.1万零100", ErrorKind.MALFORMED, 5);
    fails("3.5亿2", ErrorKind.MALFORMED, 4);
  }

  @Test
  void strayCharactersAreUnexpected() {
    fails("三x", ErrorKind.UNEXPECTED_CHARACTER, 1);
    fails("3.91万人", ErrorKind.UNEXPECTED_CHARACTER, 5);
    fails("一切", ErrorKind.UNEXPECTED_CHARACTER, 1);
    fails("参", ErrorKind.UNEXPECTED_CHARACTER, 0); // 参 has a Unicode value 3 but is not read as a digit
  }

  @Test
  void approximationsAreRefused() {
    fails("十余万", ErrorKind.APPROXIMATE, 1);
    fails("一千多万", ErrorKind.APPROXIMATE, 2);
  }

  @Test
  void valuesBeyondTheLimitAreOutOfRange() {
    fails("一百京", ErrorKind.OUT_OF_RANGE, 2);
    fails("1000000000000000000", ErrorKind.OUT_OF_RANGE, 18);
    fails("1000亿亿", ErrorKind.MALFORMED, 5);
    fails("一二三四五六七八九〇一二三四五六七八九", ErrorKind.OUT_OF_RANGE, 18);
    assertEquals(ChineseNumerals.MAX_VALUE, ChineseNumerals.parse("999999999999999999"));
  }

  @Test
  void absurdlyLongInputIsTooLong() {
    fails("一".repeat(100_000), ErrorKind.TOO_LONG, 0);
  }

  @Test
  void misplacedSeparatorsAndSignsAreMalformed() {
    fails("1,23", ErrorKind.MALFORMED, 3);
    fails("12,3456", ErrorKind.MALFORMED, 6);
    fails("--5", ErrorKind.MALFORMED, 1);
    fails("五-", ErrorKind.MALFORMED, 1);
    fails("负", ErrorKind.MALFORMED, 0);
  }

  @Test
  void spacesBetweenDigitsAreMalformed() {
    fails("一 二", ErrorKind.MALFORMED, 1);
    fails("1 2", ErrorKind.MALFORMED, 1);
  }

  @Test
  void zeroesInTheWrongPlaceAreMalformed() {
    fails("一百零", ErrorKind.MALFORMED, 2);
    fails("一百零零五", ErrorKind.MALFORMED, 3);
    fails("一万零亿", ErrorKind.MALFORMED, 3);
  }

  @Test
  void brokenFractionsAreMalformed() {
    fails("零分之一", ErrorKind.MALFORMED, 0);
    fails("二分之", ErrorKind.MALFORMED, 1);
    fails("二分一", ErrorKind.MALFORMED, 1);
    fails("分之一", ErrorKind.MALFORMED, 0);
    fails("三分之一分之二", ErrorKind.MALFORMED, 4);
    fails("一又二", ErrorKind.MALFORMED, 2);
  }

  @Test
  void mixingArabicAndChineseDigitsIsMalformed() {
    fails("3五", ErrorKind.MALFORMED, 1);
    fails("五3", ErrorKind.MALFORMED, 1);
    fails("3点5五", ErrorKind.MALFORMED, 3);
    fails("12百", ErrorKind.MALFORMED, 2);
  }

  @Test
  void ambiguousElisionAfterACompoundScaleIsMalformed() {
    fails("三万亿五", ErrorKind.MALFORMED, 3);
  }
}
