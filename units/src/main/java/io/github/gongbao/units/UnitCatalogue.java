package io.github.gongbao.units;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of units Gongbao knows, loaded once from {@code units.tsv}; lookup by any of its words in
 * Simplified or Traditional script (Traditional forms are derived with ICU4J).
 *
 * <pre>{@code
 * Unit yuan = UnitCatalogue.standard().byWord("元").orElseThrow();   // CNY
 * int n = UnitCatalogue.standard().matchLength("千瓦时的", 0);        // 3
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
public final class UnitCatalogue {
  private static final String RESOURCE = "units.tsv";
  private static final UnitCatalogue STANDARD = load();

  private final Map<String, Unit> byWord;
  private final Map<String, Unit> byCode;
  private final int maxWordLength;

  private UnitCatalogue(Map<String, Unit> byWord, Map<String, Unit> byCode) {
    this.byWord = Collections.unmodifiableMap(byWord);
    this.byCode = Collections.unmodifiableMap(byCode);
    int max = 0;
    for (String w : byWord.keySet()) {
      max = Math.max(max, w.length());
    }
    this.maxWordLength = max;
  }

  /** @return the catalogue shipped with Gongbao */
  public static UnitCatalogue standard() {
    return STANDARD;
  }

  /** @return the unit named by exactly {@code word} (Simplified or Traditional) */
  public Optional<Unit> byWord(String word) {
    return Optional.ofNullable(byWord.get(word));
  }

  /** @return the first-listed unit with claims code {@code code} ({@code CNY}, {@code kWh} …) */
  public Optional<Unit> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Finds the longest unit word starting at {@code start}.
   *
   * @return its length, or 0 when no unit word starts there
   */
  public int matchLength(CharSequence text, int start) {
    int limit = Math.min(maxWordLength, text.length() - start);
    for (int len = limit; len > 0; len--) {
      if (byWord.containsKey(text.subSequence(start, start + len).toString())) {
        return len;
      }
    }
    return 0;
  }

  private static UnitCatalogue load() {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    Map<String, Unit> byWord = new HashMap<>();
    Map<String, Unit> byCode = new HashMap<>();
    try (InputStream in = UnitCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("unit catalogue resource " + RESOURCE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 4 tab-separated fields");
        }
        Unit unit = new Unit(f[1], f[2], new BigDecimal(f[3]), f[0]);
        byWord.putIfAbsent(f[0], unit);
        byWord.putIfAbsent(toTraditional.transliterate(f[0]), unit);
        byCode.putIfAbsent(f[1], unit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new UnitCatalogue(byWord, byCode);
  }
}
