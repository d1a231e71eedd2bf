package io.github.gongbao.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Laws of the shipped gazetteer, checked over every division. */
class GazetteerProperties {
  private static final Gazetteer G = Gazetteer.standard();
  /** Full names that text-exclusions.txt keeps out of running text. */
  private static final Set<String> WORD_LIKE = Set.of("城区", "郊区", "矿区", "东区", "南区", "北区");

  @Provide
  Arbitrary<Division> divisions() {
    return Arbitraries.of(G.divisions());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyNameLooksUpToAListContainingItsDivision(@ForAll("divisions") Division d) {
    Statistics.label("level").collect(d.level());
    assertTrue(G.lookup(d.name()).contains(d), d::toString);
    assertTrue(G.lookup(d.traditionalName()).contains(d), () -> d + " as " + d.traditionalName());
    assertEquals(G.lookup(d.name()), G.resolve(d.name()).candidates());
    Statistics.label("level").coverage(c -> {
      c.check(DivisionLevel.PROVINCE).count(n -> n == 34);
      c.check(DivisionLevel.PREFECTURE).count(n -> n > 300);
      c.check(DivisionLevel.COUNTY).count(n -> n > 2800);
    });
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void everyParentExistsOnAHigherLevelInTheSameProvince(@ForAll("divisions") Division d) {
    d.parentCode().ifPresent(pc -> {
      Division p = G.byCode(pc).orElseThrow(() -> new AssertionError("no parent " + pc + " of " + d));
      assertTrue(p.level().compareTo(d.level()) < 0, d + " under " + p);
      assertEquals(d.code().substring(0, 2), pc.substring(0, 2));
      assertTrue(G.isWithin(d, p));
    });
    assertEquals(d.level() == DivisionLevel.PROVINCE, d.parentCode().isEmpty());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void aNameWithItsParentResolvesAmongTheParentsDivisions(@ForAll("divisions") Division d) {
    G.parent(d).ifPresent(p -> {
      List<Division> within = G.resolve(d.name(), p.name()).candidates();
      assertTrue(within.contains(d), d + " within " + p + ": " + within);
      assertTrue(within.stream().allMatch(c -> G.isWithin(c, p)));
    });
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void everyShortNameFindsItsDivisionUnlessAFullNameShadowsIt(@ForAll("divisions") Division d) {
    for (String s : d.shortNames()) {
      List<Division> found = G.lookup(s);
      assertTrue(found.contains(d) || found.stream().anyMatch(f -> f.name().equals(s)), d + " by " + s);
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void everyFullNameIsFoundInTextBetweenFullStops(@ForAll("divisions") Division d) {
    if (WORD_LIKE.contains(d.name())) {
      assertEquals(List.of(), G.findPlaces("。" + d.name() + "。"));
      return;
    }
    for (String name : List.of(d.name(), d.traditionalName())) {
      String text = "。" + name + "。";
      List<PlaceMatch> ms = G.findPlaces(text);
      assertEquals(1, ms.size(), text + " → " + ms);
      PlaceMatch m = ms.get(0);
      assertEquals(1, m.start());
      assertEquals(name, m.asWritten());
      assertTrue(m.candidates().contains(d), text + " → " + m);
    }
  }
}
