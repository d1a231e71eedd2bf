package io.github.gongbao.units.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.units.ChineseNumberFormatException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The fast path is an optimisation only: with or without it, every input gives the same outcome. */
class NumeralParserProperties {

  /** Short strings over the fast path's alphabet (and a few characters that make it fall back). */
  @Provide
  Arbitrary<String> fastPathAlphabet() {
    return Arbitraries.strings().withChars("零〇一二三四五六七八九两壹贰十百千拾佰仟万亿萬億兆京点负 3")
        .ofMinLength(1).ofMaxLength(9);
  }

  /** Well-formed numerals: written by the same rules the fast path reads, from random integers. */
  @Provide
  Arbitrary<String> wellFormed() {
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    return Arbitraries.longs().between(1, 999_999_999_999L).map(n -> {
      // A small writer of our own: sections of four digits joined by 亿 and 万, zeros as one 零.
      String s = Long.toString(n);
      StringBuilder out = new StringBuilder();
      String[] small = {"千", "百", "十", ""};
      String[] big = {"亿", "万", ""};
      String padded = "0".repeat(12 - s.length()) + s;
      boolean pendingZero = false;
      for (int g = 0; g < 3; g++) {
        String part = padded.substring(g * 4, g * 4 + 4);
        if (part.equals("0000")) {
          pendingZero = out.length() > 0;
          continue;
        }
        for (int k = 0; k < 4; k++) {
          int d = part.charAt(k) - '0';
          if (d == 0) {
            pendingZero = out.length() > 0;
          } else {
            if (pendingZero) {
              out.append('零');
              pendingZero = false;
            }
            out.append(digits[d]).append(small[k]);
          }
        }
        out.append(big[g]);
      }
      return out.toString();
    });
  }

  private static String outcome(String input, boolean fast) {
    try {
      BigDecimal v = NumeralParser.parse(input, 12, fast);
      return "value " + v + " scale " + v.scale();
    } catch (ChineseNumberFormatException e) {
      return e.kind() + " at " + e.offset();
    }
  }

  @Property(tries = 3000)
  void fastPathChangesNothing(@ForAll("fastPathAlphabet") String input) {
    Statistics.label("fast path took it").collect(QuickNumerals.quickParse(input) >= 0);
    Statistics.label("fast path took it").coverage(c -> c.check(true).percentage(p -> p > 5));
    assertEquals(outcome(input, false), outcome(input, true), input);
  }

  @Property(tries = 1000)
  void fastPathReadsWellFormedNumerals(@ForAll("wellFormed") String input) {
    Statistics.label("fast path took it").collect(QuickNumerals.quickParse(input) >= 0);
    Statistics.label("fast path took it").coverage(c -> c.check(true).percentage(p -> p > 90));
    assertEquals(outcome(input, false), outcome(input, true), input);
  }
}
