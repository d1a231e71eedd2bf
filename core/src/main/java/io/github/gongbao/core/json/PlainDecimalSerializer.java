package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes a {@link BigDecimal} as a JSON string in plain notation, keeping its scale ("6.10"). */
final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
  private static final long serialVersionUID = 1L;
  static final PlainDecimalSerializer INSTANCE = new PlainDecimalSerializer();

  private PlainDecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(value.toPlainString());
  }
}
