package io.github.gongbao.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Laws of {@link IndicatorCatalogue} over every name of the shipped catalogue. */
class IndicatorCatalogueProperties {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  /** Used from jqwik's single test thread only. */
  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

  /** One name of one entry, in one script. */
  record Named(CatalogueEntry entry, String name, boolean traditional) {
    @Override
    public String toString() {
      return name + " → " + entry.id();
    }
  }

  private static List<Named> allNames() {
    List<Named> all = new ArrayList<>();
    for (CatalogueEntry e : CATALOGUE.entries()) {
      for (String n : e.names()) {
        all.add(new Named(e, n, false));
        String t = TO_TRADITIONAL.transliterate(n);
        if (!t.equals(n)) {
          all.add(new Named(e, t, true));
        }
      }
    }
    return all;
  }

  @Provide
  Arbitrary<Named> names() {
    return Arbitraries.of(allNames());
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("全市", "1—6月", "全省", "我县", "1-9月份全市", "上半年", "2024年全国", "温县", "中站区",
        "其中：", "全年");
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void lookupOfEveryNameInEitherScriptGivesItsEntry(@ForAll("names") Named n) {
    Statistics.label("category").collect(n.entry().category());
    Statistics.label("script").collect(n.traditional() ? "traditional" : "simplified");
    assertEquals(Optional.of(n.entry()), CATALOGUE.lookup(n.name()));
    Statistics.label("category").coverage(c -> {
      for (Category category : Category.values()) {
        c.check(category).count(k -> k > 0);
      }
    });
    Statistics.label("script").coverage(c -> c.check("traditional").count(k -> k > 100));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 50_000)
  void findInAfterARegionOrPeriodPrefixGivesTheEntry(@ForAll("names") Named n, @ForAll("prefixes") String prefix) {
    assertEquals(Optional.of(n.entry()), CATALOGUE.findIn(prefix + n.name()), prefix + n.name());
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void findInOfANameAloneAgreesWithLookup(@ForAll("names") Named n) {
    assertEquals(CATALOGUE.lookup(n.name()), CATALOGUE.findIn(n.name()));
  }

  @Provide
  Arbitrary<String> disguised() {
    Arbitrary<Named> names = names();
    Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 40).list().ofMaxSize(4);
    Arbitrary<String> spaces = Arbitraries.of(" ", "\u3000", "\t", "\u00a0");
    Arbitrary<Boolean> wide = Arbitraries.of(true, false);
    return Combinators.combine(names, cuts, spaces, wide).as((n, positions, space, fullWidth) -> {
      StringBuilder sb = new StringBuilder(n.name());
      for (int p : positions) {
        sb.insert(Math.min(p, sb.length()), space);
      }
      String s = sb.toString();
      return (fullWidth ? toFullWidth(s) : s) + "\u0000" + n.entry().id();
    });
  }

  private static String toFullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }

  @Property(tries = 2_000)
  void lookupIgnoresSpacesAndFullWidthForms(@ForAll("disguised") String sample) {
    String[] parts = sample.split("\u0000");
    assertEquals(parts[1], CATALOGUE.lookup(parts[0]).map(CatalogueEntry::id).orElse("<none>"), parts[0]);
  }

  @Property(tries = 2_000)
  void findInNeverThrowsAndOnlyReportsNamesItContains(@ForAll String subject) {
    Optional<CatalogueEntry> found = CATALOGUE.findIn(subject);
    if (found.isPresent()) {
      String key = NameKeys.key(subject);
      boolean contained = false;
      for (String n : found.get().names()) {
        contained |= key.contains(NameKeys.key(n));
      }
      assertTrue(contained, subject + " → " + found.get().id());
    }
  }

  @Property(tries = 3_000)
  void keyShortcutAgreesWithEveryStep(@ForAll("mixedNames") String name) {
    assertEquals(NameKeys.fullKey(name), NameKeys.key(name), name);
  }

  /** Unified ideographs of both scripts, with lower-case ASCII, digits and the forms the shortcut must refuse. */
  @Provide
  Arbitrary<String> mixedNames() {
    return Arbitraries.strings().withCharRange('\u4E00', '\u9FFF')
        .withChars("abcxyz0189 ＡＢ１Ｃ\u3000\u00A0“”萬億經濟發展臺灣規模以上工業增加值CPI\uF900\uFA10".toCharArray())
        .ofMaxLength(12);
  }
}
