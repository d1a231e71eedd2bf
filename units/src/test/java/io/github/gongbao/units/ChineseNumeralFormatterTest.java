package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import io.github.gongbao.units.ChineseNumeralFormatter.Script;
import io.github.gongbao.units.ChineseNumeralFormatter.Style;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralFormatterTest {

  private static String format(Script script, Style style, String value) {
    return ChineseNumeralFormatter.simplified().script(script).style(style).format(new BigDecimal(value));
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource({
    "SIMPLIFIED, NORMAL, 105, 一百零五",
    "SIMPLIFIED, NORMAL, 1234567890, 十二亿三千四百五十六万七千八百九十",
    "SIMPLIFIED, NORMAL, -3.25, 负三点二五",
    "SIMPLIFIED, NORMAL, 2.50, 二点五零",
    "SIMPLIFIED, FINANCIAL, 12000, 壹万贰仟",
    "SIMPLIFIED, FINANCIAL, 105.6, 壹佰零伍点陆",
    "TRADITIONAL, NORMAL, 10010, 一萬零一十",
    "TRADITIONAL, NORMAL, -0.5, 負零點五",
    "TRADITIONAL, FINANCIAL, 3300000000, 參拾參億",
    "SIMPLIFIED, COMPACT, 7990000000, 79.9亿",
    "SIMPLIFIED, COMPACT, 1500000000000, 1.5万亿",
    "SIMPLIFIED, COMPACT, 26000, 2.6万",
    "SIMPLIFIED, COMPACT, -350000000, -3.5亿",
    "SIMPLIFIED, COMPACT, 950.5, 950.5",
    "TRADITIONAL, COMPACT, 7990000000, 79.9億",
    "TRADITIONAL, COMPACT, 4780000000000, 4.78萬億"})
  void writes(Script script, Style style, String value, String expected) {
    assertEquals(expected, format(script, style, value));
  }

  @Test
  void decimalsAreWrittenExactlyEvenWhereADoubleWouldRound() {
    // 0.1 + 18 digits would lose digits through double; ours writes each one.
    assertEquals("一亿二千三百四十五万六千七百八十九点一二三四五六七八九",
        format(Script.SIMPLIFIED, Style.NORMAL, "123456789.123456789"));
  }

  @Test
  void refusesWhatTheParserWouldRefuse() {
    ChineseNumberFormatException e = assertThrows(ChineseNumberFormatException.class,
        () -> ChineseNumeralFormatter.simplified().format(new BigDecimal("1000000000000000000")));
    assertEquals(ErrorKind.OUT_OF_RANGE, e.kind());
    assertThrows(NullPointerException.class, () -> ChineseNumeralFormatter.simplified().format(null));
  }

  @Test
  void settingsReturnNewFormatters() {
    ChineseNumeralFormatter base = ChineseNumeralFormatter.simplified();
    ChineseNumeralFormatter financial = base.style(Style.FINANCIAL);
    assertNotSame(base, financial);
    assertEquals(Style.NORMAL, base.style());
    assertEquals(Style.FINANCIAL, financial.style());
    assertEquals(Script.TRADITIONAL, ChineseNumeralFormatter.traditional().script());
    assertEquals(financial, ChineseNumeralFormatter.simplified().style(Style.FINANCIAL));
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    ChineseNumeralFormatter f = ChineseNumeralFormatter.traditional().style(Style.FINANCIAL);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          for (long n = 0; n < 20_000; n += 7) {
            if (ChineseNumerals.parse(f.format(n)).longValueExact() != n) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertEquals(true, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
