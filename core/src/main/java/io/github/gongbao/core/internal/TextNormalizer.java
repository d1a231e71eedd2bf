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
    WorkMeter.addFolded(text.length());
    return CharFold.fold(text);
  }

  /**
   * Folds {@code text} in one pass and notes what the pass saw.
   *
   * @return the folded text, whether it has ideographs, and whether any of them is Traditional
   */
  public static Folded inspect(String text) {
    WorkMeter.addFolded(text.length());
    char[] out = text.toCharArray();
    boolean changed = false;
    boolean han = false;
    boolean traditional = false;
    boolean shared = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (isLoneSurrogate(text, i)) {
        out[i] = ' '; // a lone surrogate is debris: read like a space, never part of a name (spans keep the original)
        changed = true;
        continue;
      }
      char f = CharFold.fold(c);
      if (f != c) {
        out[i] = f;
        changed = true;
        if (CharFold.isShared(c)) {
          shared = true; // 著, 於: valid Simplified too; folded only if the text turns out Traditional
          han = true;
        } else if (!traditional && Character.isIdeographic(c)) {
          traditional = true;
          han = true;
        }
      } else if (!han && c >= 0x2E80 && Character.isIdeographic(c)) {
        han = true;
      }
    }
    if (shared && !traditional) {
      for (int i = 0; i < out.length; i++) {
        if (CharFold.isShared(text.charAt(i))) {
          out[i] = text.charAt(i); // Simplified text passes through the fold unchanged (显著 stays 显著)
        }
      }
    }
    return new Folded(changed ? new String(out) : text, han, traditional);
  }

  /** @return whether the char at {@code i} is half of a surrogate pair whose other half is missing */
  static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }


  /** A folded text and what folding it saw. */
  public static final class Folded {
    /** The folded text, of the original's length. */
    public final String text;
    /** Whether the original has any ideograph. */
    public final boolean han;
    /** Whether any ideograph of the original folds to another (the text is at least partly Traditional). */
    public final boolean traditional;

    Folded(String text, boolean han, boolean traditional) {
      this.text = text;
      this.han = han;
      this.traditional = traditional;
    }
  }
}
