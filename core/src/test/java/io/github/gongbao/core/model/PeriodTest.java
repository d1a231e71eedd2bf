package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "上半年, , 1, 6",
    "下半年, , 7, 12",
    "一季度, , 1, 3",
    "第一季度, , 1, 3",
    "二季度, , 4, 6",
    "第三季度, , 7, 9",
    "四季度, , 10, 12",
    "前三季度, , 1, 9",
    "1~6月份, , 1, 6",
    "1—9月, , 1, 9",
    "1-5月, , 1, 5",
    "１－１１月, , 1, 11",
    "1至10月, , 1, 10",
    "一至九月, , 1, 9",
    "5月份, , 5, 5",
    "12月, , 12, 12",
    "全年, , 1, 12",
    "2024年上半年, 2024, 1, 6",
    "2023年1—9月份, 2023, 1, 9",
    "２０２４年前三季度, 2024, 1, 9",
    "2024年全年, 2024, 1, 12",
    "2019年, 2019, 1, 12",
    "2022年度, 2022, 1, 12",
    "二零一九年第三季, 2019, 7, 9",
    "二〇二四年上半年, 2024, 1, 6",
    "今年第3季, , 7, 9",
    "第3季, , 7, 9",
    "首季, , 1, 3",
    "次季, , 4, 6",
    "前三季, , 1, 9",
    "今年首四個月, , 1, 4",
    "前两个月, , 1, 2",
    "1-10月份, , 1, 10",
    "元至九月, , 1, 9",
    "元月份, , 1, 1",
  })
  void readsMonthRanges(String text, Integer year, int first, int last) {
    Period p = Period.parse(text);
    assertEquals(text, p.asWritten());
    assertEquals(Optional.ofNullable(year), p.year());
    assertEquals(Optional.of(first), p.firstMonth());
    assertEquals(Optional.of(last), p.lastMonth());
  }

  @Test
  void relativeOrOpenPeriodsHaveNoMonths() {
    for (String text : new String[] {"上季", "今年以来", "近年来", "去年同期", "0000年"}) {
      Period p = Period.parse(text);
      assertEquals(Optional.empty(), p.firstMonth(), text);
      assertEquals(Optional.empty(), p.lastMonth(), text);
    }
  }

  @Test
  void unknownTextKeepsOnlyAsWritten() {
    assertEquals(Period.of("近年来"), Period.parse("近年来"));
    assertEquals(Period.of("13月"), Period.parse("13月"));
    assertEquals(Period.of("9-3月"), Period.parse("9-3月"));
  }

  @Test
  void monthRangeMustBeWholeAndOrdered() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Period.builder().asWritten("x").firstMonth(3).build());
    assertEquals("lastMonth", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> Period.builder().asWritten("x").firstMonth(7).lastMonth(6).build());
    assertEquals("lastMonth", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> Period.builder().asWritten("x").firstMonth(0).lastMonth(6).build());
    assertEquals("firstMonth", e.field());
  }
}
