package io.github.gongbao.core.internal;

import io.github.gongbao.units.internal.CharFold;

/**
 * Folds report text for matching, one character for one character so that offsets stay valid:
 * Traditional to Simplified and full-width forms to ASCII, by ICU4J's mappings computed ahead of time
 * ({@link CharFold}). The original text is kept for spans. Stateless and thread safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** @return {@code text} folded; same length, same offsets */
  public static String fold(CharSequence text) {
    return CharFold.fold(text);
  }

  /** @return the fold of one character */
  public static char foldChar(char c) {
    return CharFold.fold(c);
  }

  /** @return true if {@code c} folds to another character */
  public static boolean folds(char c) {
    return CharFold.fold(c) != c;
  }

  /** @return true if any ideograph of {@code text} folds to another: the text is (partly) Traditional */
  public static boolean hasTraditional(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CharFold.fold(c) != c && Character.isIdeographic(c)) {
        return true;
      }
    }
    return false;
  }
}
