package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Issue 12: period labels, the key a panel joins on, read back to the same year and months. */
class PeriodLabelProperties {
  @Property(tries = 2000)
  void aLabelReadsBackToTheSameYearAndMonths(@ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int first, @ForAll @IntRange(min = 0, max = 11) int length) {
    int last = Math.min(12, first + length);
    Period p = Period.builder().asWritten("x").year(year).firstMonth(first).lastMonth(last).build();
    String label = p.label().orElseThrow();
    Period back = Period.fromLabel(label);
    assertEquals(Optional.of(year), back.year(), label);
    assertEquals(Optional.of(first), back.firstMonth(), label);
    assertEquals(Optional.of(last), back.lastMonth(), label);
    assertEquals(Optional.of(label), back.label(), "a label is its own label");
  }

  @Example
  void theLabelsOfTheGenresPeriods() {
    assertEquals(Optional.of("2024-H1"), Period.parse("2024年上半年").label());
    assertEquals(Optional.of("2019-Q3"), Period.parse("二零一九年第三季").label());
    assertEquals(Optional.of("2023-01/2023-10"), Period.parse("2023年1-10月").label());
    assertEquals(Optional.of("2022-05"), Period.parse("2022年5月份").label());
    assertEquals(Optional.of("2019"), Period.parse("2019年").label());
    assertEquals(Optional.empty(), Period.parse("上半年").label(), "no year, no label");
  }

  @Example
  void whatIsNoLabelIsRefusedByName() {
    for (String bad : new String[] {"", "2024-H3", "2024-Q5", "2024-13", "2024-05/2025-06", "24年", "2024-07/2024-03"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Period.fromLabel(bad), bad);
      assertEquals("Period", e.type(), bad);
    }
  }
}
