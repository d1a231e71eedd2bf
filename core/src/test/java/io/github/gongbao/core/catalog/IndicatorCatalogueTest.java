package io.github.gongbao.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorCatalogueTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();

  private static String id(Optional<CatalogueEntry> e) {
    return e.map(CatalogueEntry::id).orElse("<none>");
  }

  // ---- the shipped data ----

  @Test
  void standardCatalogueHasAtLeastOneHundredEntries() {
    assertTrue(CATALOGUE.entries().size() >= 100, "only " + CATALOGUE.entries().size() + " entries");
  }

  @Test
  void everyCategoryIsUsed() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (CatalogueEntry e : CATALOGUE.entries()) {
      counts.merge(e.category(), 1, Integer::sum);
    }
    Set<Category> unused = EnumSet.allOf(Category.class);
    unused.removeAll(counts.keySet());
    assertTrue(unused.isEmpty(), "categories without entries: " + unused);
  }

  @Test
  void idsAreLowerSnakeAndUnique() {
    Pattern lowerSnake = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    Map<String, CatalogueEntry> seen = new HashMap<>();
    for (CatalogueEntry e : CATALOGUE.entries()) {
      assertTrue(lowerSnake.matcher(e.id()).matches(), e.id());
      assertEquals(null, seen.put(e.id(), e), "duplicate id " + e.id());
      assertEquals(e, CATALOGUE.byId(e.id()).orElseThrow());
    }
  }

  @Test
  void noNameInEitherScriptNamesTwoEntries() {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (CatalogueEntry e : CATALOGUE.entries()) {
      for (String n : e.names()) {
        for (String form : List.of(n, toTraditional.transliterate(n))) {
          String previous = owner.putIfAbsent(NameKeys.key(form), e.id());
          if (previous != null && !previous.equals(e.id())) {
            clashes.add(form + ": " + previous + " and " + e.id());
          }
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  @Test
  void entriesAreUnmodifiable() {
    List<CatalogueEntry> entries = CATALOGUE.entries();
    assertThrows(UnsupportedOperationException.class, () -> entries.remove(0));
    List<String> aliases = CATALOGUE.byId("gdp").orElseThrow().aliases();
    assertThrows(UnsupportedOperationException.class, () -> aliases.add("x"));
  }

  @Test
  void standardIsLoadedOnce() {
    assertTrue(IndicatorCatalogue.standard() == IndicatorCatalogue.standard());
  }

  // ---- lookup ----

  @ParameterizedTest
  @CsvSource({
    "地区生产总值, gdp",
    "GDP, gdp",
    "规模以上工业增加值, industrial_value_added_above_size",
    "规上工业增加值, industrial_value_added_above_size",
    "工业增加值, industrial_value_added",
    "社消零, retail_sales",
    "社会消费品零售总额, retail_sales",
    "固投, fixed_asset_investment",
    "固定资产投资, fixed_asset_investment",
    "一般公共预算收入, general_public_budget_revenue",
    "地方一般公共预算收入, general_public_budget_revenue",
    "进出口总额, total_imports_exports",
    "外贸进出口, total_imports_exports",
    "实际使用外资, foreign_direct_investment_utilised",
    "实际利用外资, foreign_direct_investment_utilised",
    "城镇居民人均可支配收入, per_capita_disposable_income_urban",
    "居民消费价格, cpi",
    "CPI, cpi",
    "工业生产者出厂价格, ppi",
    "PPI, ppi",
    "金融机构人民币存款余额, deposits_rmb",
    "新增就业, new_urban_jobs",
    "技改投资, technological_transformation_investment",
    "工业技术改造投资, technological_transformation_investment",
    "房地产开发投资, real_estate_development_investment",
    "民间投资, private_investment",
    "高技术制造业增加值, high_tech_manufacturing_value_added",
    "税收收入, tax_revenue",
    "非税收入, non_tax_revenue",
    "民生支出, livelihood_expenditure",
    "三保支出, three_guarantees_expenditure",
    "新增专项债券, new_special_bonds",
    "政府性基金预算收入, government_fund_budget_revenue",
    "全社会用电量, electricity_consumption",
    "工业用电量, industrial_electricity_consumption",
    "粮食产量, grain_output",
    "城镇化率, urbanization_rate",
    "常住人口, resident_population",
    "商品房销售面积, commercial_housing_sales_area",
    "旅游总收入, tourism_revenue",
  })
  void lookupFindsSimplifiedNamesAndAliases(String name, String expectedId) {
    assertEquals(expectedId, id(CATALOGUE.lookup(name)));
  }

  @ParameterizedTest
  @CsvSource({
    "規模以上工業增加值, industrial_value_added_above_size",
    "規上工業增加值, industrial_value_added_above_size",
    "社會消費品零售總額, retail_sales",
    "固定資產投資, fixed_asset_investment",
    "一般公共預算收入, general_public_budget_revenue",
    "進出口總額, total_imports_exports",
    "實際使用外資, foreign_direct_investment_utilised",
    "城鎮居民人均可支配收入, per_capita_disposable_income_urban",
    "居民消費價格, cpi",
    "金融機構人民幣存款餘額, deposits_rmb",
    "房地產開發投資, real_estate_development_investment",
    "稅收收入, tax_revenue",
    "新增專項債券, new_special_bonds",
    "全社會用電量, electricity_consumption",
    "糧食產量, grain_output",
    "城鎮化率, urbanization_rate",
    "商品房銷售面積, commercial_housing_sales_area",
  })
  void lookupFindsTraditionalForms(String name, String expectedId) {
    assertEquals(expectedId, id(CATALOGUE.lookup(name)));
  }

  @Test
  void traditionalNameIsDerivedWithIcu() {
    assertEquals("社會消費品零售總額", CATALOGUE.byId("retail_sales").orElseThrow().nameTraditional());
    assertEquals("規模以上工業增加值",
        CATALOGUE.byId("industrial_value_added_above_size").orElseThrow().nameTraditional());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    " ＣＰＩ |cpi",
    "cpi|cpi",
    "Ｍ２|m2",
    "规上 工业增加值|industrial_value_added_above_size",
    "规上　工业增加值|industrial_value_added_above_size",
    "“三保”支出|three_guarantees_expenditure",
    "固定资产投资(不含农户)|fixed_asset_investment",
    "单位ＧＤＰ能耗|energy_intensity",
  })
  void lookupNormalisesWidthSpacesQuotesAndCase(String name, String expectedId) {
    assertEquals(expectedId, id(CATALOGUE.lookup(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "全市", "增长", "三十工程", "3+13+N", "国发〔2024〕5号", "规上工业增加值增长7.2%", "x"})
  void lookupFindsNothingForNonNames(String name) {
    assertEquals(Optional.empty(), CATALOGUE.lookup(name));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> CATALOGUE.lookup(null));
    assertThrows(NullPointerException.class, () -> CATALOGUE.findIn(null));
    assertThrows(NullPointerException.class, () -> CATALOGUE.byId(null));
  }

  @Test
  void byIdFindsOnlyExactIds() {
    assertEquals("retail_sales", id(CATALOGUE.byId("retail_sales")));
    assertEquals(Optional.empty(), CATALOGUE.byId("Retail_Sales"));
    assertEquals(Optional.empty(), CATALOGUE.byId("社会消费品零售总额"));
  }

  // ---- findIn ----

  @ParameterizedTest
  @CsvSource({
    "全市规上工业增加值, industrial_value_added_above_size",
    "1—6月全市社会消费品零售总额, retail_sales",
    "全市規上工業增加值, industrial_value_added_above_size",
    "1—6月全市社會消費品零售總額, retail_sales",
    "我县规模以上工业增加值, industrial_value_added_above_size",
    "全省工业增加值, industrial_value_added",
    "全社会用电量中工业用电量, industrial_electricity_consumption",
    "其中：税收收入, tax_revenue",
    "其中：非税收入, non_tax_revenue",
    "1-9月份全市固定资产投资（不含农户）, fixed_asset_investment",
    "地区生产总值（GDP）, gdp",
    "全市实现地区生产总值, gdp",
    "规上工业增加值增速, industrial_value_added_above_size",
    "进出口总额中出口, exports",
    "全市城乡居民人均可支配收入中位数, median_disposable_income",
    "全年全体居民人均可支配收入, per_capita_disposable_income",
    "上半年全市一般公共预算收入, general_public_budget_revenue",
    "全省居民消费价格总水平, cpi",
    "中站区限额以上单位消费品零售额, retail_sales_above_quota",
    "民营经济增加值占GDP比重, private_economy_value_added",
    "税收收入占一般公共预算收入的比重, tax_revenue",
    "高技术制造业增加值占规上工业增加值比重, high_tech_manufacturing_value_added",
    "全社会研发经费支出占GDP比重, r_and_d_intensity",
    "全市税收占比, tax_revenue_share",
    "非食品价格指数, non_food_prices",
    "食品价格指数, food_prices",
    "其中：交通运输、仓储和邮政业, transport_value_added",
    "新开工项目总投资, total_project_investment",
    "綜合類政府消費券, consumption_vouchers",
    "招商引资亿元以上签约项目, signed_projects",
  })
  void findInPicksTheLongestNameEndingOrInsideTheSubject(String subject, String expectedId) {
    assertEquals(expectedId, id(CATALOGUE.findIn(subject)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "全市", "三十工程", "\"3+13+N\"产业链群", "\"345\"创新行动", "国发〔2024〕5号", "两高四着力",
      "记者 张三 编辑 李四", "0391-1234567"})
  void findInFindsNothingInProgrammeNamesAndDebris(String subject) {
    assertEquals(Optional.empty(), CATALOGUE.findIn(subject));
  }

  // ---- loading errors ----

  private static IndicatorCatalogue loadResource(String name) throws Exception {
    try (InputStream in = IndicatorCatalogueTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "test resource " + name);
      return IndicatorCatalogue.load(in, name);
    }
  }

  private static IndicatorCatalogue loadText(String text) {
    return IndicatorCatalogue.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline.tsv");
  }

  @Test
  void malformedLineFailsNamingFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loadResource("malformed-fields.tsv"));
    assertTrue(e.getMessage().startsWith("malformed-fields.tsv:4: expected 5 tab-separated fields"), e.getMessage());
  }

  @Test
  void aliasNamingTwoEntriesFailsLoading() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loadResource("ambiguous-alias.tsv"));
    assertTrue(e.getMessage().startsWith("ambiguous-alias.tsv:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("'出口'") && e.getMessage().contains("'exports'")
        && e.getMessage().contains("'export_value'"), e.getMessage());
  }

  @Test
  void duplicateIdFailsLoading() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loadResource("duplicate-id.tsv"));
    assertEquals("duplicate-id.tsv:3: duplicate id 'gdp' (first defined on line 2)", e.getMessage());
  }

  @Test
  void traditionalFormsCollidingFailsLoading() {
    // 规上 is an alias of the first entry; the second spells the same name in Traditional script and clashes.
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loadText(
        "a\t规模以上\t规上\tA\tindustry\nb\t规上工业\t-\tB\tindustry\nc\t乙丙\t规上\tC\tindustry\n"));
    assertTrue(e.getMessage().startsWith("inline.tsv:3: name '规上' of 'c' already names 'a'"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "gdp\t地区生产总值\t-\tGDP\tmacro;inline.tsv:1: unknown indicator category 'macro'",
    "GDP\t地区生产总值\t-\tGDP\toutput;inline.tsv:1: id 'GDP' is not lower_snake ASCII",
    "gdp\t地區生產總值\t-\tGDP\toutput;inline.tsv:1: name '地區生產總值' of 'gdp' is not in Simplified script",
    "gdp\t地区生产总值\t总\tGDP\toutput;inline.tsv:1: name '总' of 'gdp' is shorter than two characters",
    "gdp\t地区生产总值\tGDP|GDP\tGDP\toutput;inline.tsv:1: entry 'gdp': name 'GDP' is listed twice",
    "gdp\t地区生产总值\t-\t \toutput;inline.tsv:1: entry 'gdp': name, nameTraditional and englishName must not be blank",
  })
  void badLinesFailLoadingWithTheirLine(String line, String expectedMessageStart) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> loadText(line + "\n"));
    assertTrue(e.getMessage().startsWith(expectedMessageStart), e.getMessage());
  }

  @Test
  void commentsBlankLinesAndByteOrderMarkAreSkipped() {
    IndicatorCatalogue c = loadText("\uFEFF# comment\n\n  \ngdp\t地区生产总值\tGDP|生产总值\tGross domestic product\toutput\n");
    assertEquals(1, c.entries().size());
    assertEquals("gdp", id(c.lookup("地區生產總值")));
    assertEquals(List.of("GDP", "生产总值"), c.entries().get(0).aliases());
  }

  // ---- values, JSON, threads ----

  @Test
  void categoryCodesAreLowerSnake() {
    assertEquals("foreign_investment", Category.FOREIGN_INVESTMENT.code());
    assertEquals(Category.REAL_ESTATE, Category.fromCode("real_estate"));
    assertThrows(IllegalArgumentException.class, () -> Category.fromCode("REAL_ESTATE"));
  }

  @Test
  void entryJsonRoundTrips() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    CatalogueEntry entry = CATALOGUE.byId("foreign_direct_investment_utilised").orElseThrow();
    String json = mapper.writeValueAsString(entry);
    assertTrue(json.contains("\"category\":\"foreign_investment\""), json);
    assertTrue(json.contains("\"nameTraditional\":\"實際使用外資\""), json);
    assertEquals(entry, mapper.readValue(json, CatalogueEntry.class));
  }

  @Test
  void concurrentLookupsAgree() throws Exception {
    // 臺 is a variant the Simplified-Traditional derivation does not produce, so these take the locked retry path.
    List<String> subjects = List.of("全市規上工業增加值", "臺州市社會消費品零售總額", "全省居民消費價格", "臺灣地區進出口總額");
    List<String> expected = new ArrayList<>();
    for (String s : subjects) {
      expected.add(id(CATALOGUE.findIn(s)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (int i = 0; i < 200; i++) {
            got.clear();
            for (String s : subjects) {
              got.add(id(CATALOGUE.findIn(s)));
            }
          }
          return got;
        }));
      }
      for (Future<List<String>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of("industrial_value_added_above_size", "retail_sales", "cpi", "total_imports_exports"),
        expected);
  }
}
