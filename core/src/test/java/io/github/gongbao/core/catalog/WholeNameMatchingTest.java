package io.github.gongbao.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link IndicatorCatalogue#findIn(String)} matches whole names: the head of a Chinese noun phrase is at its end, so a
 * name inside a longer noun that names something else does not match. The rule is tested on a small catalogue of its
 * own (so that the shipped data cannot hide it) and on the shipped one.
 */
class WholeNameMatchingTest {
  /** Names chosen to sit inside longer nouns: 贷款 inside 贴息资金, 服务价格 after 及, 工业增加值 before 占. */
  private static final IndicatorCatalogue SMALL = load(String.join("\n",
      "loans\t创业担保贷款\t-\tStart-up loans\tfinance",
      "services_prices\t服务价格\t-\tServices prices\tprices",
      "iva\t工业增加值\t-\tIndustrial value added\tindustry",
      "gdp\t地区生产总值\tGDP\tGDP\toutput",
      "key_projects\t重点项目\t-\tKey projects\tinvestment",
      "tax\t税收收入\t-\tTax revenue\tfiscal",
      "secondary\t第二产业增加值\t-\tSecondary industry\toutput",
      ""));
  private static final IndicatorCatalogue SHIPPED = IndicatorCatalogue.standard();

  private static IndicatorCatalogue load(String tsv) {
    return IndicatorCatalogue.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "small.tsv");
  }

  private static String id(Optional<CatalogueEntry> e) {
    return e.map(CatalogueEntry::id).orElse("<none>");
  }

  // ---- the rule, on a catalogue of its own ----

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // a name that ends the subject is its head, whatever modifies it
    "全市创业担保贷款, loans",
    "1—6月全省工业增加值, iva",
    "市级重点项目, key_projects",
    // qualifiers of the same figure after the name keep it
    "创业担保贷款余额, loans",
    "创业担保贷款发放总额, <none>",
    "工业增加值增速, iva",
    "工業增加值增速, iva",
    "GDP总量, gdp",
    "GDP成長率, gdp",
    "税收收入增收, tax",
    "税收收入预算, tax",
    "税收收入完成率, tax",
    "工业增加值同比增长, iva",
    "服务价格指数, services_prices",
    // bracketed asides and clause boundaries
    "税收收入(同口径), tax",
    "税收收入（扣除留抵退税因素）, tax",
    "地区生产总值(GDP), gdp",
    "工业增加值：, iva",
    // a share: the name before 占 is the subject, the parent after it is not
    "工业增加值占GDP比重, iva",
    "工业增加值佔GDP比重, iva",
    "税收收入占地区生产总值, tax",
    "税收收入占地区生产总值的比重, tax",
  })
  void namesHeadTheirSubjectWhenOnlyQualifiersFollow(String subject, String expectedId) {
    assertEquals(expectedId, id(SMALL.findIn(subject)), subject);
  }

  @ParameterizedTest(name = "{0} names something else")
  @ValueSource(strings = {
    "创业担保贷款贴息资金",   // the head is 资金: a subsidy fund
    "創業擔保貸款貼息資金",   // the same in Traditional script
    "创业担保贷款贴息",
    "创业担保贷款补助",
    "创业担保贷款风险补偿金", // an unlisted head noun changes the phrase too
    "重点项目企业",
    "重点项目占地面积",       // 占地 is a head noun, not the start of a share
    "工业增加值率",           // a rate of value added is another indicator
    "工业增加值人数",
    "税收收入项目",
    "生活用品及服务价格",     // 服务价格 is only the last conjunct
    "生活用品和服务价格",
    "第一产业和第二产业增加值",
    "工业增加值8月预测",
  })
  void namesFollowedByAnotherHeadNounOrAfterAConjunctionDoNotMatch(String subject) {
    assertEquals("<none>", id(SMALL.findIn(subject)), subject);
  }

  @Test
  void aLongerQualifiedNameWinsOverAShorterOne() {
    IndicatorCatalogue c = load("a\t工业增加值\t-\tA\tindustry\nb\t规上工业增加值\t-\tB\tindustry\n");
    assertEquals("b", id(c.findIn("全市规上工业增加值增速")));
    assertEquals("a", id(c.findIn("全市工业增加值增速")));
  }

  // ---- the rule on the shipped catalogue: the example in both directions ----

  @Test
  void subsidyFundOfStartUpLoansIsNotTheLoansIndicator() {
    assertNotEquals("startup_guaranteed_loans", id(SHIPPED.findIn("创业担保贷款贴息资金")));
    assertNotEquals("startup_guaranteed_loans", id(SHIPPED.findIn("創業擔保貸款貼息資金")));
    assertEquals("startup_guaranteed_loans", id(SHIPPED.findIn("全市新增发放创业担保贷款")));
    assertEquals("startup_guaranteed_loans", id(SHIPPED.findIn("創業擔保貸款餘額")));
  }

  // ---- hand-picked subjects of the genre, both scripts, with what they are ----

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "上半年全市生产总值|gdp",
    "整體本地生產總值|gdp",
    "全年經濟成長率|gdp",
    "户籍人均生产总值|gdp_per_capita",
    "规模以上工业增加值增速|industrial_value_added_above_size",
    "一般公共預算收入|general_public_budget_revenue",
    "地方一般公共预算收入(同口径)|general_public_budget_revenue",
    "非税收入增收|non_tax_revenue",
    "税务部门|revenue_collected_by_tax_authorities",
    "其中：教育支出|education_expenditure",
    "社會保障和就業支出|social_security_employment_expenditure",
    "政府性基金预算收入|government_fund_budget_revenue",
    "上级补助收入|transfer_payments_received",
    "大口径财政收入预算|fiscal_revenue_total",
    "衣着价格|clothing_prices",
    "居住類價格|residence_prices",
    "食品烟酒|food_tobacco_alcohol_prices",
    "交通和通信价格|transport_communication_prices",
    "生活用品及服务价格|household_goods_services_prices",
    "其他用品和服务价格|other_goods_services_prices",
    "非食品价格指数|non_food_prices",
    "居民消费价格总水平(CPI)|cpi",
    "入境旅客|visitor_arrivals",
    "海路入境旅客|visitor_arrivals",
    "不過夜旅客比重|same_day_visitors",
    "留宿旅客|overnight_visitors",
    "中國內地旅客|visitor_arrivals_mainland",
    "酒店入住率|hotel_occupancy_rate",
    "私人消費開支|private_consumption",
    "政府消費開支|government_consumption",
    "本地固定資本形成總額|gross_fixed_capital_formation",
    "貨物出口|exports",
    "金融及保險業的淨產值|financial_value_added",
    "住宿和餐饮业生产指数|accommodation_catering_production_index",
    "城鎮新增就業|new_urban_jobs",
    "16-24岁劳动力失业率|youth_unemployment_rate",
    "年末常住人口|resident_population",
    "常住人口城镇化率|urbanization_rate",
    "每万人发明专利|invention_patents_per_10k",
    "基础设施项目总投资|total_project_investment",
    "10亿元以上项目|projects",
    "资质内建筑企业|qualified_construction_enterprises",
    "食用菌(干鲜混合)产量|edible_fungi_output",
    "創業擔保貸款貼息資金|startup_loan_interest_subsidy",
  })
  void genreSubjectsResolveToWhatTheyAre(String subject, String expectedId) {
    assertEquals(expectedId, id(SHIPPED.findIn(subject)), subject);
  }

  @ParameterizedTest(name = "{0} → nothing")
  @ValueSource(strings = {
    "一季度規上工業企業滿負荷生產獎勵資金",
    "规上工业企业技术改造补助资金",
    "居住面积",
    "医疗保健支出",
    "旅客发送量",
    "经济指标综合排名",
    "县市区",
    "拉動消費",
    "重点项目占地面积",
    "第一产业和第二产业增加值",
    "一项目一方案一专班一台账",
    "税收收入占比的变动因素",
  })
  void modifiersAndNonIndicatorsResolveToNothing(String subject) {
    assertEquals("<none>", id(SHIPPED.findIn(subject)), subject);
  }

  // ---- the word list's loader ----

  private static NameBoundaries boundaries(String text) {
    return NameBoundaries.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "b.tsv");
  }

  @Test
  void longestListedWordDecides() {
    NameBoundaries b = boundaries("keep\t增长|增长率\nchange\t增长点|率\nshare\t占\nchange\t占地\njoin\t和|以及\n");
    assertEquals(new NameBoundaries.Word(NameBoundaries.Kind.KEEP, 3), b.after("x增长率", 1));
    assertEquals(new NameBoundaries.Word(NameBoundaries.Kind.CHANGE, 3), b.after("x增长点", 1));
    assertEquals(new NameBoundaries.Word(NameBoundaries.Kind.SHARE, 1), b.after("x占gdp", 1));
    assertEquals(new NameBoundaries.Word(NameBoundaries.Kind.CHANGE, 2), b.after("x占地", 1));
    assertEquals(NameBoundaries.NONE, b.after("x资金", 1));
    assertEquals(NameBoundaries.NONE, b.after("x和", 1), "a conjunction is looked for before a name only");
    assertTrue(b.joinedBefore("甲以及乙", 3));
    assertTrue(b.joinedBefore("甲和乙", 2));
    assertEquals(false, b.joinedBefore("甲和乙", 1));
  }

  @Test
  void shippedWordListHasEveryKind() {
    NameBoundaries b = NameBoundaries.standard();
    assertEquals(NameBoundaries.Kind.KEEP, b.after("余额", 0).kind());
    assertEquals(NameBoundaries.Kind.CHANGE, b.after("资金", 0).kind());
    assertEquals(NameBoundaries.Kind.CHANGE, b.after("贴息资金", 0).kind());
    assertEquals(NameBoundaries.Kind.SHARE, b.after("占", 0).kind());
    assertTrue(b.joinedBefore("及", 1));
  }

  @Test
  void badWordListsFailNamingFileAndLine() {
    assertTrue(assertThrows(IllegalStateException.class, () -> boundaries("# c\nkeep 余额\n")).getMessage()
        .startsWith("b.tsv:2: expected 2 tab-separated fields"));
    assertTrue(assertThrows(IllegalStateException.class, () -> boundaries("maybe\t余额\n")).getMessage()
        .startsWith("b.tsv:1: unknown kind 'maybe'"));
    assertEquals("b.tsv:2: '余额' is listed as keep and as change",
        assertThrows(IllegalStateException.class, () -> boundaries("keep\t余额\nchange\t资金|余额\n")).getMessage());
    assertTrue(assertThrows(IllegalStateException.class, () -> boundaries("keep\t余额||总额\n")).getMessage()
        .startsWith("b.tsv:1: empty word"));
  }
}
