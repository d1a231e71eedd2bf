package io.github.gongbao.core.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.extract.ReportContext;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The panel of the development corpus in {@code ../shared/corpus} (beside the repository; or
 * {@code -Dgongbao.corpus=DIR}); skipped when it is not there.
 */
class CorpusPanelTest {
  private static Path corpus() {
    return io.github.gongbao.core.testing.SharedCorpus.dir().orElse(null);
  }

  @Test
  void keysAreUniquePerSourceAndEveryClaimIsAccountedFor() throws IOException {
    Path dir = corpus();
    Assumptions.assumeTrue(dir != null, "no corpus at ../shared/corpus; skipped");
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    Assumptions.assumeFalse(texts.isEmpty(), "no *.txt in the corpus; skipped");
    ReportParser parser = ReportParser.create();
    List<Claim> claims = new ArrayList<>();
    for (Path t : texts) {
      Report r = parser.parse(Files.readString(t, StandardCharsets.UTF_8),
          ReportContext.none().withSource(t.getFileName().toString()));
      claims.addAll(r.claims());
    }
    Panel panel = Panel.of(claims);

    // (key, source, occurrence) unique: pandas pivot(index=[key, occurrence], columns=source) works
    Set<List<Object>> seen = new HashSet<>();
    for (PanelRow r : panel.rows()) {
      assertTrue(seen.add(List.of(r.key().toString(), r.source().orElseThrow(), r.occurrence())), "repeated " + r);
    }
    // within a source, a key with one value has one row; every claim is in a row's mentions
    assertEquals(claims.size(), panel.rows().stream().mapToInt(PanelRow::mentions).sum());
    Map<List<Object>, Set<String>> valuesBySourceKey = new HashMap<>();
    for (Claim c : claims) {
      valuesBySourceKey.computeIfAbsent(List.of(PanelKey.of(c), c.source().orElseThrow()), k -> new HashSet<>())
          .add(Panel.normal(c.value()));
    }
    int distinct = valuesBySourceKey.values().stream().mapToInt(Set::size).sum();
    assertEquals(distinct, panel.rows().size());
    // every key with two values is a conflict, and only those
    Set<PanelKey> conflicted = new HashSet<>();
    for (Conflict c : panel.conflicts()) {
      assertTrue(c.values().size() >= 2, c.toString());
      assertTrue(conflicted.add(c.key()));
    }
    Map<PanelKey, Set<String>> valuesByKey = new HashMap<>();
    for (PanelRow r : panel.rows()) {
      valuesByKey.computeIfAbsent(r.key(), k -> new HashSet<>()).add(Panel.normal(r.value()));
    }
    for (Map.Entry<PanelKey, Set<String>> e : valuesByKey.entrySet()) {
      assertEquals(e.getValue().size() > 1, conflicted.contains(e.getKey()), e.getKey().toString());
    }
    assertFalse(panel.rows().isEmpty());
  }
}
