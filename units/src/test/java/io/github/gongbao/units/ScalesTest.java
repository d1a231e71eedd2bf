package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScalesTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"'', 1", "十, 10", "百, 100", "千, 1000", "万, 10000", "亿, 100000000", "万亿, 1000000000000",
      "千万, 10000000", "百万, 1000000", "十万, 100000", "千亿, 100000000000", "萬, 10000", "億, 100000000",
      "仟萬, 10000000", "萬億, 1000000000000"})
  void valueOfScaleWords(String word, String value) {
    assertEquals(0, new BigDecimal(value).compareTo(Scales.valueOf(word)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"万万", "亿万", "十百", "百千", "亿亿", "元", "万元", "兆"})
  void refusesWordsThatAreNotScales(String word) {
    assertThrows(ChineseNumberFormatException.class, () -> Scales.valueOf(word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"萬億, 万亿", "仟萬, 千万", "拾, 十", "佰, 百", "亿, 亿", "'', ''"})
  void simplifiesScaleWords(String word, String simplified) {
    assertEquals(simplified, Scales.simplified(word));
  }

  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource({"千万元, 0, 2", "万亿元, 0, 2", "万万, 0, 1", "亿万, 0, 1", "千瓦时, 0, 1", "元, 0, 0",
      "3亿, 1, 1", "3亿, 2, 0", "十万亿, 0, 3"})
  void matchLengthFindsTheLongestScaleWord(String text, int start, int expected) {
    assertEquals(expected, Scales.matchLength(text, start));
  }
}
