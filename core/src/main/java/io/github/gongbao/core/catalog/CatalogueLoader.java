package io.github.gongbao.core.catalog;

import com.ibm.icu.text.Transliterator;
import io.github.gongbao.units.internal.CharFold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalogue file (format in {@code indicators.tsv}'s header) and checks it: five fields a line, a
 * lower_snake id used once, a known category, Simplified names of two characters or more, and no name (in either
 * script) shared by two entries. Errors are {@link IllegalStateException}s that start {@code file:line:}.
 * Used at load time only; an instance is confined to one thread.
 */
final class CatalogueLoader {
  private static final int FIELDS = 5;

  private final String source;
  /** Traditional names computed ahead of time, by id; others are derived with ICU on the spot. */
  private final Map<String, String> traditionalNames;
  /** Made on first need: the standard catalogue ships every Traditional name and never needs it. */
  private @Nullable Transliterator toTraditional;
  private final Map<String, CatalogueEntry> byId = new LinkedHashMap<>();
  private final Map<String, Integer> lineOfId = new HashMap<>();
  private final Map<String, CatalogueEntry> byKey = new HashMap<>();
  private final Map<String, String> nameOfKey = new HashMap<>();

  private CatalogueLoader(String source, Map<String, String> traditionalNames) {
    this.source = source;
    this.traditionalNames = traditionalNames;
  }

  /**
   * Reads and checks a whole catalogue; closes nothing.
   *
   * @param traditionalNames the Traditional form of canonical names by id, as ICU4J's
   *     {@code Simplified-Traditional} transliterator gives them, computed ahead of time so that loading the
   *     standard catalogue needs no transliterator; a name missing here is transliterated when loading
   */
  static IndicatorCatalogue load(InputStream in, String source, Map<String, String> traditionalNames) {
    CatalogueLoader loader = new CatalogueLoader(source, traditionalNames);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    try {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        loader.add(line, lineNo);
      }
    } catch (IOException e) {
      throw new IllegalStateException(source + ":" + lineNo + ": cannot read the indicator catalogue", e);
    }
    return new IndicatorCatalogue(new ArrayList<>(loader.byId.values()), loader.byId, loader.byKey);
  }

  private void add(String line, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != FIELDS) {
      throw error(lineNo, "expected " + FIELDS + " tab-separated fields (id, name, aliases, english, category), found "
          + f.length);
    }
    String id = f[0].strip();
    String name = f[1].strip();
    List<String> aliases = new ArrayList<>();
    if (!f[2].strip().equals("-")) {
      for (String a : f[2].split("\\|", -1)) {
        aliases.add(a.strip());
      }
    }
    Category category;
    try {
      category = Category.fromCode(f[4].strip());
    } catch (IllegalArgumentException e) {
      throw error(lineNo, String.valueOf(e.getMessage()));
    }
    CatalogueEntry entry;
    try {
      entry = CatalogueEntry.builder()
          .id(id)
          .name(name)
          .nameTraditional(traditional(id, name))
          .aliases(aliases)
          .englishName(f[3].strip())
          .category(category)
          .build();
    } catch (IllegalStateException | NullPointerException e) {
      throw error(lineNo, String.valueOf(e.getMessage()));
    }
    Integer firstLine = lineOfId.putIfAbsent(id, lineNo);
    if (firstLine != null) {
      throw error(lineNo, "duplicate id '" + id + "' (first defined on line " + firstLine + ")");
    }
    byId.put(id, entry);
    for (String n : entry.names()) {
      if (!isSimplified(n)) {
        throw error(lineNo, "name '" + n + "' of '" + id + "' is not in Simplified script (expected '"
            + CharFold.fold(n) + "')");
      }
      index(n, entry, lineNo);
    }
  }

  private String traditional(String id, String name) {
    String known = traditionalNames.get(id);
    if (known != null) {
      return known;
    }
    if (toTraditional == null) {
      toTraditional = Transliterator.getInstance("Simplified-Traditional");
    }
    return toTraditional.transliterate(name);
  }

  /** No ideograph of {@code name} folds to another: Traditional forms are found by folding lookups. */
  private static boolean isSimplified(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (CharFold.fold(c) != c && Character.isIdeographic(c)) {
        return false;
      }
    }
    return true;
  }

  private void index(String name, CatalogueEntry entry, int lineNo) {
    String key = NameKeys.key(name);
    if (key.codePointCount(0, key.length()) < 2) {
      throw error(lineNo, "name '" + name + "' of '" + entry.id() + "' is shorter than two characters");
    }
    CatalogueEntry other = byKey.putIfAbsent(key, entry);
    if (other != null && !other.id().equals(entry.id())) {
      throw error(lineNo, "name '" + name + "' of '" + entry.id() + "' already names '" + other.id() + "' (as '"
          + nameOfKey.get(key) + "', line " + lineOfId.get(other.id()) + "); a name must name one indicator only");
    }
    nameOfKey.putIfAbsent(key, name);
  }

  private IllegalStateException error(int lineNo, String message) {
    return new IllegalStateException(source + ":" + lineNo + ": " + message);
  }
}
