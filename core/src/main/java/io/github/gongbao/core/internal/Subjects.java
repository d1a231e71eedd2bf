package io.github.gongbao.core.internal;

/** Spells a draft's subject, from the original text or the folded one. Stateless. */
public final class Subjects {
  private Subjects() {}

  /** @return the subject in the script of {@code text} (original or folded) */
  public static String of(String text, Draft d) {
    if (d.subjectOverride != null) {
      return d.subjectOverride;
    }
    if (d.subjectStart >= 0 && d.subjectSuffix.isEmpty() && !hasFiller(text, d.subjectStart, d.subjectEnd)
        && !hasNote(text, d.subjectStart, d.subjectEnd)) {
      return text.substring(d.subjectStart, d.subjectEnd); // the common case: the words as written
    }
    StringBuilder sb = new StringBuilder();
    if (d.subjectStart >= 0) {
      String folded = TextNormalizer.fold(text.substring(d.subjectStart, d.subjectEnd));
      String raw = text.substring(d.subjectStart, d.subjectEnd);
      // drop filler verbs inside a name: 产业链群完成增加值 → 产业链群增加值
      for (int i = 0; i < raw.length(); i++) {
        int note = noteLength(folded, i);
        if (note > 0) {
          i += note - 1; // 住宿服务(包括酒店、宾馆…)及膳食服务业: an explanation in brackets is not part of the name
          continue;
        }
        if (i > 0 && i + 2 < raw.length() && (folded.startsWith("完成", i) || folded.startsWith("实现", i))) {
          i++;
          continue;
        }
        sb.append(raw.charAt(i));
      }
    }
    sb.append(d.subjectSuffix);
    return sb.toString();
  }

  /** 完成 or 实现 (either script) inside a name, where {@link #of} drops it. */
  private static boolean hasFiller(String text, int start, int end) {
    for (int i = start + 1; i + 2 < end; i++) {
      char a = TextNormalizer.foldChar(text.charAt(i));
      char b = TextNormalizer.foldChar(text.charAt(i + 1));
      if (a == '完' && b == '成' || a == '实' && b == '现') {
        return true;
      }
    }
    return false;
  }

  private static final Lexicon.Words NOTE_OPENERS = Lexicon.standard().words("note_openers");

  /** Length of a bracketed note such as (包括…) or (含…) starting at {@code i} of folded text; 0 if none. */
  private static int noteLength(String folded, int i) {
    if (folded.charAt(i) != '(' || NOTE_OPENERS.startingAt(folded, i + 1, folded.length()) == null) {
      return 0;
    }
    int close = folded.indexOf(')', i);
    return close < 0 ? 0 : close + 1 - i;
  }

  private static boolean hasNote(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if ((c == '(' || c == '（') && noteLength(TextNormalizer.fold(text.substring(i, end)), 0) > 0) {
        return true;
      }
    }
    return false;
  }

  /** @return the subject folded to Simplified */
  public static String simplified(String folded, Draft d) {
    return TextNormalizer.fold(of(folded, d));
  }
}
