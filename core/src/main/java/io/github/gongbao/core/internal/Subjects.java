package io.github.gongbao.core.internal;

/** Spells a draft's subject, from the original text or the folded one. Stateless. */
public final class Subjects {
  private Subjects() {}

  /** @return the subject in the script of {@code text} (original or folded) */
  public static String of(String text, Draft d) {
    if (d.subjectOverride != null) {
      return d.subjectOverride;
    }
    StringBuilder sb = new StringBuilder();
    if (d.subjectStart >= 0) {
      String folded = TextNormalizer.fold(text.substring(d.subjectStart, d.subjectEnd));
      String raw = text.substring(d.subjectStart, d.subjectEnd);
      // drop filler verbs inside a name: 产业链群完成增加值 → 产业链群增加值
      for (int i = 0; i < raw.length(); i++) {
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

  /** @return the subject folded to Simplified */
  public static String simplified(String folded, Draft d) {
    return TextNormalizer.fold(of(folded, d));
  }
}
