package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/** Writes a model enum constant as its lower_snake name ({@code YEAR_ON_YEAR} → {@code year_on_year}). */
final class LowerSnakeEnumSerializer<E extends Enum<E>> extends StdSerializer<E> {
  private static final long serialVersionUID = 1L;

  LowerSnakeEnumSerializer(Class<E> type) {
    super(type);
  }

  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(code(value));
  }
}
