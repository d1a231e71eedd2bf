package io.github.gongbao.units;

import io.github.gongbao.units.internal.CharFold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of units Gongbao knows, loaded once from the data file {@code units.tsv}; lookup by any
 * of a unit's words in Simplified or Traditional script, or by claims code. Words are compared folded
 * (Traditional to Simplified and full-width to ASCII, by ICU4J's mappings), so {@code 萬噸} finds {@code 万吨}.
 *
 * <pre>{@code
 * Unit yuan = UnitCatalogue.standard().byWord("元").orElseThrow();   // CNY
 * int n = UnitCatalogue.standard().matchLength("千瓦時的", 0);        // 3
 * }</pre>
 *
 * <p>Each code has exactly one {@link Unit} (元, 人民币 and 元人民币 all give the same CNY unit, whose
 * canonical word is the first listed, 元). The file's format and rules are described in its header.
 *
 * <p>Immutable and thread safe.
 */
public final class UnitCatalogue {
  private static final String RESOURCE = "units.tsv";
  private static final UnitCatalogue STANDARD = loadStandard();

  private final Map<String, Unit> byWord;
  private final Map<String, Unit> byCode;
  private final List<Unit> units;
  private final Set<String> dimensions;
  private final int maxWordLength;
  /** Words by folded first character, longest first: {@code groups[firstIndex[c]]}; index 0 is empty. */
  private final short[] firstIndex = new short[0x10000];
  private final String[][] groups;

  private UnitCatalogue(Map<String, Unit> byWord, Map<String, Unit> byCode) {
    this.byWord = Collections.unmodifiableMap(byWord);
    this.byCode = Collections.unmodifiableMap(byCode);
    this.units = List.copyOf(byCode.values());
    Set<String> dims = new LinkedHashSet<>();
    for (Unit u : units) {
      dims.add(u.dimension());
    }
    this.dimensions = Collections.unmodifiableSet(dims);
    int max = 0;
    for (String w : byWord.keySet()) {
      max = Math.max(max, w.length());
    }
    this.maxWordLength = max;
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    for (String w : byWord.keySet()) {
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
    groups = new String[byFirst.size() + 1][];
    groups[0] = new String[0];
    short g = 1;
    for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
      List<String> ws = e.getValue();
      ws.sort((a, b) -> Integer.compare(b.length(), a.length()));
      groups[g] = ws.toArray(new String[0]);
      firstIndex[e.getKey()] = g++;
    }
  }

  /** @return the catalogue shipped with Gongbao */
  public static UnitCatalogue standard() {
    return STANDARD;
  }

  /**
   * Reads a catalogue in the format of {@code units.tsv} (tab-separated word, code, dimension, factor;
   * {@code #} comments and blank lines ignored). Tests and applications with their own units use this;
   * most callers want {@link #standard()}.
   *
   * @param in the catalogue text; read to the end, not closed
   * @return the catalogue
   * @throws IllegalArgumentException naming the line, when a line is malformed or contradicts another
   * @throws UncheckedIOException if reading fails
   */
  public static UnitCatalogue read(Reader in) {
    Map<String, Unit> byWord = new HashMap<>();
    LinkedHashMap<String, Unit> byCode = new LinkedHashMap<>();
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    try {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) {
          throw bad(lineNo, "expected 4 tab-separated fields: word, code, dimension, factor");
        }
        BigDecimal factor;
        try {
          factor = new BigDecimal(f[3]);
        } catch (NumberFormatException e) {
          throw bad(lineNo, "factor is not a decimal: " + f[3]);
        }
        if (factor.signum() <= 0) {
          throw bad(lineNo, "factor must be positive: " + f[3]);
        }
        Unit unit = byCode.get(f[1]);
        if (unit == null) {
          unit = new Unit(f[1], f[2], factor, f[0]);
          byCode.put(f[1], unit);
        } else if (!unit.dimension().equals(f[2]) || unit.factor().compareTo(factor) != 0) {
          throw bad(lineNo, "code " + f[1] + " was listed before with another dimension or factor");
        }
        register(byWord, CharFold.fold(f[0]), unit, lineNo);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new UnitCatalogue(byWord, byCode);
  }

  /** @return the unit named by exactly {@code word} (Simplified or Traditional), empty for null */
  public Optional<Unit> byWord(String word) {
    return word == null ? Optional.empty() : Optional.ofNullable(byWord.get(CharFold.fold(word)));
  }

  /** @return the unit with claims code {@code code} ({@code CNY}, {@code kWh}, {@code unit:个} …) */
  public Optional<Unit> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /** @return every unit, one per code, in the order of the catalogue file */
  public List<Unit> units() {
    return units;
  }

  /** @return every dimension, in the order of the catalogue file */
  public Set<String> dimensions() {
    return dimensions;
  }

  /** @return the units of {@code dimension}, in the order of the catalogue file; empty if unknown */
  public List<Unit> unitsOf(String dimension) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : units) {
      if (u.dimension().equals(dimension)) {
        out.add(u);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** @return the length of the longest unit word, in UTF-16 units */
  int maxWordLength() {
    return maxWordLength;
  }

  /**
   * Finds the longest unit word starting at {@code start}.
   *
   * @param text the text to look in
   * @param start UTF-16 offset to look at; at or beyond the end of {@code text} nothing matches
   * @return the word's length, or 0 when no unit word starts there
   * @throws IndexOutOfBoundsException if {@code start} is negative
   */
  public int matchLength(CharSequence text, int start) {
    if (start < 0) {
      throw new IndexOutOfBoundsException("start " + start);
    }
    if (start >= text.length()) {
      return 0;
    }
    for (String w : groups[firstIndex[CharFold.fold(text.charAt(start))]]) {
      if (start + w.length() <= text.length() && foldedMatch(text, start, w)) {
        return w.length();
      }
    }
    return 0;
  }

  private static boolean foldedMatch(CharSequence text, int at, String word) {
    for (int k = 1; k < word.length(); k++) {
      if (CharFold.fold(text.charAt(at + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static void register(Map<String, Unit> byWord, String word, Unit unit, int lineNo) {
    Unit before = byWord.putIfAbsent(word, unit);
    if (before != null && !before.equals(unit)) {
      throw bad(lineNo, "word " + word + " already names " + before.code());
    }
  }

  private static IllegalArgumentException bad(int lineNo, String detail) {
    return new IllegalArgumentException("unit catalogue line " + lineNo + ": " + detail);
  }

  private static UnitCatalogue loadStandard() {
    try (InputStream in = UnitCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("unit catalogue resource " + RESOURCE + " is missing");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
