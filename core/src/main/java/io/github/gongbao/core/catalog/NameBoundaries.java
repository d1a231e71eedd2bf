package io.github.gongbao.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words around a catalogue name that decide whether the name is the head of a subject or only a modifier of
 * something else, read from {@value #RESOURCE} (format and rationale in its header): qualifiers that keep the
 * indicator ({@code 余额}, {@code 增速}), head nouns that change it ({@code 资金}, {@code 项目}), the start of a share
 * ({@code 占}) and conjunctions ({@code 和}, {@code 及}). Words are stored as catalogue keys ({@link NameKeys}).
 * Immutable after construction and thread safe.
 */
final class NameBoundaries {
  static final String RESOURCE = "name-boundaries.tsv";

  /** What a word after (or, for {@link #JOIN}, before) a name means for it. */
  enum Kind {
    /** A qualifier of the same figure: the indicator stays. */
    KEEP,
    /** A head noun of its own: the phrase names something else. */
    CHANGE,
    /** The start of a share of a parent total: the name before it is the subject. */
    SHARE,
    /** A conjunction: a name right after it is one of several conjuncts. */
    JOIN
  }

  /** The longest listed word at a position, or {@link #NONE} (no kind, length 0). */
  record Word(@Nullable Kind kind, int length) {}

  static final Word NONE = new Word(null, 0);

  /** Every word but the conjunctions, read forward from a position. */
  private final NameTrie<Kind> words;
  /** The conjunctions, read backward from a position. */
  private final NameTrie<Kind> conjunctions;

  private NameBoundaries(Map<String, Kind> kinds) {
    Map<String, Kind> joins = new HashMap<>();
    Map<String, Kind> others = new HashMap<>();
    kinds.forEach((w, k) -> (k == Kind.JOIN ? joins : others).put(w, k));
    this.words = new NameTrie<>(others, false);
    this.conjunctions = new NameTrie<>(joins, true);
  }

  /** @return the boundary words shipped with the catalogue, loaded on first use */
  static NameBoundaries standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads boundary words in the format of {@value #RESOURCE}.
   *
   * @param in the UTF-8 data; not closed
   * @param source the file name used in error messages
   * @throws IllegalStateException naming {@code source:line} when a line is malformed, a kind unknown or a word
   *     listed under two kinds
   */
  static NameBoundaries load(InputStream in, String source) {
    Map<String, Kind> kinds = new HashMap<>();
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
        String[] f = line.split("\t", -1);
        if (f.length != 2) {
          throw new IllegalStateException(source + ":" + lineNo + ": expected 2 tab-separated fields (kind, words)");
        }
        Kind kind;
        try {
          kind = Kind.valueOf(f[0].strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(source + ":" + lineNo + ": unknown kind '" + f[0].strip()
              + "'; known: keep, change, share, join", e);
        }
        for (String w : f[1].split("\\|", -1)) {
          String key = NameKeys.key(w.strip());
          if (key.isEmpty()) {
            throw new IllegalStateException(source + ":" + lineNo + ": empty word");
          }
          Kind before = kinds.putIfAbsent(key, kind);
          if (before != null && before != kind) {
            throw new IllegalStateException(source + ":" + lineNo + ": '" + w.strip() + "' is listed as "
                + before.name().toLowerCase(java.util.Locale.ROOT) + " and as "
                + kind.name().toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ":" + lineNo + ": cannot read", e);
    }
    return new NameBoundaries(kinds);
  }

  /**
   * The longest listed word of any kind but {@link Kind#JOIN} that starts at {@code at} of a key.
   *
   * @return the word's kind and length, or {@link #NONE}
   */
  Word after(String key, int at) {
    Kind[] found = new Kind[1];
    int len = words.longest(key, at, found);
    return len == 0 ? NONE : new Word(found[0], len);
  }

  /** @return whether a conjunction ({@link Kind#JOIN}) ends right before {@code at} of a key */
  boolean joinedBefore(String key, int at) {
    return conjunctions.longest(key, at, new Kind[1]) > 0;
  }

  private static final class Standard {
    static final NameBoundaries INSTANCE = loadStandard();

    private static NameBoundaries loadStandard() {
      try (InputStream in = NameBoundaries.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("catalogue resource " + RESOURCE + " is missing");
        }
        return load(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
