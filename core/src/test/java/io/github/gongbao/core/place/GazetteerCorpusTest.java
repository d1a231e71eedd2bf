package io.github.gongbao.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Detects the place of each report of the development corpus in {@code ../shared/corpus} (beside the repository),
 * when it is there; a user's clone has no such folder and the test is skipped. Prints the place detected for every
 * report, and requires the right one for the reports whose text names their place. The others do not name
 * it: 01 (三门峡市), 06 (房县), 33 (临洮县) and 36 (闽清县) say only 全市/全县/我县, 07 names no city, 32 is national;
 * for those the test only prints. 08, 09 and 21 (香港, 臺灣, 澳門) name only their statistics offices, which tell
 * the territory ({@code offices.txt}).
 */
class GazetteerCorpusTest {
  /** Report file name prefix → the code of the place its text names. */
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("08-hk", "810000"), // 政府統計處
      Map.entry("09-taiwan", "710000"), // 主計總處
      Map.entry("21-macao", "820000"), // 統計暨普查局, before the provinces its visitors come from
      Map.entry("00-seed", "410800"), // 焦作 (Traditional text; short name)
      Map.entry("03-huangping", "522622"), // 黄平县, beside 贵州省 and 黔东南州
      Map.entry("11-wuzhou", "450400"), // 梧州市
      Map.entry("30-maanshan", "340500"), // 马鞍山市
      Map.entry("31-yuhuan", "331083"), // 玉环市, beside 台州市委
      Map.entry("34-hubei", "420000"), // 湖北省
      Map.entry("35-zhejiang", "330000"), // 浙江 (after the dateline 北京1月20日電)
      Map.entry("37-zigong", "510300")); // 自贡 (inside forum debris)

  private static Path corpus() {
    return io.github.gongbao.core.testing.SharedCorpus.dir().orElse(null);
  }

  @Test
  void detectsThePlaceOfEveryReportThatNamesIt() throws IOException {
    Path dir = corpus();
    assumeTrue(dir != null, "../shared/corpus is absent; nothing to detect");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, String> detected = new TreeMap<>();
    StringBuilder table = new StringBuilder("Detected places:");
    for (Path f : files) {
      Resolution r = Gazetteer.standard().detectSubject(Files.readString(f, StandardCharsets.UTF_8));
      String name = f.getFileName().toString();
      table.append(String.format("%n  %-36s %-9s %s", name, r.status(), r.candidates()));
      r.division().ifPresent(d -> detected.put(name, d.code()));
    }
    System.out.println(table);
    for (Map.Entry<String, String> e : NAMED.entrySet()) {
      String file = files.stream().map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(e.getKey())).findFirst().orElse(null);
      if (file != null) {
        assertEquals(e.getValue(), detected.get(file), file + "\n" + table);
      }
    }
  }
}
