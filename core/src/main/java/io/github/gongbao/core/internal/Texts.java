package io.github.gongbao.core.internal;

/** Bounded searches in a text, shared by the rooms; counted by the {@link WorkMeter}. Stateless. */
final class Texts {
  private Texts() {}

  /**
   * @return the first offset in [from, to) where {@code word} starts and ends within the range, or -1; unlike
   *     {@link String#indexOf(String, int)} it never reads past {@code to}, so scans stay linear
   */
  static int indexOf(String t, String word, int from, int to) {
    WorkMeter.add(to - from);
    for (int i = from; i + word.length() <= to; i++) {
      if (t.charAt(i) == word.charAt(0) && Lexicon.regionMatches(t, i, word)) {
        return i;
      }
    }
    return -1;
  }

  /** @return the last index of {@code c} in [from, to) of {@code t}, or -1 */
  static int lastIndexOf(String t, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** @return the ideographs and letters in [s, e) of {@code t}: how much of a name there is */
  static int cjkCount(String t, int s, int e) {
    int n = 0;
    for (int i = s; i < e; i++) {
      if (Character.isIdeographic(t.charAt(i)) || Character.isLetter(t.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** @return the first index from {@code i} on, before {@code end}, that is not white space */
  static int skipSpace(String t, int i, int end) {
    while (i < end && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** @return {@code e} moved back, not past {@code s}, over trailing white space */
  static int trimEnd(String t, int s, int e) {
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
