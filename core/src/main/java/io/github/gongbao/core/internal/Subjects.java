package io.github.gongbao.core.internal;

/**
 * Spells a draft's subject, in the original's script or the folded one. Decisions read the folded text (folded
 * once, at the start of the report); the characters come from the text asked for. Stateless.
 */
public final class Subjects {
  private Subjects() {}

  /**
   * @param text the text to spell the subject from: the original or the folded text
   * @param folded the folded text (same offsets), which the decisions read
   * @return the subject in the script of {@code text}
   */
  public static String of(String text, String folded, Draft d) {
    if (d.subjectOverride != null) {
      return d.subjectOverride;
    }
    int s = d.subjectStart;
    int e = d.subjectEnd;
    if (s >= 0 && d.subjectSuffix.isEmpty() && !hasFiller(folded, s, e) && !hasNote(folded, s, e)) {
      return text.substring(s, e); // the common case: the words as written
    }
    StringBuilder sb = new StringBuilder();
    if (s >= 0) {
      // drop filler verbs inside a name: 产业链群完成增加值 → 产业链群增加值
      for (int i = s; i < e; i++) {
        int note = noteLength(folded, i, e);
        if (note > 0) {
          i += note - 1; // 住宿服务(包括酒店、宾馆…)及膳食服务业: an explanation in brackets is not part of the name
          continue;
        }
        if (i > s && i + 2 < e && (folded.startsWith("完成", i) || folded.startsWith("实现", i))) {
          i++;
          continue;
        }
        sb.append(text.charAt(i));
      }
    }
    sb.append(d.subjectSuffix);
    return sb.toString();
  }

  /** 完成 or 实现 inside a name, where {@link #of} drops it. */
  private static boolean hasFiller(String folded, int start, int end) {
    for (int i = start + 1; i + 2 < end; i++) {
      char a = folded.charAt(i);
      char b = folded.charAt(i + 1);
      if ((a == '完' && b == '成') || (a == '实' && b == '现')) {
        return true;
      }
    }
    return false;
  }

  private static final Lexicon.Words NOTE_OPENERS = Lexicon.standard().words("note_openers");

  /**
   * Length of a bracketed note such as (包括…) or (含…) starting at {@code i} of the folded text and closing
   * before {@code end}; 0 if none.
   */
  private static int noteLength(String folded, int i, int end) {
    if (folded.charAt(i) != '(') {
      return 0;
    }
    int close = Texts.indexOf(folded, ")", i, end);
    if (close < 0) {
      return 0;
    }
    // (包括…), (含…); (雇员20人及以上): a note that defines the name with a figure is not part of it either
    return NOTE_OPENERS.startingAt(folded, i + 1, end) != null || hasDigit(folded, i + 1, close) ? close + 1 - i : 0;
  }

  private static boolean hasDigit(String folded, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isDigit(folded.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNote(String folded, int start, int end) {
    for (int i = start; i < end; i++) {
      if (noteLength(folded, i, end) > 0) {
        return true;
      }
    }
    return false;
  }

  /** @return the subject in the folded text's script (Simplified) */
  public static String simplified(String folded, Draft d) {
    return of(folded, folded, d);
  }
}
