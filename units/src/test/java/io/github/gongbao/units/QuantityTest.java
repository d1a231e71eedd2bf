package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import io.github.gongbao.units.UnitConversionException.Reason;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
  private static final UnitCatalogue CAT = UnitCatalogue.standard();

  private static Unit unit(String code) {
    return CAT.byCode(code).orElseThrow(() -> new AssertionError("no unit " + code));
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "79.9億元        | 7990000000    | CNY",
      "2653万美元      | 26530000      | USD",
      "3.91萬人        | 39100         | person",
      "1.5万吨标准煤   | 15000         | tce",
      "8GWh            | 8             | GWh",
      "30万台          | 300000        | unit:台",
      "0.3万个         | 3000          | unit:个",
      "67.56万元       | 675600        | CNY",
      "人民币3.14亿元  | 314000000     | CNY",
      "港币50亿元      | 5000000000    | HKD",
      "2828.08万千伏安 | 28280800      | kVA",
      "12.6亿千瓦时    | 1260000000    | kWh",
      "'1,234.5亿元'   | 123450000000  | CNY",
      "158.86 亿元     | 15886000000   | CNY",
      "56.7亿          | 5670000000    | ''",
      "5.5%            | 5.5           | %",
      "0.8个百分点     | 0.8           | pp",
      "1.3倍           | 1.3           | times",
      "２．５万人次    | 25000         | person_time",
      "１２．５％      | 12.5          | %",
      "3‰              | 3             | ‰",
      "百分之5.5       | 5.5           | %",
      "8亿元人民币     | 800000000     | CNY",
      "2.6万人         | 26000         | person",
      "45个            | 45            | unit:个",
      "0.8万吨标准煤   | 8000          | tce",
      "4GWh            | 4             | GWh",
      "3.5万亩         | 35000         | mu",
      "120平方米       | 120           | m2",
      "1.2万平米       | 12000         | m2",
      "12千米          | 12            | km",
      "3万千瓦         | 30000         | kW",
      "500万千瓦时     | 5000000       | kWh",
      "1.2亿度         | 120000000     | kWh",
      "1万亿日元       | 1000000000000 | JPY",
      "5306亿台币      | 530600000000  | TWD",
      "1.95港元        | 1.95          | HKD",
      "-3.5亿元        | -350000000    | CNY",
      "三千万元        | 30000000      | CNY",
      "十五美元        | 15            | USD",
      "22个            | 22            | unit:个",
      "181家           | 181           | unit:家",
      "  9.6 万 吨  | 96000         | tonne",
  })
  void parsesTheGenresQuantities(String text, String value, String code) {
    Quantity q = Quantity.parse(text);
    assertEquals(dec(value), q.value(), "value");
    assertEquals(code, q.unit().code(), "unit");
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "12.6億千瓦時    | 1260000000    | kWh",
      "0.8個百分點     | 0.8           | pp",
      "港幣50億元      | 5000000000    | HKD",
      "1.5萬噸標準煤   | 15000         | tce",
      "30萬台          | 300000        | unit:台",
      "2653萬美元      | 26530000      | USD",
      "3.5萬畝         | 35000         | mu",
      "181家           | 181           | unit:家",
      "5萬輛           | 50000         | unit:辆",
      "1.2萬平方公里   | 12000         | km2",
  })
  void readsTraditionalScript(String text, String value, String code) {
    Quantity q = Quantity.parse(text);
    assertEquals(dec(value), q.value());
    assertEquals(code, q.unit().code());
  }

  @Test
  void keepsTheNumberAndScaleWordAsWritten() {
    Quantity q = Quantity.parse("79.9億元");
    assertEquals(dec("79.9"), q.number());
    assertEquals("亿", q.scaleWord());
    assertEquals(dec("100000000"), q.scale());
    assertEquals(Quantity.parse("79.9亿元"), q);
  }

  @Test
  void tellsScaleFromAUnitThatBeginsWithAScaleCharacter() {
    Quantity kwh = Quantity.parse("5千瓦时");
    assertEquals("", kwh.scaleWord());
    assertEquals("kWh", kwh.unit().code());
    Quantity wanKwh = Quantity.parse("5万千瓦时");
    assertEquals("万", wanKwh.scaleWord());
    assertEquals("kWh", wanKwh.unit().code());
    Quantity qianKwh = Quantity.parse("5千千瓦时");
    assertEquals("千", qianKwh.scaleWord());
    assertEquals(dec("5000"), qianKwh.value());
    Quantity qianwan = Quantity.parse("3千万元");
    assertEquals("千万", qianwan.scaleWord());
    assertEquals(dec("30000000"), qianwan.value());
  }

  @Test
  void theCurrencyNamedBeforeTheNumberWins() {
    assertEquals("HKD", Quantity.parse("港币50亿元").unit().code());
    assertEquals("USD", Quantity.parse("美元3亿").unit().code());
    assertEquals("CNY", Quantity.parse("人民币 3.14 亿元").unit().code());
  }

  @Test
  void aBareNumberWithAScaleHasTheNumberUnit() {
    Quantity q = Quantity.parse("56.7亿");
    assertSame(Unit.NUMBER, q.unit());
    assertEquals("亿", q.scaleWord());
    assertEquals(dec("5670000000"), q.value());
  }

  @Test
  void aChineseNumeralKeepsItsScaleCharacters() {
    Quantity q = Quantity.parse("三千万元");
    assertEquals("", q.scaleWord());
    assertEquals(dec("30000000"), q.number());
  }

  // --- named negative tests

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\u3000\t"})
  void emptyInputIsRefused(String text) {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse(text));
    assertEquals(ErrorKind.EMPTY, e.kind());
  }

  @Test
  void unknownUnitIsRefusedAtItsOffset() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("3.5光年"));
    assertEquals(ErrorKind.UNIT, e.kind());
    assertEquals(3, e.offset());
  }

  @Test
  void unknownUnitAfterAScaleIsRefusedAtItsOffset() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("12万只羊"));
    assertEquals(ErrorKind.UNIT, e.kind());
    assertEquals(3, e.offset());
  }

  @Test
  void aCurrencyWithNoNumberIsRefused() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("人民币"));
    assertEquals(ErrorKind.MALFORMED, e.kind());
    assertEquals(3, e.offset());
  }

  @Test
  void aCurrencyPrefixBeforeANonMoneyUnitIsRefused() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("人民币5吨"));
    assertEquals(ErrorKind.UNIT, e.kind());
    assertEquals(4, e.offset());
  }

  @Test
  void aUnitAfterAPercentPrefixIsRefused() {
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("百分之5个"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"亿元", "元", "万万元", "5亿万元", "5十百元", "3+13+N", "国发〔2024〕5号", "abc",
      "5%%", "1..2元", "0371-12345678",
      "三分之一", "3分之1元", "千分之三分之一"})
  void textThatIsNotAQuantityIsRefusedWithTheTypedException(String text) {
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse(text));
  }

  /** A hang guard only (no timing assertion: CI's machine is loaded); the refusal itself is what is checked. */
  @Test
  @org.junit.jupiter.api.Timeout(60)
  void longGarbageIsRefused() {
    String text = "1".repeat(200_000) + "元".repeat(200_000);
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse(text));
  }

  @Test
  void badNumeralOffsetsPointIntoTheWholeInput() {
    ChineseNumberFormatException e =
        assertThrows(ChineseNumberFormatException.class, () -> Quantity.parse("人民币1..2元"));
    assertTrue(e.offset() >= 3 && e.offset() < 7, "offset " + e.offset());
    assertEquals("人民币1..2元", e.input());
  }

  // --- conversions

  @Test
  void crossDimensionConversionIsRefused() {
    Quantity tonnes = Quantity.parse("5万吨");
    UnitConversionException e =
        assertThrows(UnitConversionException.class, () -> tonnes.to(unit("kWh")));
    assertEquals(Reason.DIMENSION, e.reason());
    assertEquals(unit("tonne"), e.from());
    assertEquals(unit("kWh"), e.to());
  }

  @Test
  void cnyToUsdIsRefused() {
    UnitConversionException e = assertThrows(UnitConversionException.class,
        () -> Quantity.parse("79.9亿元").to(unit("USD")));
    assertEquals(Reason.DIMENSION, e.reason());
  }

  @Test
  void percentToPercentagePointsIsRefused() {
    assertThrows(UnitConversionException.class, () -> Quantity.parse("5.5%").to(unit("pp")));
    assertFalse(Quantity.parse("5.5%").isEquivalentTo(Quantity.parse("5.5个百分点")));
  }

  @Test
  void measureWordsDoNotConvertIntoEachOther() {
    assertThrows(UnitConversionException.class, () -> Quantity.parse("30万台").to(unit("unit:个")));
  }

  @Test
  void muToSquareMetresIsInexactAndRefused() {
    UnitConversionException e =
        assertThrows(UnitConversionException.class, () -> Quantity.parse("1亩").to(unit("m2")));
    assertEquals(Reason.INEXACT, e.reason());
  }

  @Test
  void roundingConversionGivesTheRoundedResult() {
    Quantity q = Quantity.parse("1亩").to(unit("m2"), new MathContext(7));
    assertEquals(dec("666.6667"), q.value());
    assertEquals("m2", q.unit().code());
  }

  @Test
  void exactConversionsBetweenAreaUnits() {
    assertEquals(dec("10000"), Quantity.parse("1公顷").to(unit("m2")).value());
    assertEquals(dec("100"), Quantity.parse("1平方公里").to(unit("ha")).value());
    assertEquals(dec("2000"), Quantity.parse("3亩").to(unit("m2")).value());
    assertEquals(dec("0.0015"), Quantity.parse("1平方米").to(unit("mu")).value());
  }

  @Test
  void conversionKeepsTheScaleWord() {
    Quantity q = Quantity.parse("1.5万吨").to(unit("kg"));
    assertEquals("万", q.scaleWord());
    assertEquals(dec("1500"), q.number());
    assertEquals(dec("15000000"), q.value());
    assertEquals("1500万千克", q.toString());
  }

  @Test
  void electricEnergyConverts() {
    assertEquals(dec("1000000"), Quantity.parse("1GWh").to(unit("kWh")).value());
    Quantity gwh = Quantity.parse("12.6亿千瓦时").to(unit("GWh"));
    assertEquals(dec("1260"), gwh.value());
    assertEquals(dec("0.0000126"), gwh.number(), "the scale word 亿 is kept");
  }

  @Test
  void convertingToTheSameUnitIsTheIdentity() {
    Quantity q = Quantity.parse("79.90亿元");
    assertSame(q, q.to(unit("CNY")));
  }

  // --- equality

  @Test
  void equalsIsStrictButEquivalenceComparesValues() {
    Quantity a = Quantity.parse("79.9亿元");
    Quantity b = Quantity.parse("799000万元");
    Quantity c = Quantity.parse("7990000000元");
    assertNotEquals(a, b);
    assertNotEquals(a, c);
    assertTrue(a.isEquivalentTo(b));
    assertTrue(b.isEquivalentTo(c));
    assertNotEquals(Quantity.parse("2.0元"), Quantity.parse("2.00元"));
    assertTrue(Quantity.parse("2.0元").isEquivalentTo(Quantity.parse("2.00元")));
    assertEquals(Quantity.parse("2.0元").hashCode(), Quantity.parse("2.0元").hashCode());
  }

  @Test
  void equivalenceCrossesUnitsOfOneDimension() {
    assertTrue(Quantity.parse("1公里").isEquivalentTo(Quantity.parse("1000米")));
    assertTrue(Quantity.parse("1度").isEquivalentTo(Quantity.parse("1千瓦时")));
    assertTrue(Quantity.parse("5‰").isEquivalentTo(Quantity.parse("0.5%")));
    assertTrue(Quantity.parse("1公顷").isEquivalentTo(Quantity.parse("15亩")));
    assertFalse(Quantity.parse("1亿元").isEquivalentTo(Quantity.parse("1亿美元")));
    assertFalse(Quantity.parse("1万吨").isEquivalentTo(Quantity.parse("1万吨标准煤")));
  }

  @Test
  void baseValueIsInTheDimensionsBaseUnit() {
    assertEquals(dec("3000"), Quantity.parse("3公里").baseValue());
    assertEquals(dec("15000"), Quantity.parse("1.5万吨").baseValue());
    assertEquals(dec("1500"), Quantity.parse("1平方公里").baseValue());
  }

  // --- text

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "79.9億元      | 79.9亿元",
      "人民币3.14亿元 | 3.14亿元",
      "港币50亿元    | 50亿港元",
      "56.7亿        | 56.7亿",
      "0.8個百分點   | 0.8个百分点",
      "12.6亿度      | 12.6亿千瓦时",
      "１２．５％    | 12.5%",
  })
  void toStringIsCanonicalAndReparsable(String text, String expected) {
    Quantity q = Quantity.parse(text);
    assertEquals(expected, q.toString());
    assertEquals(q, Quantity.parse(q.toString()));
  }

  @Test
  void toStringSeparatesAScaleThatWouldFormAnotherUnit() {
    Quantity q = Quantity.of(dec("5"), "千", unit("m"));
    assertEquals("5千 米", q.toString());
    assertEquals(q, Quantity.parse(q.toString()));
    assertEquals("km", Quantity.parse("5千米").unit().code());
  }

  @Test
  void ofRefusesAWordThatIsNotAScale() {
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.of(BigDecimal.ONE, "万万", unit("CNY")));
    assertThrows(ChineseNumberFormatException.class, () -> Quantity.of(BigDecimal.ONE, "亿万", unit("CNY")));
  }
}
