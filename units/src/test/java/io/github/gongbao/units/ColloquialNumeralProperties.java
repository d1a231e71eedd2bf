package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The colloquial elided spellings: for every n, the spelling that drops a last scale word (三万五 for 三万五千,
 * 一百二万 and 百二万 for 一百二十万) parses to n. Our own small writer spells n; the elision is applied
 * wherever a digit stands exactly one place below the digit before it, at the end of the numeral or before
 * 万 and 亿.
 */
class ColloquialNumeralProperties {
  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String[] SMALL = {"千", "百", "十", ""};
  private static final String[] BIG = {"亿", "万", ""};

  /** Sections of four digits rich in the elidable shape d d 0 0, d d 0 and d d (1200, 350, 12). */
  @Provide
  Arbitrary<Long> numbers() {
    Arbitrary<Integer> section = Arbitraries.frequencyOf(
        Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(1, 9), Arbitraries.of(1, 10, 100))
            .as((a, b, p) -> (a * 10 + b) * p)),
        Tuple.of(1, Arbitraries.integers().between(0, 9999)),
        Tuple.of(1, Arbitraries.just(0)));
    return Combinators.combine(section, section, section)
        .as((yi, wan, unit) -> yi * 100_000_000L + wan * 10_000L + unit)
        .filter(n -> n > 0);
  }

  /** Standard spelling: sections joined by 亿 and 万, a run of zeros written as one 零, 一十 kept. */
  static String spell(long n) {
    String padded = String.format("%012d", n);
    StringBuilder out = new StringBuilder();
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
          out.append(DIGITS[d]).append(SMALL[k]);
        }
      }
      out.append(BIG[g]);
    }
    return out.toString();
  }

  /**
   * Drops every scale word that follows a digit standing one place below the scale word before that digit,
   * when the dropped word ends the numeral or stands right before 万 or 亿: 三万五千 → 三万五, 一百二十万 → 一百二万.
   */
  static String elide(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean scale = exponent(c) > 0 && exponent(c) < 4;
      // 三万五千 → 三万五 (千 is one below 万), 一百二十万 → 一百二万 (十 is one below 百, and 万 follows)
      if (scale && i >= 2 && isDigit(s.charAt(i - 1)) && exponent(s.charAt(i - 2)) == exponent(c) + 1
          && (i + 1 == s.length() || exponent(s.charAt(i + 1)) >= 4)) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return "一二三四五六七八九".indexOf(c) >= 0;
  }

  private static int exponent(char c) {
    switch (c) {
      case '十':
        return 1;
      case '百':
        return 2;
      case '千':
        return 3;
      case '万':
        return 4;
      case '亿':
        return 8;
      default:
        return 0;
    }
  }

  @Property(tries = 2000)
  void theElidedSpellingOfEveryNumberParsesToIt(@ForAll("numbers") long n) {
    String full = spell(n);
    String elided = elide(full);
    Statistics.label("elided").collect(!elided.equals(full));
    Statistics.label("elided").coverage(c -> c.check(true).percentage(p -> p > 40));
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(full), full);
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(elided), () -> full + " elided " + elided);
  }

  @Property(tries = 500)
  void aLeadingOneBeforeBaiOrQianMayGoToo(@ForAll("numbers") long n) {
    String elided = elide(spell(n));
    if (elided.startsWith("一百") || elided.startsWith("一千")) {
      String bare = elided.substring(1); // 百二万, 千三
      Statistics.label("bare 百/千").collect(true);
      assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(bare), () -> elided + " without 一: " + bare);
    }
  }
}
