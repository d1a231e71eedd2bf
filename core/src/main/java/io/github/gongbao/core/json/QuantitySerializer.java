package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.UnitCatalogue;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a {@link Quantity} as {@code {"number":"79.9","scale":"亿","unit":"CNY","value":"7990000000"}}.
 * The scale is omitted when there is none, the unit when it is the bare number. A unit that is not the
 * catalogue's unit for its code is written in full:
 * {@code "unit":{"code":"…","dimension":"…","factor":"…","word":"…"}}.
 */
final class QuantitySerializer extends StdSerializer<Quantity> {
  private static final long serialVersionUID = 1L;

  QuantitySerializer() {
    super(Quantity.class);
  }

  @Override
  public void serialize(Quantity q, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("number", q.number().toPlainString());
    if (!q.scaleWord().isEmpty()) {
      gen.writeStringField("scale", q.scaleWord());
    }
    Unit u = q.unit();
    if (!u.equals(Unit.NUMBER)) {
      gen.writeFieldName("unit");
      if (isCatalogued(u)) {
        gen.writeString(u.code());
      } else {
        gen.writeStartObject();
        gen.writeStringField("code", u.code());
        gen.writeStringField("dimension", u.dimension());
        gen.writeStringField("factor", u.factor().toPlainString());
        gen.writeStringField("word", u.word());
        gen.writeEndObject();
      }
    }
    gen.writeStringField("value", q.value().toPlainString());
    gen.writeEndObject();
  }

  /**
   * @return true if the catalogue gives back exactly {@code u} (with its word, and its factor to the scale:
   *     {@link Unit#equals} compares factors by value) for its code
   */
  static boolean isCatalogued(Unit u) {
    Optional<Unit> c = UnitCatalogue.standard().byCode(u.code());
    return c.isPresent() && c.get().equals(u) && c.get().word().equals(u.word())
        && c.get().factor().scale() == u.factor().scale();
  }
}
