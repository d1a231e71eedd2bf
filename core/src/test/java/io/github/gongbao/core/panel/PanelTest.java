package io.github.gongbao.core.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.ImmutableClaim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PanelTest {
  /** 焦作市 H1 2024 general budget revenue, 52.3亿元, from {@code source}, at offset {@code start}. */
  static ImmutableClaim revenue(String source, String value, int start) {
    return Claim.builder().subject("一般公共预算收入").subjectSimplified("一般公共预算收入").attr(ClaimAttr.AMOUNT)
        .value(value).unit("CNY").start(start).end(start + 10).indicatorId("general_public_budget_revenue")
        .periodLabel("2024-H1").year(2024).firstMonth(1).lastMonth(6).regionCode("410800").regionName("焦作市")
        .quote("一般公共预算收入" + value).source(source).build();
  }

  static ImmutableClaim growth(String source, String value, int start) {
    return Claim.builder().subject("一般公共预算收入").subjectSimplified("一般公共预算收入").attr(ClaimAttr.YOY_PCT)
        .value(value).start(start).end(start + 6).indicatorId("general_public_budget_revenue")
        .periodLabel("2024-H1").regionCode("410800").regionName("焦作市").basis("year_on_year").source(source)
        .build();
  }

  /** A subject the catalogue does not know, with no period label: keys on words. */
  static ImmutableClaim projects(String source, String value, int start) {
    return Claim.builder().subject("重點項目").subjectSimplified("重点项目").attr(ClaimAttr.AMOUNT).value(value)
        .unit("unit:个").start(start).end(start + 4).period("上半年").region("全市").source(source).build();
  }

  @Test
  void sameKeyFromTwoSourcesWithDifferentValuesIsAConflictAndBothRowsStay() {
    Panel p = Panel.of(List.of(revenue("b.txt", "5240000000", 0), revenue("a.txt", "5230000000", 3)));
    assertEquals(2, p.rows().size());
    assertEquals(1, p.conflicts().size());
    Conflict c = p.conflicts().get(0);
    assertEquals(PanelKey.of(revenue("a.txt", "1", 0)), c.key());
    assertEquals(List.of("5230000000", "5240000000"), c.values());
    assertEquals(List.of("a.txt", "b.txt"), c.sources());
    assertTrue(c.acrossSources());
    assertFalse(c.withinSource());
  }

  @Test
  void identicalValuesFromTwoSourcesAreTwoRowsAndNoConflict() {
    Panel p = Panel.of(List.of(revenue("a.txt", "5230000000", 0), revenue("b.txt", "5230000000", 0)));
    assertEquals(2, p.rows().size());
    assertEquals(List.of("a.txt", "b.txt"), p.sources());
    assertTrue(p.conflicts().isEmpty());
  }

  @Test
  void valuesCompareAsNumbers() {
    Panel p = Panel.of(List.of(growth("a.txt", "5.0", 0), growth("b.txt", "5", 0)));
    assertTrue(p.conflicts().isEmpty(), p.conflicts().toString());
  }

  @Test
  void oneSourceSayingTheSameTwiceIsOneRowWithTwoMentions() {
    Panel p = Panel.of(List.of(revenue("a.txt", "5230000000", 40), revenue("a.txt", "5230000000", 0)));
    assertEquals(1, p.rows().size());
    PanelRow r = p.rows().get(0);
    assertEquals(2, r.mentions());
    assertEquals(0, r.claim().start(), "the first by offset");
    assertEquals(1, r.occurrence());
    assertEquals(2, p.claimCount());
  }

  @Test
  void oneSourceGivingTwoValuesForOneKeyIsAConflictWithinTheSource() {
    // two 重点项目 counts under one period: the pivot failure issue 12 names
    Panel p = Panel.of(List.of(projects("seed.txt", "45", 100), projects("seed.txt", "22", 10)));
    assertEquals(2, p.rows().size());
    assertEquals("22", p.rows().get(0).value());
    assertEquals(1, p.rows().get(0).occurrence());
    assertEquals(2, p.rows().get(1).occurrence());
    assertEquals(1, p.conflicts().size());
    assertTrue(p.conflicts().get(0).withinSource());
    assertFalse(p.conflicts().get(0).acrossSources());
  }

  @Test
  void keyAndSourceAndOccurrenceAreUniqueAndTheKeyStringsAgree() {
    List<Claim> claims = mixed();
    Panel p = Panel.of(claims);
    Set<List<Object>> seen = new HashSet<>();
    Set<String> keyStrings = new HashSet<>();
    Set<PanelKey> keys = new HashSet<>();
    for (PanelRow r : p.rows()) {
      assertTrue(seen.add(List.of(r.key(), r.source().orElse("-"), r.occurrence())), "repeated: " + r);
      keyStrings.add(r.key().toString());
      keys.add(r.key());
    }
    assertEquals(keys.size(), keyStrings.size(), "one key string per key");
  }

  @Test
  void rowsAreSortedAndDoNotDependOnTheOrderGiven() {
    List<Claim> claims = mixed();
    Panel first = Panel.of(claims);
    for (int seed = 1; seed <= 5; seed++) {
      List<Claim> shuffled = new ArrayList<>(claims);
      Collections.shuffle(shuffled, new Random(seed));
      Panel again = Panel.of(shuffled);
      assertEquals(first.rows(), again.rows());
      assertEquals(first.conflicts(), again.conflicts());
    }
    for (int i = 1; i < first.rows().size(); i++) {
      PanelRow a = first.rows().get(i - 1);
      PanelRow b = first.rows().get(i);
      int byKey = a.key().compareTo(b.key());
      assertTrue(byKey < 0 || byKey == 0 && (a.source().orElse("").compareTo(b.source().orElse("")) < 0
          || a.source().equals(b.source()) && a.occurrence() < b.occurrence()), a + " before " + b);
    }
  }

  @Test
  void claimsWithoutCodesKeyOnTheirWords() {
    PanelKey k = PanelKey.of(projects("a.txt", "45", 0));
    assertEquals("~全市", k.region());
    assertEquals("~重点项目", k.indicator());
    assertEquals("~上半年", k.period());
    assertFalse(k.joins());
    assertTrue(PanelKey.of(revenue("a.txt", "1", 0)).joins());
  }

  @Test
  void boundStatusBasisScopeAndReferenceSeparateKeys() {
    ImmutableClaim low = growth("a.txt", "2", 0).withBound("at_least");
    ImmutableClaim high = growth("a.txt", "3", 0).withBound("at_most");
    ImmutableClaim target = growth("a.txt", "6", 20).withStatus("target");
    ImmutableClaim real = growth("a.txt", "4", 30).withBasis("real");
    Panel p = Panel.of(List.of(low, high, target, real, growth("a.txt", "5", 40)));
    assertEquals(5, p.rows().size());
    assertTrue(p.conflicts().isEmpty(), p.conflicts().toString());
    ImmutableClaim vsProvince = growth("a.txt", "1.5", 0).withAttr(ClaimAttr.PP_VS).withBasis(Optional.empty())
        .withReference("全省");
    ImmutableClaim vsCountry = vsProvince.withReference("全国").withValue("0.8");
    ImmutableClaim inCity = growth("a.txt", "3", 0).withAttr(ClaimAttr.RANK).withScope("全市");
    ImmutableClaim inProvince = inCity.withScope("全省").withValue("12");
    assertTrue(Panel.of(List.of(vsProvince, vsCountry, inCity, inProvince)).conflicts().isEmpty());
  }

  @Test
  void absentStatusAndBoundKeyAsTheirDefaults() {
    assertEquals(PanelKey.of(growth("a", "5", 0)), PanelKey.of(growth("a", "5", 0).withStatus("actual")
        .withBound("exact")));
    assertNotEquals(PanelKey.of(growth("a", "5", 0)), PanelKey.of(growth("a", "5", 0).withStatus("estimate")));
  }

  @Test
  void englishNamesComeFromTheCatalogueById() {
    Panel p = Panel.of(List.of(revenue("a.txt", "5230000000", 0), projects("a.txt", "45", 0)));
    PanelRow known = p.rows().stream().filter(r -> r.indicatorId().isPresent()).findFirst().orElseThrow();
    assertTrue(known.englishName().isPresent());
    assertTrue(known.englishName().get().toLowerCase(java.util.Locale.ROOT).contains("revenue"),
        known.englishName().get());
    PanelRow unknown = p.rows().stream().filter(r -> r.indicatorId().isEmpty()).findFirst().orElseThrow();
    assertEquals(Optional.empty(), unknown.englishName());
  }

  @Test
  void aBreakdownKeysApartFromItsWholeInItsSimplifiedSpelling() {
    io.github.gongbao.core.model.Report r = io.github.gongbao.core.extract.ReportParser.create().parse(
        "統計暨普查局資料顯示，5月份入境旅客有2,951,300人次。泰國( 38,400人次 )及香港旅客( 601,200人次 )分別上升3.2%及9.1%。");
    Panel p = Panel.of(r.claims());
    assertEquals(List.of(), p.conflicts());
    List<String> keys = p.rows().stream().map(row -> row.key().toString()).toList();
    assertEquals(List.of(
        "820000|visitor_arrivals||~5月份|amount|person_time||actual|exact||",
        "820000|visitor_arrivals|泰国|~5月份|amount|person_time||actual|exact||",
        "820000|visitor_arrivals|泰国|~5月份|yoy_pct||year_on_year|actual|exact||",
        "820000|visitor_arrivals_hong_kong||~5月份|amount|person_time||actual|exact||",
        "820000|visitor_arrivals_hong_kong||~5月份|yoy_pct||year_on_year|actual|exact||"), keys);
    PanelRow thai = p.rows().get(1);
    assertEquals(Optional.of("泰國"), thai.claim().breakdown());
    assertEquals("泰國", PanelWriter.fields(thai).get(PanelWriter.CSV_HEADER.indexOf("breakdown")));
  }

  @Test
  void keyStringsEscapeTheSeparator() {
    PanelKey a = new PanelKey("~a|b", "x", "", "", "amount", "", "", "actual", "exact", "", "");
    PanelKey b = new PanelKey("~a", "b|x", "", "", "amount", "", "", "actual", "exact", "", "");
    assertNotEquals(a.toString(), b.toString());
    assertEquals("~a\\|b|x|||amount|||actual|exact||", a.toString());
  }

  @Test
  void resultsAreUnmodifiable() {
    Panel p = Panel.of(List.of(revenue("a.txt", "1", 0), revenue("b.txt", "2", 0)));
    assertThrows(UnsupportedOperationException.class, () -> p.rows().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.conflicts().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.conflicts().get(0).rows().clear());
  }

  @Test
  void claimsWithoutASourceAreOneAnonymousSource() {
    Panel p = Panel.of(List.of(revenue("x", "1", 0).withSource(Optional.empty()),
        revenue("x", "2", 5).withSource(Optional.empty())));
    assertEquals(List.of("-"), p.sources());
    assertEquals(1, p.conflicts().size());
    assertEquals(List.of("-"), p.conflicts().get(0).sources());
  }

  private static List<Claim> mixed() {
    List<Claim> claims = new ArrayList<>();
    for (String s : List.of("a.txt", "b.txt", "c.txt")) {
      claims.add(revenue(s, s.equals("b.txt") ? "5240000000" : "5230000000", 0));
      claims.add(revenue(s, "5230000000", 50));
      claims.add(growth(s, "6.1", 12));
      claims.add(projects(s, "45", 70));
      claims.add(projects(s, s.equals("c.txt") ? "22" : "45", 90));
    }
    return claims;
  }
}
