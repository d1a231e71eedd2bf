package io.github.gongbao.units;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;

/** Splits a whole quantity into currency prefix, numeral, scale words and unit. */
final class QuantityParser {
  private QuantityParser() {}

  static Quantity parse(CharSequence text) {
    if (text == null || text.toString().isBlank()) {
      throw new ChineseNumberFormatException(ErrorKind.EMPTY, 0, text, "no quantity");
    }
    String s = text.toString().strip();
    UnitCatalogue cat = UnitCatalogue.standard();
    // A currency named before the number wins: 人民币3.14亿元, 港币50亿元.
    Unit prefix = null;
    int from = 0;
    int pl = cat.matchLength(s, 0);
    if (pl > 0 && cat.byWord(s.substring(0, pl)).map(u -> u.dimension().startsWith("money:")).orElse(false)) {
      prefix = cat.byWord(s.substring(0, pl)).orElseThrow();
      from = pl;
    }
    // The unit is the longest catalogue word that ends the text; scale words sit just before it.
    for (int u = from + 1; u <= s.length(); u++) {
      int len = cat.matchLength(s, u);
      if (u + len != s.length() && !(len == 0 && u == s.length())) {
        continue;
      }
      Unit unit = len == 0 ? Unit.NUMBER : cat.byWord(s.substring(u)).orElseThrow();
      int scaleStart = u;
      while (scaleStart > from && Scales.charValue(s.charAt(scaleStart - 1)) != 0
          && scaleStart - 1 > from) {
        scaleStart--;
      }
      String scaleWord = s.substring(scaleStart, u);
      String numeral = s.substring(from, scaleStart);
      if (!numeral.isEmpty() && isArabicTail(numeral)) {
        Unit result = prefix != null && unit.dimension().startsWith("money:") ? prefix : unit;
        return Quantity.of(ChineseNumerals.parse(numeral), scaleWord, result);
      }
      Unit result = prefix != null && unit.dimension().startsWith("money:") ? prefix : unit;
      return Quantity.of(ChineseNumerals.parse(s.substring(from, u)), "", result);
    }
    throw new ChineseNumberFormatException(ErrorKind.UNIT, s.length(), text, "no unit the catalogue knows");
  }

  private static boolean isArabicTail(String numeral) {
    char last = numeral.charAt(numeral.length() - 1);
    return last >= '0' && last <= '9' || last >= '０' && last <= '９';
  }
}
