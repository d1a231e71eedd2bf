package io.github.gongbao.units.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralCharsTest {

  @Test
  void handListedMarkersHaveTheirTraditionalFormsFromIcu() {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    assertEquals(NumeralChars.POINTS, "点" + toTraditional.transliterate("点"));
    assertEquals(NumeralChars.MINUSES.substring(0, 2), "负" + toTraditional.transliterate("负"));
    assertEquals("幾", toTraditional.transliterate("几"));
    assertEquals("約", toTraditional.transliterate("约"));
    assertEquals(NumeralChars.CN_POINT, NumeralChars.kind('點'));
    assertEquals(NumeralChars.MINUS, NumeralChars.kind('負'));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"零, 1, 0", "〇, 1, 0", "两, 1, 2", "兩, 1, 2", "幺, 1, 1", "壹, 1, 1", "貳, 1, 2", "參, 1, 3",
    "陸, 1, 6", "玖, 1, 9", "拾, 3, 1", "佰, 3, 2", "仟, 3, 3", "萬, 4, 4", "億, 4, 8", "京, 4, 16", "兆, 5, 12",
    "廿, 6, 2", "卅, 6, 3", "５, 2, 5", "７, 2, 7", "．, 8, 0", "，, 9, 0", "－, 10, 0", "−, 10, 0", "＋, 11, 0",
    "分, 12, 0", "之, 13, 0", "又, 14, 0", "余, 16, 0", "x, 0, 0", "人, 0, 0", "洞, 0, 0", "参, 0, 0"})
  void classifies(char ch, int kind, int value) {
    int code = NumeralChars.code(ch);
    assertEquals(kind, NumeralChars.kind(code), "kind of " + ch);
    assertEquals(value, NumeralChars.value(code), "value of " + ch);
  }

  @Test
  void everyDigitAgreesWithTheUnicodeData() {
    int digits = 0;
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      if (NumeralChars.kind(c) == NumeralChars.DIGIT) {
        digits++;
        assertEquals(UCharacter.getUnicodeNumericValue(c), NumeralChars.value(NumeralChars.code(c)), 0.0);
      }
    }
    // 零 一 … 九, 两 兩 俩 倆 幺, 壹 贰 … 玖 and their Traditional forms, and a few rarer ones.
    assertEquals(true, digits >= 30, "digits found: " + digits);
  }
}
