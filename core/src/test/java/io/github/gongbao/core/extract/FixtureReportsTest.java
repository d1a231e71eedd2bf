package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Grades the parser on the repository's own fixture reports (original texts written for these tests, in
 * both scripts, covering every statement kind and trap; see reports/README.md) against their gold facts.
 * A drop below the bounds means the extractor regressed on a kind of statement it used to read.
 */
class FixtureReportsTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<GoldFiles.Doc> docs() throws IOException, URISyntaxException {
    Path dir = Path.of(FixtureReportsTest.class.getResource("/reports").toURI());
    return GoldFiles.readDir(dir);
  }

  @TestFactory
  List<DynamicTest> eachFixtureScoresAtLeast90Percent() throws IOException, URISyntaxException {
    return docs().stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
      GoldScorer.Result r = GoldScorer.grade(d.gold(), GoldFiles.rows(PARSER.parse(d.text()).claims()));
      assertTrue(r.f1() >= 0.90, d.name() + ": " + r);
    })).toList();
  }

  @Test
  void allFixturesTogetherScoreAtLeast97Percent() throws IOException, URISyntaxException {
    int gold = 0;
    int claims = 0;
    int matched = 0;
    List<GoldFiles.Doc> docs = docs();
    assertTrue(docs.size() >= 8, "fixture reports are missing: " + docs.size());
    for (GoldFiles.Doc d : docs) {
      GoldScorer.Result r = GoldScorer.grade(d.gold(), GoldFiles.rows(PARSER.parse(d.text()).claims()));
      gold += r.gold();
      claims += r.claims();
      matched += r.matched();
    }
    GoldScorer.Result total = new GoldScorer.Result(gold, claims, matched, List.of(), List.of());
    assertTrue(total.f1() >= 0.97, "fixtures: " + total);
  }

  /**
   * The blind sets (written without reading the parser, scored once before any change for them; first scores in
   * their READMEs) stay regression fixtures: a drop below 0.93 on any set means a kind of report regressed.
   */
  @TestFactory
  List<DynamicTest> eachBlindSetScoresAtLeast93Percent() {
    return List.of("/heldout", "/blind3", "/blind4", "/blind5", "/blind6").stream().map(set -> DynamicTest.dynamicTest(set, () -> {
      int gold = 0;
      int claims = 0;
      int matched = 0;
      for (GoldFiles.Doc d : GoldFiles.readDir(Path.of(FixtureReportsTest.class.getResource(set).toURI()))) {
        GoldScorer.Result r = GoldScorer.grade(d.gold(), GoldFiles.rows(PARSER.parse(d.text()).claims()));
        gold += r.gold();
        claims += r.claims();
        matched += r.matched();
      }
      GoldScorer.Result total = new GoldScorer.Result(gold, claims, matched, List.of(), List.of());
      assertTrue(gold > 150, set + " is missing its reports: " + gold);
      assertTrue(total.f1() >= 0.93, set + ": " + total);
    })).toList();
  }
}
