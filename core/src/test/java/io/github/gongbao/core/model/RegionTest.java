package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "全国, NATION",
    "全省, PROVINCE",
    "河南省, PROVINCE",
    "广西壮族自治区, PROVINCE",
    "全市, CITY",
    "焦作市, CITY",
    "我市, CITY",
    "温县, COUNTY",
    "溫縣, COUNTY",
    "全县, COUNTY",
    "中站区, DISTRICT",
    "中站區, DISTRICT",
  })
  void guessesKind(String name, RegionKind kind) {
    Region r = Region.of(name);
    assertEquals(name, r.asWritten());
    assertEquals(Optional.of(kind), r.kind());
  }

  @ParameterizedTest
  @CsvSource({"城乡", "长三角"})
  void noKindWhenUnrecognised(String name) {
    assertEquals(Optional.empty(), Region.of(name).kind());
  }

  @org.junit.jupiter.api.Test
  void blankRefused() {
    assertEquals("asWritten", assertThrows(InvalidValueException.class, () -> Region.of(" ")).field());
  }
}
