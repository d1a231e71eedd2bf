package io.github.gongbao.core.internal;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds report text for matching, one character for one character so that offsets stay valid:
 * Traditional to Simplified (ICU4J {@code Traditional-Simplified}, per character) and full-width forms to
 * ASCII (ICU4J NFKC, where it yields one character). The original text is kept for spans.
 *
 * <p>Thread safe: the fold of each character is computed once and cached in a shared table; ICU's
 * transliterator, which is not documented as thread safe, is only used under a lock on a cache miss.
 */
public final class TextNormalizer {
  private static final char UNKNOWN = '\uFFFF';
  private static final char[] TABLE = new char[0x10000];
  private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  static {
    java.util.Arrays.fill(TABLE, UNKNOWN);
    for (char c = 0; c < 0x80; c++) {
      TABLE[c] = c;
    }
  }

  private TextNormalizer() {}

  /** @return {@code text} folded; same length, same offsets */
  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      char f = TABLE[c];
      if (f == UNKNOWN) {
        f = computeFold(c);
        TABLE[c] = f;
      }
      out[i] = f;
    }
    return new String(out);
  }

  /** @return true if any character of {@code text} is changed by the Traditional-to-Simplified fold */
  public static boolean hasTraditional(CharSequence text, String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = text.charAt(i);
      if (c != folded.charAt(i) && Character.isIdeographic(c)) {
        return true;
      }
    }
    return false;
  }

  private static char computeFold(char c) {
    if (Character.isSurrogate(c)) {
      return c;
    }
    String s = String.valueOf(c);
    String n = NFKC.normalize(s);
    if (n.length() == 1 && n.charAt(0) < 0x80 && !Character.isIdeographic(c)) {
      return n.charAt(0);
    }
    if (c == '\u3000') {
      return ' ';
    }
    if (c == '︰' || c == '∶') {
      return ':';
    }
    if (c == '増') {
      return '增'; // a Japanese-form variant that reports and OCR leave in
    }
    if (!Character.isIdeographic(c)) {
      return c;
    }
    String t;
    synchronized (TO_SIMPLIFIED) {
      t = TO_SIMPLIFIED.transliterate(s);
    }
    return t.length() == 1 ? t.charAt(0) : c;
  }
}
