package io.github.gongbao.core.place;

import io.github.gongbao.units.internal.CharFold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rule behind {@link Gazetteer#detectSubject(CharSequence)}: which place a report is about, from the places it
 * names. Stateless apart from the gazetteer it reads; thread safe.
 *
 * <ol>
 *   <li>Every name {@link Gazetteer#findPlaces(CharSequence)} finds counts, except a dateline
 *       ({@code 人民网北京6月15日电}: the newsroom, not the subject); and so does, in the opening, the name of an
 *       office that tells its territory ({@code 统计暨普查局} for Macao; data file {@code offices.txt}).
 *   <li>A name weighs 1; 3 when it starts within the first {@value #OPENING} characters (the headline and the
 *       opening); twice that when it opens a clause or a line ({@code 玉环市2019年…}, {@code 。黄平县…}), which is
 *       where the subject of a sentence stands. {@code 台州市委} in the middle of a clause, and items of a list
 *       after {@code 、}, weigh less.
 *   <li>A name shared by several divisions counts only when exactly one of them contains, or lies within, a
 *       division that an unshared name in the same text names; otherwise it counts for none.
 *   <li>Only a division named in the opening can be the subject; names further on add to its score. A report
 *       says early what it is about; places named only later are places it talks about (the provinces and
 *       香港 that Macao's visitors come from, the peer counties a county ranks itself against).
 *   <li>Of those, the division with the highest score is the subject. Several with that score: the most specific
 *       when they lie on one line of descent, otherwise ambiguous.
 *   <li>The more specific place wins: while a division inside the subject (a county of a prefecture, a prefecture
 *       of a province) scores at least half as much as the subject, the best such division becomes the subject.
 *       A county's report names its prefecture now and then ({@code 台州市委}); a province's report names its
 *       cities in the body, where they weigh less.
 *   <li>Nothing qualifies: not found. {@code 全市}, {@code 我县} and the like name no place.
 * </ol>
 */
final class SubjectRule {
  static final int OPENING = 200;
  private static final Pattern DATELINE = Pattern.compile("\\s*\\d{1,2}月\\d{1,2}日[电電]");
  private static final String CLAUSE_OPENERS = "。！？；，：,.;:!?（(【[「“《\n\r";

  private final Gazetteer gazetteer;
  /** Offices whose name tells their territory, by the key of the name (统计暨普查局 → 澳门特别行政区). */
  private final Map<String, Division> offices;

  SubjectRule(Gazetteer gazetteer, Map<String, Division> offices) {
    this.gazetteer = gazetteer;
    this.offices = Map.copyOf(offices);
  }

  /** @return whether a name ending at {@code end} of {@code folded} is a dateline's ({@code 北京6月15日电}) */
  static boolean isDateline(String folded, int end) {
    return DATELINE.matcher(folded).region(end, folded.length()).lookingAt();
  }

  Resolution detect(CharSequence text) {
    String folded = CharFold.foldAll(text);
    List<PlaceMatch> matches = new ArrayList<>();
    for (PlaceMatch m : gazetteer.findPlaces(text)) {
      if (!isDateline(folded, m.end())) {
        matches.add(m);
      }
    }
    addOffices(text, folded, matches);
    Map<Division, Integer> score = new LinkedHashMap<>();
    Set<Division> inOpening = new HashSet<>();
    score(matches, folded, score, inOpening);
    score.keySet().retainAll(inOpening);
    int best = score.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (best == 0) {
      return Resolution.of(List.of());
    }
    List<Division> top = score.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    Division subject = mostSpecificOfOneChain(top);
    if (subject == null) {
      return Resolution.of(top);
    }
    for (Division inner = innerCandidate(subject, score); inner != null; inner = innerCandidate(subject, score)) {
      subject = inner;
    }
    return Resolution.of(List.of(subject));
  }

  /**
   * Adds a match for every office of {@link #offices} in the opening: a report of 统计暨普查局 is Macao's, though it
   * names only the places its visitors come from.
   */
  private void addOffices(CharSequence text, String folded, List<PlaceMatch> matches) {
    int end = Math.min(folded.length(), OPENING);
    for (Map.Entry<String, Division> o : offices.entrySet()) {
      String name = o.getKey();
      for (int at = folded.indexOf(name); at >= 0 && at < end; at = folded.indexOf(name, at + name.length())) {
        matches.add(new PlaceMatch(at, at + name.length(), text.subSequence(at, at + name.length()).toString(),
            List.of(o.getValue()), false));
      }
    }
  }

  /** Adds each match's weight to the division it names; notes the divisions named in the opening. */
  private void score(List<PlaceMatch> matches, String folded, Map<Division, Integer> score, Set<Division> inOpening) {
    Set<Division> named = new HashSet<>();
    for (PlaceMatch m : matches) {
      if (m.isUnambiguous()) {
        named.add(m.candidates().get(0));
      }
    }
    for (PlaceMatch m : matches) {
      List<Division> fit = m.isUnambiguous() ? m.candidates()
          : m.candidates().stream().filter(c -> named.stream().anyMatch(u -> related(c, u))).toList();
      if (fit.size() == 1) {
        score.merge(fit.get(0), weight(m, folded), Integer::sum);
        if (m.start() < OPENING) {
          inOpening.add(fit.get(0));
        }
      }
    }
  }

  private static int weight(PlaceMatch m, String folded) {
    int w = m.start() < OPENING ? 3 : 1;
    int i = m.start() - 1;
    while (i >= 0 && (folded.charAt(i) == ' ' || folded.charAt(i) == '\t' || folded.charAt(i) == '\u3000')) {
      i--;
    }
    return i < 0 || CLAUSE_OPENERS.indexOf(folded.charAt(i)) >= 0 ? 2 * w : w;
  }

  /** @return the best division inside {@code outer} with at least half its score, or null if none is best */
  private @Nullable Division innerCandidate(Division outer, Map<Division, Integer> score) {
    int half = (Objects.requireNonNull(score.get(outer), "the subject is scored") + 1) / 2;
    int best = 0;
    List<Division> bestOnes = new ArrayList<>();
    for (Map.Entry<Division, Integer> e : score.entrySet()) {
      if (!e.getKey().equals(outer) && gazetteer.isWithin(e.getKey(), outer) && e.getValue() >= half) {
        if (e.getValue() > best) {
          best = e.getValue();
          bestOnes.clear();
        }
        if (e.getValue() == best) {
          bestOnes.add(e.getKey());
        }
      }
    }
    return bestOnes.isEmpty() ? null : mostSpecificOfOneChain(bestOnes);
  }

  /** @return the most specific of divisions that all lie on one line of descent, or null if they do not */
  private @Nullable Division mostSpecificOfOneChain(List<Division> ds) {
    Division deepest = ds.get(0);
    for (Division d : ds) {
      if (gazetteer.isWithin(d, deepest)) {
        deepest = d;
      }
    }
    for (Division d : ds) {
      if (!gazetteer.isWithin(deepest, d)) {
        return null;
      }
    }
    return deepest;
  }

  private boolean related(Division a, Division b) {
    return gazetteer.isWithin(a, b) || gazetteer.isWithin(b, a);
  }
}
