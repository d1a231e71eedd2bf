package io.github.gongbao.core.place;

import io.github.gongbao.units.internal.CharFold;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds division names in running text, left to right, the longest name at each position, names never
 * overlapping. Text and names are compared folded ({@link CharFold}: Traditional to Simplified, one character for
 * one), so offsets in the folded text are offsets in the text.
 *
 * <p>Which names are looked for: every full name; short names of province- and prefecture-level divisions
 * ({@code 焦作}, {@code 河南}); short names that end with a level word ({@code 黔东南州}, {@code 孟州}). Other short
 * names of counties ({@code 中站}, {@code 和平}, {@code 城关}) are ordinary words too often to be read as places,
 * and so are the names listed in {@code text-exclusions.txt} ({@code 城区}, {@code 郊区}, and 朝阳 of 朝阳产业).
 * Built once; immutable after construction and thread safe.
 */
final class PlaceScanner {
  private static final String LEVEL_ENDINGS = "州县旗";

  private record Name(List<Division> divisions, boolean shortName) {}

  private final Map<String, Name> names = new HashMap<>();
  private final BitSet firstChars = new BitSet(0x10000);
  /** Every prefix of two or more characters of a name: the scan stops as soon as the text leaves them. */
  private final java.util.Set<String> prefixes = new java.util.HashSet<>();
  private int maxLength;

  /**
   * @param fullNames divisions by the key of a full name
   * @param shortNames divisions by the key of a short name
   * @param excluded keys never looked for in text
   */
  PlaceScanner(Map<String, List<Division>> fullNames, Map<String, List<Division>> shortNames, Set<String> excluded) {
    fullNames.forEach((key, ds) -> {
      if (!excluded.contains(key)) {
        put(key, new Name(ds, false));
      }
    });
    shortNames.forEach((key, ds) -> {
      if (excluded.contains(key) || fullNames.containsKey(key)) {
        return;
      }
      boolean levelEnding = LEVEL_ENDINGS.indexOf(key.charAt(key.length() - 1)) >= 0;
      List<Division> eligible = ds.stream()
          .filter(d -> levelEnding || d.level() != DivisionLevel.COUNTY)
          .toList();
      if (!eligible.isEmpty()) {
        put(key, new Name(eligible, true));
      }
    });
  }

  private void put(String key, Name name) {
    names.put(key, name);
    firstChars.set(key.charAt(0));
    for (int len = 2; len <= key.length(); len++) {
      prefixes.add(key.substring(0, len));
    }
    maxLength = Math.max(maxLength, key.length());
  }

  /** @return the names found in {@code text}, in text order */
  List<PlaceMatch> find(CharSequence text) {
    String original = text.toString();
    String folded = CharFold.foldAll(original);
    int n = folded.length();
    List<PlaceMatch> found = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int len = firstChars.get(folded.charAt(i)) ? longestAt(folded, i) : 0;
      if (len == 0) {
        i++;
        continue;
      }
      // longestAt returns the length of a name it found in names, so the lookup cannot miss
      Name name = Objects.requireNonNull(names.get(folded.substring(i, i + len)), "a name longestAt found");
      found.add(new PlaceMatch(i, i + len, original.substring(i, i + len), name.divisions(), name.shortName()));
      i += len;
    }
    return found;
  }

  private int longestAt(String folded, int at) {
    int longest = 0;
    int max = Math.min(maxLength, folded.length() - at);
    for (int len = 2; len <= max; len++) {
      String s = folded.substring(at, at + len);
      if (!prefixes.contains(s)) {
        break; // no name goes on like this: most positions end here, after one lookup
      }
      if (names.containsKey(s)) {
        longest = len;
      }
    }
    return longest;
  }
}
