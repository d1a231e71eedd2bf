package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** Reads a model enum constant from its lower_snake name; refuses any other spelling. */
final class LowerSnakeEnumDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
  private static final long serialVersionUID = 1L;
  private final Class<E> type;

  LowerSnakeEnumDeserializer(Class<E> type) {
    super(type);
    this.type = type;
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return type.cast(ctxt.handleUnexpectedToken(type, p));
    }
    String text = p.getText();
    for (E e : type.getEnumConstants()) {
      if (LowerSnakeEnumSerializer.code(e).equals(text)) {
        return e;
      }
    }
    return type.cast(ctxt.handleWeirdStringValue(type, text,
        "not one of the lower_snake names of %s", type.getSimpleName()));
  }
}
