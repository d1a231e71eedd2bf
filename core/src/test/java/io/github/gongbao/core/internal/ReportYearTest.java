package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's year: from its opening, else from its dateline, a year back for a release dated after its period. */
class ReportYearTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2024年上半年全市经济运行稳中有进。发布时间：2025-01-02 | 2024",
    "二〇二三年国民经济和社会发展统计公报 | 2023",
    "5月份全市居民消费价格同比上涨1.8%。来源：市统计局 2022-6-17 | 2022",
    "12月份全市居民消费价格同比上涨0.6%。发布日期：2023/01/16 | 2022",
    "1-10月，全县规模以上工业增加值增长6.1%。2024年11月20日 | 2024",
    "上半年全市生产总值增长5.2%。 | ",
  })
  void yearOfTheReport(String text, Integer year) {
    assertEquals(Optional.ofNullable(year), ReportYear.find(TextNormalizer.inspect(text).text));
  }
}
