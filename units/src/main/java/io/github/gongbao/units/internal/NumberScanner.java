package io.github.gongbao.units.internal;

import io.github.gongbao.units.ChineseNumberFormatException;
import io.github.gongbao.units.ChineseNumerals;
import io.github.gongbao.units.Scales;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.UnitCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans running text for numerals and the scale words and unit that follow them, in one left-to-right
 * pass (linear in the text). Shared by the public quantity finder and the report extractor. Stateless.
 */
public final class NumberScanner {
  /** Longest numeral considered; longer digit runs are page debris (ids, phone numbers). */
  private static final int MAX_NUMERAL = 32;

  private NumberScanner() {}

  /** @return every number token of {@code text}, in order; never throws */
  public static List<NumberToken> scan(CharSequence text) {
    List<NumberToken> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int kind = NumeralChars.kind(c);
      boolean arabic = kind == NumeralChars.ARABIC;
      boolean chinese = kind == NumeralChars.DIGIT || kind == NumeralChars.TENS
          || (kind == NumeralChars.SMALL && c != '千' && c != '仟');
      if (!arabic && !chinese) {
        i++;
        continue;
      }
      int numEnd = arabic ? arabicEnd(text, i) : chineseEnd(text, i);
      if (numEnd - i > MAX_NUMERAL) {
        i = numEnd;
        continue;
      }
      int start = i;
      if (start > 0 && isMinusBefore(text, start)) {
        start--;
      }
      BigDecimal number;
      try {
        number = ChineseNumerals.parse(text.subSequence(start, numEnd));
      } catch (ChineseNumberFormatException e) {
        i = numEnd;
        continue;
      }
      // optional spaces, scale words, unit
      int j = skipSpaces(text, numEnd);
      UnitCatalogue cat = UnitCatalogue.standard();
      if (j + 1 < n && (text.charAt(j) == '余' || text.charAt(j) == '多')
          && (cat.matchLength(text, j + 1) > 0 || (arabic && Scales.matchLength(text, j + 1) > 0))) {
        j++; // 1200余户, 300多家, 20余万元: an approximation between the number and its unit
      }
      int unitLen = cat.matchLength(text, j);
      String scaleWord = "";
      int unitStart = j;
      // a scale word apart from the numeral follows Arabic digits only (3.91 万元); a Chinese numeral holds its
      // scale characters (三千万), and 十 百 is no number
      if (arabic && (unitLen == 0 || startsWithScaleThenUnit(text, j))) {
        int s = Scales.matchLength(text, j);
        // a scale word must not swallow the 千 of 千瓦时 or the 百 of 百分点
        while (s > 0 && cat.matchLength(text, j + s) == 0 && !isEndOfScale(text, j + s)) {
          s--;
        }
        if (s > 0) {
          scaleWord = text.subSequence(j, j + s).toString();
          unitStart = j + s;
          unitLen = cat.matchLength(text, unitStart);
        }
      }
      Unit unit = Unit.NUMBER;
      int end;
      if (unitLen > 0) {
        unit = cat.byWord(text.subSequence(unitStart, unitStart + unitLen).toString()).orElse(Unit.NUMBER);
        end = unitStart + unitLen;
      } else {
        end = scaleWord.isEmpty() ? numEnd : unitStart;
      }
      if (unit.dimension().startsWith("money:")) {
        // 港币50亿元, 人民币3.14亿元: a currency named before the number wins
        // (never reaching back into the token before: in 一美元一元 the 美元 belongs to the first number)
        int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
        for (int len = 3; len >= 2; len--) {
          if (start - len >= floor) {
            Unit before = cat.byWord(text.subSequence(start - len, start).toString()).orElse(null);
            if (before != null && before.dimension().startsWith("money:")) {
              unit = before;
              start -= len;
              break;
            }
          }
        }
      }
      out.add(new NumberToken(start, end, numEnd, number, scaleWord, unit, chinese));
      i = Math.max(end, numEnd);
    }
    return out;
  }

  private static boolean startsWithScaleThenUnit(CharSequence text, int j) {
    int s = Scales.matchLength(text, j);
    return s > 0 && UnitCatalogue.standard().matchLength(text, j + s) > 0
        && UnitCatalogue.standard().matchLength(text, j) <= s;
  }

  private static boolean isEndOfScale(CharSequence text, int at) {
    if (at >= text.length()) {
      return true;
    }
    char c = text.charAt(at);
    return !Character.isIdeographic(c) || c == '的' || c == '以' || c == '及';
  }

  private static boolean isMinusBefore(CharSequence text, int start) {
    char p = text.charAt(start - 1);
    if (p != '-' && p != '－' && p != '−' && p != '负' && p != '負') {
      return false;
    }
    // 1-5月: a hyphen between two numbers is a range, not a sign
    return start < 2 || NumeralChars.kind(text.charAt(start - 2)) != NumeralChars.ARABIC;
  }

  private static int skipSpaces(CharSequence text, int j) {
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000' || text.charAt(j) == '\u00a0')) {
      j++;
    }
    return j;
  }

  /** End of an Arabic number with thousands separators (exactly three digits a group) and a point. */
  static int arabicEnd(CharSequence text, int i) {
    int n = text.length();
    int j = i;
    while (j < n && NumeralChars.kind(text.charAt(j)) == NumeralChars.ARABIC) {
      j++;
    }
    // thousands groups: ",ddd" followed by a non-digit
    while (j + 3 < n + 0 && j < n && NumeralChars.kind(text.charAt(j)) == NumeralChars.SEPARATOR
        && j + 3 < n + 1 && threeDigits(text, j + 1)
        && (j + 4 >= n || NumeralChars.kind(text.charAt(j + 4)) != NumeralChars.ARABIC)) {
      j += 4;
    }
    if (j + 1 < n && (NumeralChars.kind(text.charAt(j)) == NumeralChars.AR_POINT
        || NumeralChars.kind(text.charAt(j)) == NumeralChars.CN_POINT)
        && NumeralChars.kind(text.charAt(j + 1)) == NumeralChars.ARABIC) {
      j++;
      while (j < n && NumeralChars.kind(text.charAt(j)) == NumeralChars.ARABIC) {
        j++;
      }
    }
    return j;
  }

  private static boolean threeDigits(CharSequence text, int at) {
    if (at + 3 > text.length()) {
      return false;
    }
    for (int k = at; k < at + 3; k++) {
      if (NumeralChars.kind(text.charAt(k)) != NumeralChars.ARABIC) {
        return false;
      }
    }
    return true;
  }

  /**
   * End of a run of Chinese numeral characters (digits, 十百千, 万亿, 点 between digits).
   *
   * @param text the text
   * @param i the offset of the first character of the run
   * @return the offset just past the run
   */
  public static int chineseEnd(CharSequence text, int i) {
    int n = text.length();
    int j = i;
    while (j < n) {
      int k = NumeralChars.kind(text.charAt(j));
      if (k == NumeralChars.DIGIT || k == NumeralChars.SMALL || k == NumeralChars.TENS) {
        j++;
      } else if (k == NumeralChars.BIG && text.charAt(j) != '京') {
        j++; // 一亿零五百万: a trailing scale is part of the numeral
      } else if (k == NumeralChars.ZHAO && j > i && j + 1 < n && continuesNumeral(text.charAt(j + 1))) {
        j++; // 一兆八千九百八十四亿: 兆 inside a numeral (兆瓦 after one is a unit, so 兆 must be followed by more)
      } else if (k == NumeralChars.CN_POINT && j + 1 < n
          && NumeralChars.kind(text.charAt(j + 1)) == NumeralChars.DIGIT) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean continuesNumeral(char c) {
    int k = NumeralChars.kind(c);
    return k == NumeralChars.DIGIT || k == NumeralChars.SMALL || k == NumeralChars.TENS;
  }
}
