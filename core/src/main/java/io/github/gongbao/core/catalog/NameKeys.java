package io.github.gongbao.core.catalog;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import io.github.gongbao.units.internal.CharFold;

/**
 * How names become lookup keys. Keys are NFKC-normalised (full-width letters, digits and brackets fold to their
 * ordinary forms), folded to Simplified script ({@link CharFold}, ICU4J's mappings), without white space or
 * quotation marks, with Latin letters case-folded, so a name matches in either script. Thread safe:
 * {@link Normalizer2} is immutable and the fold is a shared read-only table.
 */
final class NameKeys {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final String QUOTES = "\"'“”‘’「」『』〝〞＂＇";

  private NameKeys() {}

  /** @return the lookup key of {@code name} */
  static String key(CharSequence name) {
    if (isPlain(name)) {
      return CharFold.foldAll(name); // the common case: ideographs and lower-case ASCII need only the fold
    }
    return fullKey(name);
  }

  /** @return the key of {@code name} by every step: NFKC, fold, no spaces or quotes, case folded */
  static String fullKey(CharSequence name) {
    String n = CharFold.foldAll(NFKC.normalize(name));
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

  /**
   * Only characters for which {@link #key} reduces to the fold: unified ideographs (NFKC leaves them alone) that
   * fold to a unified ideograph that folds no further, a-z and 0-9.
   */
  private static boolean isPlain(CharSequence name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain;
      if (c >= 0x4E00 && c <= 0x9FFF) {
        char f = CharFold.fold(c);
        plain = f >= 0x4E00 && f <= 0x9FFF && CharFold.fold(f) == f;
      } else {
        plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      }
      if (!plain) {
        return false;
      }
    }
    return true;
  }
}
