package io.github.gongbao.units.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds text for matching, one UTF-16 unit for one so that offsets stay valid: Traditional characters to
 * Simplified, full-width and other compatibility forms to ASCII, the ideographic space to a space.
 *
 * <pre>{@code
 * CharFold.fold("１—６月萬噸");   // "1—6月万吨"
 * }</pre>
 *
 * <p>The mapping is ICU4J's, computed ahead of time: {@code fold-table.txt} lists every character whose
 * fold differs from itself, as ICU's {@code Traditional-Simplified} transliterator (for ideographs whose
 * conversion is one character) and NFKC normaliser (for characters that normalise to one ASCII character)
 * give it. A unit test recomputes the table from ICU and fails, with the fresh table written beside the
 * build output, when they differ. Shipping the table rather than building it at start-up keeps ICU's
 * transliterator (several hundred milliseconds to load) off the parser's first call.
 *
 * <p>Stateless and thread safe. Not API: the extractor and the unit catalogue use it.
 */
public final class CharFold {
  /** The table's resource name, beside this class. */
  public static final String RESOURCE = "fold-table.txt";

  private static final char[] TABLE = load();
  /** The characters some other character folds to. */
  private static final long[] TARGETS = targets();
  /**
   * Ideographs that the table folds but that are valid Simplified characters too (著, 於, 乾, 後 …: they are in
   * GB 2312). Simplified text keeps them; only text written in Traditional characters folds them.
   */
  private static final long[] SHARED = shared();

  private CharFold() {}

  /** @return the fold of {@code c}; {@code c} itself when it folds to nothing else */
  public static char fold(char c) {
    return TABLE[c];
  }

  /**
   * Folds every character by the whole table, shared characters included, whatever the text's script: for lookup
   * keys, where both sides are folded the same way and 衣著 must find 衣着.
   *
   * @return {@code text} folded, of the same length; the same instance when nothing changes
   */
  public static String foldAll(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n && TABLE[text.charAt(i)] == text.charAt(i)) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    char[] out = new char[n];
    for (int k = 0; k < n; k++) {
      out[k] = TABLE[text.charAt(k)];
    }
    return new String(out);
  }

  /**
   * Folds a text, of the same length; the same instance when nothing changes. A character that is valid in
   * Simplified text too ({@link #isShared}) is folded only when the text shows Traditional characters that are
   * not: {@code 显著增长} stays as written, {@code 顯著高於} becomes {@code 显着高于}.
   */
  public static String fold(CharSequence text) {
    String all = foldAll(text);
    if (all.contentEquals(text)) {
      return all; // nothing folds: foldAll gave the text back
    }
    boolean traditional = false;
    boolean shared = false;
    for (int k = 0; k < all.length() && !traditional; k++) {
      char c = text.charAt(k);
      if (all.charAt(k) != c) {
        boolean isShared = isShared(c);
        shared |= isShared;
        traditional |= !isShared && c > 0x2E7F;
      }
    }
    if (!shared || traditional) {
      return all;
    }
    char[] out = all.toCharArray();
    for (int k = 0; k < out.length; k++) {
      if (isShared(text.charAt(k))) {
        out[k] = text.charAt(k); // Simplified text keeps 著, 於 …
      }
    }
    return new String(out);
  }


  /**
   * @return true if {@code c} is an ideograph that the table folds but that is a valid Simplified character
   *     too, such as 著 (显著) or 于's Traditional form 於 (a surname in Simplified)
   */
  public static boolean isShared(char c) {
    return (SHARED[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * @return true if some other character folds to {@code c}: text that reads {@code c} when folded may
   *     have been written otherwise
   */
  public static boolean isTarget(char c) {
    return (TARGETS[c >>> 6] & (1L << c)) != 0;
  }

  /** @return true if {@code text} folds to itself */
  public static boolean isFolded(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (TABLE[text.charAt(i)] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static char[] load() {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = (char) c;
    }
    try (InputStream in = CharFold.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("fold table resource " + RESOURCE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        // one pair per line: the character, a tab, its fold (escaped as \\uXXXX when invisible)
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(RESOURCE + ":" + no + ": expected 'char<TAB>fold'");
        }
        char from = unescape(line.substring(0, tab), no);
        char to = unescape(line.substring(tab + 1), no);
        t[from] = to;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /**
   * The ideographs the table folds that GB 2312 (the standard Simplified character set) also holds: valid
   * Simplified characters. Listed rather than computed from the charset at start-up (a charset provider costs tens
   * of milliseconds on a cold JVM); {@code CharFoldTableTest} recomputes the list from GB 2312 on every build.
   */
  public static final String SHARED_CHARACTERS = "乾俱吒夥姊後徵摺於箝苎菸著藉跤阪麴麽";

  private static long[] shared() {
    long[] bits = new long[0x10000 / 64];
    for (int i = 0; i < SHARED_CHARACTERS.length(); i++) {
      char c = SHARED_CHARACTERS.charAt(i);
      bits[c >>> 6] |= 1L << c;
    }
    return bits;
  }

  private static long[] targets() {
    long[] bits = new long[0x10000 / 64];
    for (int c = 0; c < TABLE.length; c++) {
      char f = TABLE[c];
      if (f != c) {
        bits[f >>> 6] |= 1L << f;
      }
    }
    return bits;
  }

  private static char unescape(String s, int no) {
    if (s.length() == 1) {
      return s.charAt(0);
    }
    if (s.length() == 6 && s.startsWith("\\u")) {
      try {
        return (char) Integer.parseInt(s.substring(2), 16);
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalStateException(RESOURCE + ":" + no + ": expected one character or \\uXXXX, found '" + s + "'");
  }

  /** @return the table line for a pair, as {@link #load()} reads it; used to regenerate the table */
  public static String line(char from, char to) {
    return escape(from) + "\t" + escape(to);
  }

  private static String escape(char c) {
    boolean visible = Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_SYMBOL
        || Character.getType(c) == Character.MATH_SYMBOL || (c > 0x20 && c < 0x7f && c != '\\');
    return visible && !Character.isSurrogate(c) ? String.valueOf(c) : String.format("\\u%04X", (int) c);
  }
}
