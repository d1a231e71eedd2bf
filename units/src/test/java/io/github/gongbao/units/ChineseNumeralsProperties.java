package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.gongbao.units.ChineseNumeralFormatter.Script;
import io.github.gongbao.units.ChineseNumeralFormatter.Style;
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
 * Laws of the numeral parser: ICU4J's spellout reads back, our formatter's output reads back, and no input
 * makes the parser throw anything but {@link ChineseNumberFormatException}.
 */
class ChineseNumeralsProperties {
  private static final long TEN_16 = 10_000_000_000_000_000L;

  private static final ThreadLocal<RuleBasedNumberFormat> ZH = ThreadLocal.withInitial(
      () -> new RuleBasedNumberFormat(new ULocale("zh"), RuleBasedNumberFormat.SPELLOUT));
  private static final ThreadLocal<RuleBasedNumberFormat> ZH_HANT = ThreadLocal.withInitial(
      () -> new RuleBasedNumberFormat(new ULocale("zh_Hant"), RuleBasedNumberFormat.SPELLOUT));

  // ---- generators ----

  /**
   * Integers up to 10^16 in absolute value, biased to the hard cases: few significant digits with zeros
   * between them (10010, 100000001, 3000000000500), and every length.
   */
  @Provide
  Arbitrary<Long> integersUpTo10e16() {
    Arbitrary<Long> uniform = Arbitraries.longs().between(-TEN_16, TEN_16);
    Arbitrary<Long> small = Arbitraries.longs().between(-99_999, 99_999);
    Arbitrary<Long> zeroRich = Combinators.combine(
            Arbitraries.strings().withChars("000000012345678912").ofMinLength(0).ofMaxLength(16),
            Arbitraries.of(1L, -1L))
        .as((digits, sign) -> sign * Long.parseLong("1" + digits));
    return Arbitraries.frequencyOf(Tuple.of(3, uniform), Tuple.of(2, small), Tuple.of(5, zeroRich))
        .edgeCases(c -> c.add(0L, 10L, 11L, 100_000L, 100_010L, TEN_16, -TEN_16, 1_000_000_000_000L));
  }

  /** ICU's integer rule sets: normal, financial, the 两 variant and positional-zero numbering. */
  @Provide
  Arbitrary<String> ruleSets() {
    return Arbitraries.of("%spellout-cardinal", "%spellout-cardinal-financial",
        "%spellout-cardinal-alternate2", "%spellout-numbering");
  }

  /**
   * Decimals ICU can write exactly through its {@code double} path: at most 12 significant digits and 4
   * decimals.
   */
  @Provide
  Arbitrary<BigDecimal> icuSafeDecimals() {
    return Combinators.combine(Arbitraries.longs().between(-99_999_999L, 99_999_999L),
            Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
  }

  /** Any value the parser can produce: unscaled up to 18 digits, scale 0 to 8, zero-rich or uniform. */
  @Provide
  Arbitrary<BigDecimal> parseableDecimals() {
    Arbitrary<Long> unscaled = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)),
        Tuple.of(1, integersUpTo10e16()));
    return Combinators.combine(unscaled, Arbitraries.integers().between(0, 8)).as(BigDecimal::valueOf);
  }

  /** Strings over the numeral alphabet, with a little noise and white space. */
  @Provide
  Arbitrary<String> numeralSoup() {
    Arbitrary<Character> numeralChars = Arbitraries.of(
        "〇零一二三四五六七八九两兩幺壹贰貳叁參肆伍陆陸柒捌玖十拾百佰千仟万萬亿億兆京廿卅点點负負分之又余多半个"
            .chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    Arbitrary<Character> asciiChars = Arbitraries.of('0', '1', '5', '9', '.', ',', '-', '+', ' ', '%', '．', '５');
    Arbitrary<Character> noise = Arbitraries.chars().all();
    Arbitrary<Character> c = Arbitraries.frequencyOf(
        Tuple.of(14, numeralChars), Tuple.of(5, asciiChars), Tuple.of(1, noise));
    return c.list().ofMaxSize(24).map(list -> {
      StringBuilder sb = new StringBuilder();
      list.forEach(sb::append);
      return sb.toString();
    });
  }

  // ---- laws ----

  @Property(tries = 1500)
  void icuSpelloutOfIntegersReadsBack(@ForAll("integersUpTo10e16") long n, @ForAll("ruleSets") String ruleSet,
      @ForAll boolean traditional) {
    RuleBasedNumberFormat f = (traditional ? ZH_HANT : ZH).get();
    String text = f.format(n, ruleSet);
    Statistics.label("digits").collect(Long.toString(Math.abs(n)).length() / 4 * 4);
    Statistics.label("has 零/〇 inside").collect(text.matches(".+[零〇].+"));
    Statistics.label("uses 兆 or 京").collect(text.contains("兆") || text.contains("京"));
    Statistics.label("uses 两").collect(text.contains("两") || text.contains("兩"));
    Statistics.label("has 零/〇 inside").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("uses 兆 or 京").coverage(c -> c.check(true).percentage(p -> p > 5));
    assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(text), () -> text);
  }

  @Property(tries = 400)
  void icuSpelloutOfDecimalsReadsBack(@ForAll("icuSafeDecimals") BigDecimal d, @ForAll boolean traditional) {
    RuleBasedNumberFormat f = (traditional ? ZH_HANT : ZH).get();
    // The test may use double: ICU only formats decimals from a double, and these have ≤ 12 digits.
    String text = f.format(d.doubleValue());
    Statistics.label("has decimals").collect(d.stripTrailingZeros().scale() > 0);
    assertEquals(0, d.compareTo(ChineseNumerals.parse(text)), () -> d + " written " + text);
  }

  @Property(tries = 1500)
  void formatterOutputReadsBack(@ForAll("parseableDecimals") BigDecimal v, @ForAll Script script,
      @ForAll Style style) {
    String text = ChineseNumeralFormatter.simplified().script(script).style(style).format(v);
    BigDecimal back = ChineseNumerals.parse(text);
    Statistics.label("style").collect(style);
    Statistics.label("magnitude").collect(v.abs().compareTo(BigDecimal.TEN.pow(12)) >= 0 ? ">= 10^12"
        : v.abs().compareTo(BigDecimal.TEN.pow(8)) >= 0 ? ">= 10^8"
        : v.abs().compareTo(BigDecimal.TEN.pow(4)) >= 0 ? ">= 10^4" : "< 10^4");
    if (style == Style.COMPACT) {
      assertEquals(0, v.compareTo(back), () -> v + " written " + text + " read " + back);
    } else {
      assertEquals(v, back, () -> v + " written " + text); // the scale survives too
    }
  }

  /**
   * Any value at all the formatter might be given: unscaled up to 19 digits, scale from -6 to 300, so that
   * some are refused (more than 18 digits, or a numeral too long to read) and most are written.
   */
  @Provide
  Arbitrary<BigDecimal> anyDecimals() {
    Arbitrary<Long> unscaled = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.longs()), Tuple.of(2, Arbitraries.longs().between(-999, 999)),
        Tuple.of(1, integersUpTo10e16()));
    Arbitrary<Integer> scale = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(-6, 40)),
        Tuple.of(1, Arbitraries.integers().between(41, 300)));
    return Combinators.combine(unscaled, scale).as(BigDecimal::valueOf);
  }

  @Property(tries = 1500)
  void everyValueTheFormatterWritesReadsBack(@ForAll("anyDecimals") BigDecimal v, @ForAll Script script,
      @ForAll Style style) {
    String text;
    try {
      text = ChineseNumeralFormatter.simplified().script(script).style(style).format(v);
    } catch (ChineseNumberFormatException e) {
      Statistics.label("formatter").collect("refused");
      assertEquals(ChineseNumberFormatException.ErrorKind.OUT_OF_RANGE, e.kind());
      return;
    }
    Statistics.label("formatter").collect(v.scale() > 18 ? "written, scale > 18" : "written");
    Statistics.label("formatter").coverage(c -> {
      c.check("written, scale > 18").percentage(p -> p > 10);
      c.check("refused").count(n -> n > 0);
    });
    BigDecimal back = ChineseNumerals.parse(text);
    assertEquals(0, v.compareTo(back), () -> v + " written " + text + " read " + back);
  }

  @Property(tries = 3000)
  void neverThrowsAnythingElse(@ForAll("numeralSoup") String input) {
    String outcome;
    try {
      BigDecimal v = ChineseNumerals.parse(input);
      assertTrue(v.precision() <= 34, () -> input + " gave " + v);
      outcome = "parsed";
    } catch (ChineseNumberFormatException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= input.length(), () -> input + ": " + e.getMessage());
      outcome = e.kind().name();
    }
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("parsed").percentage(p -> p > 1);
      coverage.check("MALFORMED").percentage(p -> p > 10);
      coverage.check("UNEXPECTED_CHARACTER").percentage(p -> p > 1);
      coverage.check("APPROXIMATE").count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  void numeralSoupThatParsesIsStableUnderSurroundingSpace(@ForAll("numeralSoup") String input) {
    BigDecimal plain;
    try {
      plain = ChineseNumerals.parse(input);
    } catch (ChineseNumberFormatException e) {
      return;
    }
    assertEquals(plain, ChineseNumerals.parse(" \u3000" + input + "\t"));
  }
}
