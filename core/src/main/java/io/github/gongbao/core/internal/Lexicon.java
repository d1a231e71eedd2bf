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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The genre's word lists ({@code lexicon.txt}), loaded once. Callers hold a {@link Words} per list (looked
 * up once, by name) and match through it; every list is kept longest word first so that matching prefers
 * 同比增长 over 增长. Immutable and thread safe.
 */
public final class Lexicon {
  private static final Lexicon STANDARD = load("lexicon.txt");

  private final Map<String, Words> lists;

  private Lexicon(Map<String, Words> lists) {
    this.lists = lists;
  }

  /** @return the lexicon shipped with Gongbao */
  public static Lexicon standard() {
    return STANDARD;
  }

  /** Names of the lists some caller has asked for; a list nobody reads is dead data (a test checks). */
  private final Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** @return the names of every list in the file */
  public Set<String> names() {
    return lists.keySet();
  }

  /** @return the names of the lists asked for so far through {@link #words} or {@link #union} */
  public Set<String> used() {
    return Set.copyOf(used);
  }

  /** @return the list {@code name} */
  public Words words(String name) {
    used.add(name);
    Words w = lists.get(name);
    if (w == null) {
      throw new IllegalArgumentException("lexicon has no list " + name);
    }
    return w;
  }

  /** @return one list holding the words of every list named, for a quick test before trying each */
  public Words union(String... names) {
    Set<String> all = new LinkedHashSet<>();
    for (String n : names) {
      all.addAll(words(n).list());
    }
    return new Words(String.join("|", names), new ArrayList<>(all));
  }

  /**
   * One word list, indexed by first and by last character. Most lookups end at one bit test (no word
   * starts or ends with the character); the rest compare only the words that do, longest first.
   */
  public static final class Words {
    private final String name;
    private final List<String> words;
    private final Set<String> set;
    private final CharIndex byFirst;
    private final CharIndex byLast;
    private final int maxLength;

    Words(String name, List<String> words) {
      List<String> sorted = new ArrayList<>(words);
      sorted.sort(Comparator.comparingInt(String::length).reversed());
      this.name = name;
      this.words = List.copyOf(sorted);
      this.set = Set.copyOf(sorted);
      this.byFirst = new CharIndex(this.words, true);
      this.byLast = new CharIndex(this.words, false);
      this.maxLength = this.words.isEmpty() ? 0 : this.words.get(0).length();
    }

    /** @return the words, longest first */
    public List<String> list() {
      return words;
    }

    /** @return true if {@code word} is one of the list's words */
    public boolean contains(String word) {
      return set.contains(word);
    }

    /** @return true if some word starts with {@code c} */
    public boolean mayStartWith(char c) {
      return byFirst.has(c);
    }

    /** @return true if some word ends with {@code c} */
    public boolean mayEndWith(char c) {
      return byLast.has(c);
    }

    /** @return the longest word that {@code s} ends with at {@code end} and that starts at or after {@code start}, or null */
    public @Nullable String endingAt(CharSequence s, int start, int end) {
      if (end <= start || end > s.length()) {
        return null;
      }
      String[] candidates = byLast.get(s.charAt(end - 1));
      if (candidates == null) {
        return null;
      }
      for (String w : candidates) {
        int from = end - w.length();
        if (from >= start && regionMatches(s, from, w)) {
          return w;
        }
      }
      return null;
    }

    /** @return the longest word that starts at {@code at} and ends at or before {@code limit}, or null */
    public @Nullable String startingAt(CharSequence s, int at, int limit) {
      if (at < 0 || at >= limit || at >= s.length()) {
        return null;
      }
      String[] candidates = byFirst.get(s.charAt(at));
      if (candidates == null) {
        return null;
      }
      for (String w : candidates) {
        if (at + w.length() <= limit && regionMatches(s, at, w)) {
          return w;
        }
      }
      return null;
    }

    /**
     * @return whether any word occurs anywhere in {@code s}; for a whole text, one intrinsic
     *     {@link String#indexOf(String)} per word beats testing every character
     */
    public boolean occursIn(String s) {
      WorkMeter.add(s.length());
      for (String w : words) {
        if (s.indexOf(w) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** @return a cursor over {@code text} for queries in text order */
    public Cursor cursor(String text) {
      return new Cursor(this, text);
    }

    /** @return the first position in [start, end) where a word starts, or -1 */
    public int indexOf(CharSequence s, int start, int end) {
      int to = Math.min(end, s.length());
      WorkMeter.add(to - start);
      for (int i = Math.max(0, start); i < to; i++) {
        if (byFirst.has(s.charAt(i)) && startingAt(s, i, end) != null) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Whether a word longer than {@code [at, end)} covers it: starts at or after {@code from} and at or before
     * {@code at}, and ends at or after {@code end}. 增长 inside 增长面 or 增加值 is masked this way.
     */
    public boolean covers(CharSequence s, int from, int at, int end) {
      int n = s.length();
      for (int p = Math.max(Math.max(0, from), end - maxLength); p <= at && p < n; p++) {
        String[] candidates = byFirst.get(s.charAt(p));
        if (candidates == null) {
          continue;
        }
        for (String w : candidates) {
          if (w.length() <= end - at) {
            break; // longest first: the rest are too short to cover the word
          }
          if (p + w.length() >= end && regionMatches(s, p, w)) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return "Words[" + name + ", " + words.size() + "]";
    }
  }

  /**
   * The words of one list in one text, for queries whose start does not move back (clauses read in order): it
   * remembers where the next word starts, so each character is looked at about once however many queries there
   * are. Same answers as {@link Words#indexOf}. Not thread safe: one per report.
   */
  public static final class Cursor {
    private final Words words;
    private final String text;
    /** Where the last scan started, and the first position at or after it where a word starts (-1: none). */
    private int scannedFrom = -1;
    private int next = -1;

    Cursor(Words words, String text) {
      this.words = words;
      this.text = text;
    }

    /** @return the first position in [start, end) where a word starts and ends by {@code end}, or -1 */
    public int indexOf(int start, int end) {
      if (scannedFrom < 0 || start < scannedFrom || (next >= 0 && next < start)) {
        scannedFrom = start;
        next = -1;
        int n = text.length();
        int i = Math.max(0, start);
        for (; i < n; i++) {
          if (words.byFirst.has(text.charAt(i)) && words.startingAt(text, i, n) != null) {
            next = i;
            break;
          }
        }
        WorkMeter.add(i - start);
      }
      if (next < 0 || next >= end) {
        return -1;
      }
      return words.indexOf(text, next, end); // from the first word on: a word there may end after end
    }
  }

  /**
   * Words by one of their characters: a bit set of the characters, then an open-addressed table from
   * character to the words (longest first). No boxing on the lookup path.
   */
  private static final class CharIndex {
    private final long[] bits = new long[0x10000 / 64];
    private final char[] keys;
    private final String[][] values;
    private final int mask;

    CharIndex(List<String> longestFirst, boolean first) {
      Map<Character, List<String>> m = new HashMap<>();
      for (String w : longestFirst) {
        char c = first ? w.charAt(0) : w.charAt(w.length() - 1);
        m.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
        bits[c >>> 6] |= 1L << c;
      }
      int size = Integer.highestOneBit(Math.max(4, m.size() * 3)) << 1;
      keys = new char[size];
      values = new String[size][];
      mask = size - 1;
      for (Map.Entry<Character, List<String>> e : m.entrySet()) {
        int h = slot(e.getKey());
        while (values[h] != null) {
          h = (h + 1) & mask;
        }
        keys[h] = e.getKey();
        values[h] = e.getValue().toArray(new String[0]);
      }
    }

    boolean has(char c) {
      return (bits[c >>> 6] & (1L << c)) != 0;
    }

    String @Nullable [] get(char c) {
      if (!has(c)) {
        return null;
      }
      for (int h = slot(c); values[h] != null; h = (h + 1) & mask) {
        if (keys[h] == c) {
          return values[h];
        }
      }
      return null;
    }

    private int slot(char c) {
      return ((c * 0x9E3779B1) >>> 16) & mask;
    }
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

  static Lexicon load(String resource) {
    Map<String, Words> lists = new HashMap<>();
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
        String name = line.substring(0, colon).trim();
        List<String> words = Arrays.asList(line.substring(colon + 1).trim().split("\\s+"));
        Set<String> distinct = new java.util.HashSet<>();
        for (String w : words) {
          if (!distinct.add(w)) {
            throw new IllegalStateException(resource + ":" + no + ": list " + name + " repeats the word " + w);
          }
        }
        if (lists.put(name, new Words(name, words)) != null) {
          throw new IllegalStateException(resource + ":" + no + ": list " + name + " is defined twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(Map.copyOf(lists));
  }
}
