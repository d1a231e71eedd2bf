package io.github.gongbao.core.catalog;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * How names become lookup keys, and script conversion. Keys are NFKC-normalised (full-width letters, digits and
 * brackets fold to their ordinary forms), without white space or quotation marks, with Latin letters case-folded.
 * Thread safe: {@link Normalizer2} is immutable, and Traditional-to-Simplified folding goes through the extractor's per-character cache (ICU4J data).
 */
final class NameKeys {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final String QUOTES = "\"'“”‘’「」『』〝〞＂＇";

  private NameKeys() {}

  /** @return the lookup key of {@code name} */
  static String key(CharSequence name) {
    String n = NFKC.normalize(name);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isUWhiteSpace(cp) || Character.isSpaceChar(cp) || QUOTES.indexOf(cp) >= 0) {
        continue;
      }
      sb.appendCodePoint(cp);
    }
    return UCharacter.foldCase(sb.toString(), true);
  }

  /** @return {@code text} converted to Simplified script (unchanged when it already is) */
  static String toSimplified(String text) {
    if (!hasNonAscii(text)) {
      return text;
    }
    // per character, from a shared cache: no lock and no transliterator pass on the parser's hot path
    return io.github.gongbao.core.internal.TextNormalizer.fold(text);
  }

  private static boolean hasNonAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return true;
      }
    }
    return false;
  }
}
