package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.units.ChineseNumeralFormatter.Script;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Laws of money in capital numerals: the written form reads back, and follows the banks' rules. */
class ChineseMoneyProperties {

  /** Amounts with two decimals below 10^16 yuan, biased to zeros inside (10500.05) and to whole yuan. */
  @Provide
  Arbitrary<BigDecimal> amounts() {
    Arbitrary<Long> uniform = Arbitraries.longs().between(0, 999_999_999_999_999_999L);
    Arbitrary<Long> small = Arbitraries.longs().between(0, 99_999_99L);
    Arbitrary<Long> zeroRich = Arbitraries.strings().withChars("0000000123456789").ofMinLength(0).ofMaxLength(17)
        .map(d -> Long.parseLong("1" + d));
    Arbitrary<Long> whole = zeroRich.map(c -> c / 100 * 100);
    return Arbitraries.frequencyOf(Tuple.of(2, uniform), Tuple.of(2, small), Tuple.of(4, zeroRich),
            Tuple.of(2, whole))
        .edgeCases(c -> c.add(0L, 1L, 10L, 100L, 1000L, 100_000_000_000_000L))
        .map(cents -> BigDecimal.valueOf(cents, 2));
  }

  @Property(tries = 2000)
  void formatThenParseGivesTheAmountBack(@ForAll("amounts") BigDecimal amount, @ForAll Script script) {
    String text = ChineseMoney.format(amount, script);
    Statistics.label("whole yuan").collect(amount.remainder(BigDecimal.ONE).signum() == 0);
    Statistics.label("has 零").collect(text.contains("零"));
    Statistics.label("has 零").coverage(c -> c.check(true).percentage(p -> p > 20));
    assertEquals(amount, ChineseMoney.parse(text), text);
    assertEquals(amount.negate(), ChineseMoney.parse(ChineseMoney.format(amount.negate(), script)));
  }

  @Property(tries = 2000)
  void theWrittenFormFollowsTheRulesForZeroAndZheng(@ForAll("amounts") BigDecimal amount) {
    String text = ChineseMoney.format(amount);
    boolean fraction = amount.remainder(BigDecimal.ONE).signum() != 0;
    if (amount.signum() == 0) {
      assertEquals("零元整", text);
      return;
    }
    assertFalse(text.contains("零零"), text + ": a run of zeros is one 零");
    assertFalse(text.matches(".*零[元万亿].*"), text + ": no 零 before 元, 万 or 亿");
    assertFalse(text.matches(".*(^|[^壹贰叁肆伍陆柒捌玖])拾.*"), text + ": every 拾 has its digit");
    assertEquals(!fraction, text.endsWith("整"), text + ": 整 exactly when there are no 角 and 分");
    assertFalse(text.endsWith("角整") || text.endsWith("分整"), text);
    if (amount.compareTo(BigDecimal.ONE) >= 0) {
      assertFalse(text.startsWith("零"), text + ": starts with its first digit");
      assertTrue(text.contains("元"), text);
    } else if (amount.signum() > 0) {
      assertFalse(text.contains("元"), text + ": under one yuan starts with 角 or 分");
    }
    if (fraction && amount.compareTo(BigDecimal.ONE) >= 0) {
      int jiao = amount.movePointRight(1).remainder(BigDecimal.TEN).intValue();
      assertEquals(jiao == 0, text.matches(".*元零.分"), text + ": 零 between 元 and 分 when 角 is zero");
    }
  }

  @Property(tries = 1000)
  void parseNeverThrowsAnythingElse(@ForAll("moneySoup") String text) {
    try {
      BigDecimal v = ChineseMoney.parse(text);
      Statistics.label("outcome").collect("parsed");
      assertTrue(v.scale() == 2 || v.scale() == 3, text);
    } catch (ChineseNumberFormatException e) {
      Statistics.label("outcome").collect(e.kind());
      assertTrue(e.offset() >= 0 && e.offset() <= text.length(), e.getMessage());
    }
    Statistics.label("outcome").coverage(c -> c.check("parsed").count(n -> n > 0));
  }

  @Provide
  Arbitrary<String> moneySoup() {
    return Arbitraries.strings().withChars("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆圓角分厘整正负5 x")
        .ofMaxLength(12);
  }
}
