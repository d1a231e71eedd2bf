package io.github.gongbao.units;

import org.jspecify.annotations.Nullable;
import io.github.gongbao.units.internal.NumberScanner;
import io.github.gongbao.units.internal.NumeralChars;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shares written in words for {@link QuantityFinder}: 百分之三十五点六, 千分之五, 四分之三, 三成, 六成五.
 * Each candidate is read by {@link Quantity#parse(CharSequence)}, so a match's quantity is by construction
 * what {@code Quantity.parse} gives for its text. Linear in the text (each look-back is capped). Stateless
 * and thread safe.
 */
final class RatioFinder {
  /** Longest numeral looked at on either side of 分之 or before 成. */
  private static final int MAX_NUMERAL = 32;

  private RatioFinder() {}

  /** @return the shares in {@code text}, in order, not overlapping */
  static List<QuantityMatch> find(CharSequence text) {
    List<QuantityMatch> out = new ArrayList<>();
    int n = text.length();
    int last = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      QuantityMatch m = null;
      if (c == '分') {
        m = fraction(text, i, last);
      } else if (c == '成') {
        m = cheng(text, i, last);
      }
      if (m != null) {
        out.add(m);
        last = m.end();
        i = m.end() - 1;
      }
    }
    return out;
  }

  /** D分之N around the 分 at {@code fen}. */
  private static @Nullable QuantityMatch fraction(CharSequence text, int fen, int floor) {
    int zhi = skipSpaces(text, fen + 1);
    if (zhi >= text.length() || text.charAt(zhi) != '之') {
      return null;
    }
    int start = numeralStartBefore(text, skipSpacesBack(text, fen, floor), floor, false);
    if (start < 0) {
      return null;
    }
    int after = skipSpaces(text, zhi + 1);
    if (after >= text.length()) {
      return null;
    }
    int kind = NumeralChars.kind(text.charAt(after));
    int end;
    if (kind == NumeralChars.ARABIC) {
      end = arabicEnd(text, after);
    } else if (kind == NumeralChars.DIGIT || kind == NumeralChars.TENS || kind == NumeralChars.SMALL) {
      end = NumberScanner.chineseEnd(text, after);
    } else {
      return null;
    }
    if (end - after > MAX_NUMERAL) {
      return null;
    }
    return read(text, start, end);
  }

  /** N成, N成M, N成半 around the 成 at {@code at}. */
  private static @Nullable QuantityMatch cheng(CharSequence text, int at, int floor) {
    int start = numeralStartBefore(text, skipSpacesBack(text, at, floor), floor, true);
    if (start < 0) {
      return null;
    }
    int end = at + 1;
    if (end < text.length()) {
      char t = text.charAt(end);
      int k = NumeralChars.kind(t);
      boolean digit = k == NumeralChars.DIGIT || k == NumeralChars.ARABIC;
      if ((digit || t == '半') && !continuesNumber(text, end + 1)) {
        end++; // 六成五, 三成半
      }
    }
    if (end == at + 1 && end < text.length() && text.charAt(end) == '不' && end - start == 2) {
      return null; // 一成不变, an idiom
    }
    return read(text, start, end);
  }

  private static @Nullable QuantityMatch read(CharSequence text, int start, int end) {
    String raw = text.subSequence(start, end).toString();
    try {
      Quantity q = Quantity.parse(raw);
      return q.unit().dimension().equals("percent") ? new QuantityMatch(start, end, raw, q) : null;
    } catch (ChineseNumberFormatException e) {
      return null;
    }
  }

  /**
   * The start of the numeral that ends at {@code end}: digits, scale words, Arabic digits and (for 成) a
   * decimal point or 半; -1 when there is none or it is longer than {@link #MAX_NUMERAL}.
   */
  private static int numeralStartBefore(CharSequence text, int end, int floor, boolean decimals) {
    int i = end;
    while (i > floor && end - i <= MAX_NUMERAL && isNumeralChar(text.charAt(i - 1), decimals)) {
      i--;
    }
    return i == end || end - i > MAX_NUMERAL ? -1 : i;
  }

  private static boolean isNumeralChar(char c, boolean decimals) {
    int k = NumeralChars.kind(c);
    if (k == NumeralChars.DIGIT || k == NumeralChars.ARABIC || k == NumeralChars.SMALL || k == NumeralChars.TENS
        || k == NumeralChars.BIG) {
      return true;
    }
    return decimals && (k == NumeralChars.CN_POINT || k == NumeralChars.AR_POINT || c == '半');
  }

  private static boolean continuesNumber(CharSequence text, int i) {
    if (i >= text.length()) {
      return false;
    }
    int k = NumeralChars.kind(text.charAt(i));
    return k == NumeralChars.DIGIT || k == NumeralChars.ARABIC || k == NumeralChars.SMALL
        || k == NumeralChars.TENS || k == NumeralChars.BIG || k == NumeralChars.CN_POINT
        || k == NumeralChars.AR_POINT || UnitCatalogue.standard().matchLength(text, i) > 0;
  }

  private static int arabicEnd(CharSequence text, int i) {
    int j = i;
    while (j < text.length()) {
      int k = NumeralChars.kind(text.charAt(j));
      boolean point = (k == NumeralChars.AR_POINT || k == NumeralChars.SEPARATOR) && j + 1 < text.length()
          && NumeralChars.kind(text.charAt(j + 1)) == NumeralChars.ARABIC;
      if (k != NumeralChars.ARABIC && !point) {
        break;
      }
      j++;
    }
    return j;
  }

  private static int skipSpaces(CharSequence text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int skipSpacesBack(CharSequence text, int i, int floor) {
    while (i > floor && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }
}
