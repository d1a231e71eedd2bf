package io.github.gongbao.core.internal;

import io.github.gongbao.units.internal.CharFold;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Puts the words a draft carries (scope, benchmark, subject suffix, period), which the reader took from
 * the folded text, back into the script of the original: the fold keeps offsets, so the same place in the
 * original holds the word as written.
 */
final class OriginalSpelling {
  private static final int WINDOW = 80;

  private OriginalSpelling() {}

  /** Call only for a text with Traditional characters: otherwise the words read the same in the original. */
  static void apply(String original, String folded, List<Draft> drafts) {
    for (Draft d : drafts) {
      d.scope = respellIfAny(original, folded, d.scope, d.start, d.end);
      d.benchmark = respellIfAny(original, folded, d.benchmark, d.start, d.end);
      d.period = respellIfAny(original, folded, d.period, d.start - 400, d.end);
      d.region = respellIfAny(original, folded, d.region, d.start - 400, d.end);
      if (d.subjectOverride != null) {
        // a name the reader composed (第一产业 of 三次产业结构, 城镇 of 城乡): respelled character by character
        d.subjectOverride = respellChars(original, folded, d.subjectOverride, d.start, d.end);
      }
      if (!d.subjectSuffix.isEmpty()) {
        boolean paren = d.subjectSuffix.startsWith("(") && d.subjectSuffix.endsWith(")");
        String word = paren ? d.subjectSuffix.substring(1, d.subjectSuffix.length() - 1) : d.subjectSuffix;
        String r = respell(original, folded, word, d.start, d.end);
        d.subjectSuffix = paren ? "(" + r + ")" : r;
      }
    }
  }

  /** {@link #respell} of a word that may be absent (null, kept). */
  private static @Nullable String respellIfAny(String original, String folded, @Nullable String word, int from,
      int to) {
    return word == null ? null : respell(original, folded, word, from, to);
  }

  private static String respell(String original, String folded, String word, int from, int to) {
    if (word.isEmpty() || !mayBeRespelled(word)) {
      return word;
    }
    int lo = Math.max(0, from - WINDOW);
    int hi = Math.min(folded.length() - word.length(), to + WINDOW);
    char first = word.charAt(0);
    for (int idx = lo; idx <= hi; idx++) {
      if (folded.charAt(idx) == first && folded.startsWith(word, idx)) {
        return original.substring(idx, idx + word.length());
      }
    }
    return word;
  }

  /** Each character of {@code word} as the original writes it nearby, where the folded text has it. */
  private static String respellChars(String original, String folded, String word, int from, int to) {
    StringBuilder sb = new StringBuilder(word.length());
    int lo = Math.max(0, from - WINDOW);
    int hi = Math.min(folded.length(), to + WINDOW);
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      char written = c;
      if (CharFold.isTarget(c)) {
        for (int idx = lo; idx < hi; idx++) {
          if (folded.charAt(idx) == c) {
            written = original.charAt(idx);
            break;
          }
        }
      }
      sb.append(written);
    }
    return sb.toString();
  }

  /** Whether the original may spell {@code word} otherwise: only if some character folds to one of its own. */
  private static boolean mayBeRespelled(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (CharFold.isTarget(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
