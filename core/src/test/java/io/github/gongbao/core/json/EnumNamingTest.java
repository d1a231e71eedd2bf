package io.github.gongbao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.SkipReason;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Model enums go through Jackson's snake-case enum naming: every constant is its lower-case name. */
class EnumNamingTest {
  private static final ObjectMapper M = GongbaoJson.mapper();

  @Test
  void everyConstantOfEveryModelEnumIsWrittenAndReadAsItsLowerCaseName() throws Exception {
    int constants = 0;
    for (Class<? extends Enum<?>> type : GongbaoModule.LOWER_SNAKE_ENUMS) {
      for (Enum<?> e : type.getEnumConstants()) {
        String code = e.name().toLowerCase(Locale.ROOT);
        assertEquals('"' + code + '"', M.writeValueAsString(e), type.getSimpleName());
        assertEquals(e, M.readValue('"' + code + '"', type));
        constants++;
      }
    }
    assertEquals(9, GongbaoModule.LOWER_SNAKE_ENUMS.size());
    assertEquals(true, constants > 20, "constants checked: " + constants);
  }

  @Test
  void otherSpellingsAreRefused() {
    assertThrows(JsonProcessingException.class, () -> M.readValue("\"YEAR_ON_YEAR\"", Basis.class));
    assertThrows(JsonProcessingException.class, () -> M.readValue("\"Year_On_Year\"", Basis.class));
    assertThrows(JsonProcessingException.class, () -> M.readValue("\"yearonyear\"", Basis.class));
  }

  @Test
  void skipReasonsAreWrittenAsTheCodesTheHtmlViewShows() throws Exception {
    for (SkipReason r : SkipReason.values()) {
      assertEquals('"' + r.code() + '"', M.writeValueAsString(r));
    }
  }
}
