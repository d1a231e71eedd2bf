package io.github.gongbao.core.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How much of the development corpus the catalogue knows: over every gold claim of {@code ../shared/corpus/*.gold.json}
 * (format in that folder's README), the share whose subject {@link IndicatorCatalogue#findIn(String)} resolves to an
 * entry. Writes {@code target/corpus-indicator-coverage.txt}: the share, the unresolved subjects with their counts, and
 * every resolution (subject → id) for review by eye. Skipped when the corpus is absent; the folder can be named with
 * {@code -Dgongbao.corpus=DIR}.
 *
 * <p>Run alone: {@code mvn -B -ntp -q verify -pl core -am -Dtest=CorpusIndicatorCoverageTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.failIfNoTests=false}.
 */
class CorpusIndicatorCoverageTest {
  /** Issue 12: at least this share of the corpus's claims carry an indicator id. */
  private static final double TARGET = 0.90;

  private static Path corpus() {
    return io.github.gongbao.core.testing.SharedCorpus.dir().orElse(null);
  }

  @Test
  void atLeastNinetyPercentOfGoldClaimsResolveToAnIndicator() throws IOException {
    Path dir = corpus();
    Assumptions.assumeTrue(dir != null, "no corpus at ../shared/corpus; skipped");
    List<Path> golds;
    try (Stream<Path> s = Files.list(dir)) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    Assumptions.assumeTrue(!golds.isEmpty(), "no gold files in " + dir + "; skipped");

    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Integer> unresolved = new TreeMap<>();
    Map<String, String> resolutions = new TreeMap<>();
    int claims = 0;
    int resolved = 0;
    for (Path gold : golds) {
      JsonNode facts = mapper.readTree(gold.toFile()).path("facts");
      for (JsonNode fact : facts) {
        String subject = fact.path("subject").asText("");
        claims++;
        String id = catalogue.findIn(subject).map(CatalogueEntry::id).orElse(null);
        if (id == null) {
          unresolved.merge(subject, 1, Integer::sum);
        } else {
          resolved++;
          resolutions.put(subject, id);
        }
      }
    }
    double share = claims == 0 ? 0 : (double) resolved / claims;
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "gold claims with an indicator id: %d of %d = %.1f%% (%d gold files, %d entries)",
        resolved, claims, 100 * share, golds.size(), catalogue.entries().size()));
    lines.add("");
    lines.add("unresolved subjects (claims):");
    unresolved.forEach((s, n) -> lines.add("  " + n + "\t" + s));
    lines.add("");
    lines.add("resolutions:");
    resolutions.forEach((s, id) -> lines.add("  " + s + "\t→ " + id));
    Path out = Path.of("target", "corpus-indicator-coverage.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println(lines.get(0) + " (details in " + out.toAbsolutePath() + ")");

    assertTrue(share >= TARGET, lines.get(0) + "; unresolved: " + unresolved);
  }
}
