package io.github.gongbao.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The genre's word lists ({@code lexicon.txt}), loaded once. Each list is kept longest word first so that
 * matching prefers 同比增长 over 增长. Immutable and thread safe.
 */
public final class Lexicon {
  private static final Lexicon STANDARD = load("lexicon.txt");

  private final Map<String, List<String>> lists;
  /** Per list, its words by first and by last character, longest first: lookups touch only candidates. */
  private final Map<String, Map<Character, String[]>> byFirst = new HashMap<>();
  private final Map<String, Map<Character, String[]>> byLast = new HashMap<>();
  /** Per list, the characters its words start and end with: most lookups stop at one bit test. */
  private final Map<String, java.util.BitSet> firstChars = new HashMap<>();
  private final Map<String, java.util.BitSet> lastChars = new HashMap<>();

  private Lexicon(Map<String, List<String>> lists) {
    this.lists = lists;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      byFirst.put(e.getKey(), index(e.getValue(), true));
      byLast.put(e.getKey(), index(e.getValue(), false));
      java.util.BitSet f = new java.util.BitSet(0x10000);
      java.util.BitSet l = new java.util.BitSet(0x10000);
      for (String w : e.getValue()) {
        f.set(w.charAt(0));
        l.set(w.charAt(w.length() - 1));
      }
      firstChars.put(e.getKey(), f);
      lastChars.put(e.getKey(), l);
    }
  }

  private static Map<Character, String[]> index(List<String> words, boolean first) {
    Map<Character, List<String>> m = new HashMap<>();
    for (String w : words) {
      m.computeIfAbsent(first ? w.charAt(0) : w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
    }
    Map<Character, String[]> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
    return Map.copyOf(out);
  }

  private String[] candidates(Map<String, Map<Character, String[]>> index, String name, char c) {
    Map<Character, String[]> m = index.get(name);
    if (m == null) {
      throw new IllegalArgumentException("lexicon has no list " + name);
    }
    return m.get(c);
  }

  /** @return the lexicon shipped with Gongbao */
  public static Lexicon standard() {
    return STANDARD;
  }

  /** @return the words of list {@code name}, longest first */
  public List<String> list(String name) {
    List<String> l = lists.get(name);
    if (l == null) {
      throw new IllegalArgumentException("lexicon has no list " + name);
    }
    return l;
  }

  /** @return the longest word of list {@code name} that {@code s} ends with at {@code end}, or null */
  public String endingAt(String name, CharSequence s, int start, int end) {
    if (end <= start || end > s.length()) {
      return null;
    }
    char last = s.charAt(end - 1);
    java.util.BitSet bits = lastChars.get(name);
    if (bits != null && !bits.get(last)) {
      return null;
    }
    String[] words = candidates(byLast, name, last);
    if (words == null) {
      return null;
    }
    for (String w : words) {
      int from = end - w.length();
      if (from >= start && regionMatches(s, from, w)) {
        return w;
      }
    }
    return null;
  }

  /** @return the longest word of list {@code name} that starts at {@code at}, or null */
  public String startingAt(String name, CharSequence s, int at, int limit) {
    if (at < 0 || at >= limit || at >= s.length()) {
      return null;
    }
    char first = s.charAt(at);
    java.util.BitSet bits = firstChars.get(name);
    if (bits != null && !bits.get(first)) {
      return null;
    }
    String[] words = candidates(byFirst, name, first);
    if (words == null) {
      return null;
    }
    for (String w : words) {
      if (at + w.length() <= limit && regionMatches(s, at, w)) {
        return w;
      }
    }
    return null;
  }

  /** @return the first position in [start, end) where a word of list {@code name} starts, or -1 */
  public int indexOf(String name, CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (startingAt(name, s, i, end) != null) {
        return i;
      }
    }
    return -1;
  }

  static boolean regionMatches(CharSequence s, int at, String w) {
    if (at < 0 || at + w.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (s.charAt(at + k) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static Lexicon load(String resource) {
    Map<String, List<String>> lists = new HashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + resource + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new IllegalStateException(resource + ":" + no + ": expected 'name: words'");
        }
        List<String> words = new ArrayList<>(Arrays.asList(line.substring(colon + 1).trim().split("\\s+")));
        words.sort(Comparator.comparingInt(String::length).reversed());
        lists.put(line.substring(0, colon).trim(), List.copyOf(words));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(Map.copyOf(lists));
  }
}
