package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCatalogueTest {
  private static final UnitCatalogue CAT = UnitCatalogue.standard();

  /** Every amount unit code of DESIGN.md's claims table. */
  @ParameterizedTest
  @ValueSource(strings = {"CNY", "USD", "EUR", "HKD", "JPY", "TWD", "person", "person_time", "tonne", "tce",
      "kWh", "MWh", "GWh", "kW", "MW", "GW", "m2", "km2", "mu", "ha", "km", "m3", "kVA", "unit:个", "unit:台",
      "unit:家"})
  void hasEveryCodeOfTheClaimsTable(String code) {
    Unit u = CAT.byCode(code).orElseThrow(() -> new AssertionError("missing " + code));
    assertEquals(code, u.code());
  }

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @CsvSource(delimiter = '|', value = {
      "元       | CNY         | money:CNY        | 1",
      "人民币   | CNY         | money:CNY        | 1",
      "美元     | USD         | money:USD        | 1",
      "欧元     | EUR         | money:EUR        | 1",
      "港元     | HKD         | money:HKD        | 1",
      "港币     | HKD         | money:HKD        | 1",
      "日元     | JPY         | money:JPY        | 1",
      "新台币   | TWD         | money:TWD        | 1",
      "人       | person      | person           | 1",
      "人次     | person_time | person_time      | 1",
      "吨       | tonne       | mass             | 1",
      "公斤     | kg          | mass             | 0.001",
      "千克     | kg          | mass             | 0.001",
      "吨标准煤 | tce         | coal_equivalent  | 1",
      "吨标煤   | tce         | coal_equivalent  | 1",
      "千瓦时   | kWh         | electric_energy  | 1",
      "度       | kWh         | electric_energy  | 1",
      "MWh      | MWh         | electric_energy  | 1000",
      "GWh      | GWh         | electric_energy  | 1000000",
      "千瓦     | kW          | power            | 1",
      "兆瓦     | MW          | power            | 1000",
      "GW       | GW          | power            | 1000000",
      "千伏安   | kVA         | apparent_power   | 1",
      "亩       | mu          | area             | 1",
      "公顷     | ha          | area             | 15",
      "平方米   | m2          | area             | 0.0015",
      "㎡       | m2          | area             | 0.0015",
      "平方公里 | km2         | area             | 1500",
      "公里     | km          | length           | 1000",
      "立方米   | m3          | volume           | 1",
      "%        | %           | percent          | 1",
      "‰        | ‰           | percent          | 0.1",
      "个百分点 | pp          | percentage_point | 1",
      "倍       | times       | multiple         | 1",
      "个       | unit:个     | count:个         | 1",
      "批       | unit:批     | count:批         | 1",
  })
  void mapsWordsToCodeDimensionAndExactFactor(String word, String code, String dimension, String factor) {
    Unit u = CAT.byWord(word).orElseThrow(() -> new AssertionError("missing " + word));
    assertEquals(code, u.code());
    assertEquals(dimension, u.dimension());
    assertEquals(0, new BigDecimal(factor).compareTo(u.factor()), "factor of " + word);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "噸標準煤 | tce", "千瓦時 | kWh", "個百分點 | pp", "港幣 | HKD", "人民幣 | CNY", "畝 | mu",
      "公頃 | ha", "噸 | tonne", "萬 | -", "個 | unit:个", "輛 | unit:辆", "項 | unit:项", "萬千瓦 | -"})
  void findsTraditionalFormsDerivedByIcu(String word, String code) {
    if (code.equals("-")) {
      assertTrue(CAT.byWord(word).isEmpty(), word + " is not a unit");
    } else {
      assertEquals(code, CAT.byWord(word).orElseThrow(() -> new AssertionError(word)).code());
    }
  }

  @Test
  void aliasesShareOneUnitWithTheFirstListedWord() {
    assertSame(CAT.byWord("元").orElseThrow(), CAT.byWord("人民币").orElseThrow());
    assertEquals("元", CAT.byCode("CNY").orElseThrow().word());
    assertEquals("千瓦时", CAT.byWord("度").orElseThrow().word());
    Set<String> codes = new HashSet<>();
    for (Unit u : CAT.units()) {
      assertTrue(codes.add(u.code()), "one unit per code: " + u.code());
    }
  }

  @Test
  void everyMeasureWordIsItsOwnDimension() {
    for (Unit u : CAT.units()) {
      if (u.code().startsWith("unit:")) {
        assertEquals("count:" + u.code().substring(5), u.dimension());
        assertEquals(u.code().substring(5), u.word());
        assertEquals(1, CAT.unitsOf(u.dimension()).size());
      }
    }
  }

  @Test
  void everyCurrencyIsItsOwnDimensionNamedByItsIsoCode() {
    for (Unit u : CAT.units()) {
      if (u.isCurrency()) {
        assertEquals("money:" + u.code(), u.dimension());
        assertTrue(u.code().matches("[A-Z]{3}"), u.code());
      }
    }
  }

  @Test
  void everyDimensionHasABaseUnit() {
    for (String dim : CAT.dimensions()) {
      assertTrue(CAT.unitsOf(dim).stream().anyMatch(u -> u.factor().compareTo(BigDecimal.ONE) == 0), dim);
    }
  }

  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "千瓦时的 | 0 | 3", "万千瓦时 | 0 | 0", "万千瓦时 | 1 | 3", "吨标准煤 | 0 | 4", "个百分点 | 0 | 4",
      "元 | 1 | 0", "元 | 5 | 0", "千米 | 0 | 2", "米 | 0 | 1"})
  void matchLengthFindsTheLongestWord(String text, int start, int expected) {
    assertEquals(expected, CAT.matchLength(text, start));
  }

  @Test
  void readsItsOwnSmallCatalogue() {
    UnitCatalogue small = UnitCatalogue.read(new StringReader(
        "# test\n\n元\tCNY\tmoney:CNY\t1\n吨\ttonne\tmass\t1\n千克\tkg\tmass\t0.001\n"));
    assertEquals(3, small.units().size());
    assertEquals(Set.of("money:CNY", "mass"), small.dimensions());
    assertEquals("kg", small.byWord("千克").orElseThrow().code());
    assertTrue(small.byWord("美元").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "元\tCNY\tmoney:CNY",
      "元\tCNY\tmoney:CNY\tone",
      "元\tCNY\tmoney:CNY\t0",
      "元\tCNY\tmoney:CNY\t-1",
      "元\tCNY\tmoney:CNY\t1\n人民币\tCNY\tmoney:CNY\t2",
      "元\tCNY\tmoney:CNY\t1\n元\tUSD\tmoney:USD\t1",
      "\tCNY\tmoney:CNY\t1"})
  void refusesAMalformedOrContradictoryCatalogue(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnitCatalogue.read(new StringReader(text)));
    assertTrue(e.getMessage().contains("line"), e.getMessage());
  }

  @Test
  void lookupsOfNullAreEmpty() {
    assertTrue(CAT.byWord(null).isEmpty());
    assertTrue(CAT.byCode(null).isEmpty());
  }

  @Test
  void countUnitsSayTheyAreCountsAndOthersDoNot() {
    assertTrue(CAT.byWord("家").orElseThrow().isCount());
    assertTrue(CAT.byWord("个").orElseThrow().isCount());
    assertTrue(!CAT.byWord("万元").isPresent() || !CAT.byWord("元").orElseThrow().isCount());
    assertTrue(!CAT.byWord("人").orElseThrow().isCount(), "people are a dimension of their own");
    assertTrue(!Unit.NUMBER.isCount());
  }

  @Test
  void yieldsPerMuAreCatalogueUnitsOfTheirOwnDimension() {
    Unit kgPerMu = CAT.byWord("公斤/亩").orElseThrow();
    assertEquals("kg/mu", kgPerMu.code());
    assertEquals("mass_per_mu", kgPerMu.dimension());
    assertEquals(0, new BigDecimal("1000").compareTo(Quantity.parse("500公斤/亩").to(CAT.byCode("jin/mu")
        .orElseThrow()).number()), "500 kg per mu is 1000 jin per mu");
  }
}
