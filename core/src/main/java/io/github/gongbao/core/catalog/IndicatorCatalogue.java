package io.github.gongbao.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of common indicators of Chinese economic reporting, loaded once from the data file
 * {@code indicators.tsv}: finds the indicator behind a name as written, in Simplified or Traditional script.
 *
 * <pre>{@code
 * IndicatorCatalogue c = IndicatorCatalogue.standard();
 * c.findIn("1—6月全市社會消費品零售總額").map(CatalogueEntry::id);   // Optional[retail_sales]
 * }</pre>
 *
 * <p>Names are compared as keys: NFKC-normalised (so {@code ＣＰＩ} is {@code CPI}), folded to Simplified script
 * character by character (ICU4J's Traditional-Simplified mappings, so {@code 規上工業增加值} and {@code 臺州} find their
 * Simplified names), without white space or quotation marks, with Latin letters case-folded.
 *
 * <p>Immutable and thread safe: build once, share everywhere.
 */
public final class IndicatorCatalogue {
  private static final String RESOURCE = "indicators.tsv";
  /** Generated: id, tab, the Traditional canonical name; see {@code CatalogueTraditionalNamesTest}. */
  static final String TRADITIONAL_NAMES = "indicator-names-hant.tsv";
  /** Brackets of an aside after a name, as keys have them (NFKC folds the full-width forms); pairs by position. */
  private static final String OPENING = "([{【〔〖〈《";
  private static final String CLOSING = ")]}】〕〗〉》";
  /** Punctuation that ends the phrase a name heads (keys have the ASCII forms of full-width commas and colons). */
  private static final String CLAUSE_BOUNDARIES = ",;:、。!?";

  private final List<CatalogueEntry> entries;
  private final Map<String, CatalogueEntry> byId;
  private final Map<String, CatalogueEntry> byKey;
  private final NameTrie<CatalogueEntry> namesForward;
  private final NameTrie<CatalogueEntry> namesBackward;
  private final int minKeyLength;
  private final NameBoundaries boundaries = NameBoundaries.standard();

  IndicatorCatalogue(List<CatalogueEntry> entries, Map<String, CatalogueEntry> byId,
      Map<String, CatalogueEntry> byKey) {
    this.entries = Collections.unmodifiableList(entries);
    this.byId = Collections.unmodifiableMap(new HashMap<>(byId));
    this.byKey = Collections.unmodifiableMap(new HashMap<>(byKey));
    this.namesForward = new NameTrie<>(byKey, false);
    this.namesBackward = new NameTrie<>(byKey, true);
    int min = Integer.MAX_VALUE;
    for (String k : byKey.keySet()) {
      min = Math.min(min, k.length());
    }
    this.minKeyLength = byKey.isEmpty() ? 1 : min;
  }

  /**
   * Returns the catalogue shipped with Gongbao.
   *
   * @return the standard catalogue, loaded on first use
   * @throws ExceptionInInitializerError wrapping the loader's {@link IllegalStateException} when the shipped data
   *     file is malformed (a build error, which this module's tests catch)
   */
  public static IndicatorCatalogue standard() {
    return Standard.INSTANCE;
  }

  /**
   * Loads a catalogue in the format of {@code indicators.tsv}. For tests and alternative data files.
   *
   * @param in the UTF-8 data; not closed
   * @param sourceName the file name used in error messages
   * @throws IllegalStateException naming {@code sourceName:line} when a line is malformed, an id repeats or a
   *     name would name two indicators
   */
  static IndicatorCatalogue load(InputStream in, String sourceName) {
    return CatalogueLoader.load(Objects.requireNonNull(in, "in"), sourceName, Map.of());
  }

  /** @return every entry, in catalogue order; unmodifiable */
  public List<CatalogueEntry> entries() {
    return entries;
  }

  /**
   * @param id a stable id such as {@code gdp}
   * @return the entry with exactly that id
   */
  public Optional<CatalogueEntry> byId(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds the entry one of whose names (canonical name or alias, Simplified or Traditional) is {@code name}, up to
   * key normalisation: {@code lookup("規上工業增加值")} and {@code lookup(" ＣＰＩ ")} both succeed.
   *
   * @param name a name as written
   * @return the entry it names, or empty when it names none
   */
  public Optional<CatalogueEntry> lookup(String name) {
    return Optional.ofNullable(byKey.get(NameKeys.key(Objects.requireNonNull(name, "name"))));
  }

  /**
   * Finds the indicator a longer subject is about, such as {@code 全市规上工业增加值} or
   * {@code 1—6月全市社会消费品零售总额}, matching whole names only. Chinese noun phrases end with their head, so:
   * <ol>
   *   <li>the longest name that ends the subject names its indicator ({@code 全市规上工业增加值});</li>
   *   <li>otherwise a name inside the subject counts only when everything after it qualifies the same figure:
   *       qualifiers such as {@code 增速}, {@code 余额}, {@code 增收}, {@code 预算}, {@code 比重}, a bracketed aside
   *       ({@code (同口径)}), a clause boundary ({@code ，}) or the start of a share ({@code 占}); the longest such
   *       name wins, the earliest of equally long ones. A name followed by another head noun ({@code 资金},
   *       {@code 补助}, {@code 项目}, {@code 企业}, {@code 人数}, {@code 率}, or any word not listed as a qualifier)
   *       is only a modifier: {@code 创业担保贷款贴息资金} is a subsidy fund, not {@code 创业担保贷款}.</li>
   * </ol>
   * A name right after a conjunction ({@code 和}, {@code 及}, {@code 与}) is one of several conjuncts and does not
   * count ({@code 生活用品及服务价格} is not {@code 服务价格}). A share such as {@code 民营经济增加值占GDP比重} is
   * about what comes before 占 (佔), so only names starting before it count. The word lists are data, in
   * {@code name-boundaries.tsv} beside the catalogue. Subjects are normalised like {@link #lookup(String) lookup}
   * names.
   *
   * <pre>{@code
   * c.findIn("规上工业增加值增速");          // industrial_value_added_above_size: 增速 qualifies it
   * c.findIn("税收收入占一般公共预算收入比重"); // tax_revenue: the parent after 占 is not the subject
   * c.findIn("创业担保贷款贴息资金");         // empty: 贴息资金 is the head, the loans only modify it
   * }</pre>
   *
   * @param subject the subject as written, possibly with region, period and qualifiers around the name
   * @return the entry, or empty when no name of the catalogue heads the subject
   */
  public Optional<CatalogueEntry> findIn(String subject) {
    return Optional.ofNullable(scan(NameKeys.key(Objects.requireNonNull(subject, "subject"))));
  }

  private @Nullable CatalogueEntry scan(String key) {
    int n = key.length();
    int shareAt = n; // names must start before a share's parent: 民营经济增加值占GDP比重
    for (int i = 0; i < n; i++) {
      if (boundaries.after(key, i).kind() == NameBoundaries.Kind.SHARE) {
        shareAt = i;
        break;
      }
    }
    CatalogueEntry[] found = new CatalogueEntry[1];
    int ending = namesBackward.longest(key, n, found);
    if (ending > 0 && n - ending < shareAt && !boundaries.joinedBefore(key, n - ending)) {
      return found[0]; // the longest name that ends the subject
    }
    CatalogueEntry best = null;
    int bestLength = 0;
    for (int start = 0; start < shareAt && start + Math.max(minKeyLength, bestLength + 1) <= n; start++) {
      int len = namesForward.longest(key, start, found);
      if (len > bestLength && heads(key, start, start + len, shareAt)) {
        best = found[0];
        bestLength = len;
      }
    }
    return best;
  }

  /**
   * Whether the name at {@code [start, end)} heads the subject: no conjunction before it, and after it only
   * qualifiers of the same figure, bracketed asides, up to a clause boundary or the start of a share.
   */
  private boolean heads(String key, int start, int end, int shareAt) {
    if (boundaries.joinedBefore(key, start)) {
      return false;
    }
    int n = key.length();
    int p = end;
    while (p < n && p < shareAt) {
      char c = key.charAt(p);
      int bracket = OPENING.indexOf(c);
      if (bracket >= 0) {
        int close = key.indexOf(CLOSING.charAt(bracket), p + 1);
        p = close < 0 ? n : close + 1; // an aside: (同口径), (扣除价格因素), (CPI)
        continue;
      }
      if (CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
        return true;
      }
      NameBoundaries.Word w = boundaries.after(key, p);
      if (w.kind() == NameBoundaries.Kind.SHARE) {
        return true;
      }
      if (w.kind() != NameBoundaries.Kind.KEEP) {
        return false; // another head noun, listed or not: the name only modifies it
      }
      p += w.length();
    }
    return true;
  }

  @Override
  public String toString() {
    return "IndicatorCatalogue[" + entries.size() + " entries, " + byKey.size() + " names]";
  }

  private static final class Standard {
    static final IndicatorCatalogue INSTANCE = loadStandard();

    private static IndicatorCatalogue loadStandard() {
      try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("indicator catalogue resource " + RESOURCE + " is missing");
        }
        return CatalogueLoader.load(in, RESOURCE, traditionalNames());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The Traditional canonical names, computed from ICU4J ahead of time (a test keeps them in step). */
    private static Map<String, String> traditionalNames() throws IOException {
      Map<String, String> names = new HashMap<>();
      try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(TRADITIONAL_NAMES)) {
        if (in == null) {
          return names; // derived with ICU while loading: slower, same result
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
          int tab = line.indexOf('\t');
          if (tab > 0 && !line.startsWith("#")) {
            names.put(line.substring(0, tab), line.substring(tab + 1).strip());
          }
        }
      }
      return names;
    }
  }
}
