package io.github.gongbao.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lookups and resolutions of real names in the shipped gazetteer, in both scripts. */
class GazetteerTest {
  private static final Gazetteer G = Gazetteer.standard();

  private static String code(String name) {
    Resolution r = G.resolve(name);
    assertEquals(Resolution.Status.RESOLVED, r.status(), name + " → " + r);
    return r.division().orElseThrow().code();
  }

  private static List<String> codes(List<Division> ds) {
    return ds.stream().map(Division::code).toList();
  }

  @Test
  void standardIsLoadedOnceAndShared() {
    assertSame(G, Gazetteer.standard());
  }

  @Test
  void sharedAcrossThreadsLookupsAgree() {
    List<String> parallel = G.divisions().parallelStream().map(d -> G.resolve(d.traditionalName()))
        .map(r -> r.candidates().get(0).code()).toList();
    List<String> serial = G.divisions().stream().map(d -> G.resolve(d.traditionalName()))
        .map(r -> r.candidates().get(0).code()).toList();
    assertEquals(serial, parallel);
  }

  @Test
  void fullNamesInSimplifiedScript() {
    assertEquals("410800", code("焦作市"));
    assertEquals("410825", code("温县"));
    assertEquals("410803", code("中站区"));
    assertEquals("411200", code("三门峡市"));
    assertEquals("410000", code("河南省"));
    assertEquals("810000", code("香港特别行政区"));
    assertEquals("820000", code("澳门特别行政区"));
    assertEquals("710000", code("台湾省"));
  }

  @Test
  void fullNamesInTraditionalScript() {
    assertEquals("410825", code("溫縣"));
    assertEquals("410803", code("中站區"));
    assertEquals("411200", code("三門峽市"));
    assertEquals("820000", code("澳門特別行政區"));
    assertEquals("710000", code("臺灣省"));
    assertEquals("710000", code("台灣省"));
  }

  @Test
  void shortNamesOfHongKongMacaoAndTaiwanInBothScripts() {
    assertEquals("810000", code("香港"));
    assertEquals("820000", code("澳門"));
    assertEquals("820000", code("澳门"));
    assertEquals("710000", code("臺灣"));
    assertEquals("710000", code("台湾"));
    assertEquals("710000", code("台灣"));
  }

  @Test
  void hongKongAndMacaoHaveTheirDistricts() {
    assertEquals(18, G.divisions().stream().filter(d -> d.parentCode().equals(Optional.of("810000"))).count());
    assertEquals(8, G.divisions().stream().filter(d -> d.parentCode().equals(Optional.of("820000"))).count());
    assertEquals("810007", code("九龍城區"));
  }

  @Test
  void divisionCarriesItsNamesLevelAndParent() {
    Division wen = G.byCode("410825").orElseThrow();
    assertEquals(new Division("410825", Optional.of("410800"), DivisionLevel.COUNTY, "温县", "溫縣", List.of()), wen);
    Division jiaozuo = G.parent(wen).orElseThrow();
    assertEquals(List.of("焦作"), jiaozuo.shortNames());
    assertEquals(DivisionLevel.PREFECTURE, jiaozuo.level());
    assertEquals("河南省", G.parent(jiaozuo).orElseThrow().name());
    assertEquals(Optional.empty(), G.parent(G.byCode("410000").orElseThrow()));
    assertTrue(G.isWithin(wen, G.byCode("410000").orElseThrow()));
    assertFalse(G.isWithin(G.byCode("410000").orElseThrow(), wen));
  }

  @Test
  void municipalitiesDistrictsAndProvinceGovernedCountiesHangFromTheProvince() {
    assertEquals(Optional.of("110000"), G.byCode("110105").orElseThrow().parentCode()); // 朝阳区, 北京市
    assertEquals(Optional.of("500000"), G.byCode("500229").orElseThrow().parentCode()); // 城口县, 重庆市
    assertEquals(Optional.of("410000"), G.byCode("419001").orElseThrow().parentCode()); // 济源市, 河南省
    assertEquals(Optional.empty(), G.byCode("410801")); // 市辖区: a placeholder, not a place
    assertEquals(Optional.empty(), G.byCode("410871")); // a statistical-use zone, not in GB/T 2260
  }

  @Test
  void twoChaoyangDistrictsAreAmbiguousUntilAParentIsGiven() {
    Resolution r = G.resolve("朝阳区");
    assertEquals(Resolution.Status.AMBIGUOUS, r.status());
    assertEquals(List.of("110105", "220104"), codes(r.candidates()));
    assertEquals(Optional.empty(), r.division());
    assertEquals(List.of("110105"), codes(G.resolve("朝阳区", "北京市").candidates()));
    assertEquals(List.of("110105"), codes(G.resolve("朝陽區", "北京").candidates()));
    assertEquals(List.of("220104"), codes(G.resolve("朝阳区", "长春市").candidates()));
    assertEquals(List.of("220104"), codes(G.resolve("朝阳区", "吉林省").candidates())); // any level above
    assertEquals(Resolution.Status.NOT_FOUND, G.resolve("朝阳区", "河南省").status());
  }

  @Test
  void lookupsMatchWholeNamesOnly() {
    assertEquals(List.of(), G.lookup("焦作县"));
    assertEquals(List.of(), G.lookup("焦"));
    assertEquals(List.of(), G.lookup("温")); // 温县 has no short name: one character would stay
    assertEquals(List.of(), G.lookup("焦作市温县"));
    assertEquals(List.of(), G.lookup("全市"));
    assertEquals(List.of(), G.lookup(""));
  }

  @Test
  void shortNamesResolveWhenOneDivisionHasThem() {
    assertEquals("410800", code("焦作"));
    assertEquals("330000", code("浙江"));
    assertEquals("410803", code("中站"));
    assertEquals("522600", code("黔东南州"));
    assertEquals("522600", code("黔东南"));
  }

  @Test
  void aShortNameSharedByFourDivisionsIsAmbiguousNotChaoyangDistrict() {
    Resolution r = G.resolve("朝阳");
    assertEquals(Resolution.Status.AMBIGUOUS, r.status());
    assertEquals(List.of("110105", "211300", "211321", "220104"), codes(r.candidates()));
    assertEquals(List.of("211300", "211321"), codes(G.resolve("朝阳", "辽宁省").candidates()));
    assertEquals(List.of("220000", "220200"), codes(G.lookup("吉林"))); // province and city
  }

  @Test
  void aShortNameOfAProvinceCanAlsoBeACountys() {
    // 河南蒙古族自治县 (Qinghai) is 河南 for short too: a lookup says so; running text reads 河南 as the province
    assertEquals(List.of("410000", "632324"), codes(G.resolve("河南").candidates()));
    assertEquals(List.of("632324"), codes(G.resolve("河南", "青海省").candidates()));
    assertEquals(List.of("410000"), codes(G.findPlaces("在河南考察").get(0).candidates()));
  }

  @Test
  void aFullNameShadowsTheSameShortName() {
    // 2021: 沙县 became 沙县区 (short name 沙县); a file that kept both would find the county by its full name
    Gazetteer g = Gazetteer.load(new ByteArrayInputStream(("350000\t-\tprovince\t福建省\t福建省\t福建\n"
        + "350400\t350000\tprefecture\t三明市\t三明市\t三明\n"
        + "350405\t350400\tcounty\t沙县区\t沙縣區\t沙县\n"
        + "350427\t350400\tcounty\t沙县\t沙縣\t-\n").getBytes(StandardCharsets.UTF_8)), "two.tsv");
    assertEquals(List.of("350427"), codes(g.lookup("沙县")));
    assertEquals(List.of("350405"), codes(g.lookup("沙县区")));
    assertEquals(List.of("350405"), codes(G.lookup("沙县"))); // the shipped file has the district only
  }

  @Test
  void divisionsAbolishedBefore2023AreNotShipped() {
    assertEquals(List.of("410308"), codes(G.lookup("孟津"))); // 孟津区; 孟津县 (410322) is gone
    assertEquals(List.of(), G.lookup("江干区"));
  }

  @Test
  void whiteSpaceInANameIsIgnored() {
    assertEquals("410800", code(" 焦作市 "));
    assertEquals("410800", code("焦 作 市"));
  }
}
