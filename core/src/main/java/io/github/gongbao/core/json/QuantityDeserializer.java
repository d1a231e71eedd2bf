package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.gongbao.units.ChineseNumberFormatException;
import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.UnitCatalogue;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads the form written by {@link QuantitySerializer}. Units given by code are looked up with
 * {@link UnitCatalogue#standard()}; a {@code value} field, when present, must agree with
 * number × scale. Decimals may be JSON strings or JSON numbers (read exactly).
 */
final class QuantityDeserializer extends StdDeserializer<Quantity> {
  private static final long serialVersionUID = 1L;

  QuantityDeserializer() {
    super(Quantity.class);
  }

  @Override
  public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return (Quantity) ctxt.handleUnexpectedToken(Quantity.class, p);
    }
    BigDecimal number = null;
    BigDecimal value = null;
    String scale = "";
    Unit unit = Unit.NUMBER;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "number":
          number = decimal(p, ctxt, field);
          break;
        case "value":
          value = decimal(p, ctxt, field);
          break;
        case "scale":
          scale = p.getValueAsString("");
          break;
        case "unit":
          unit = t == JsonToken.START_OBJECT ? fullUnit(p, ctxt) : catalogued(p, ctxt);
          break;
        default:
          ctxt.handleUnknownProperty(p, this, Quantity.class, field);
      }
    }
    if (number == null) {
      return (Quantity) ctxt.reportInputMismatch(this, "Quantity needs a \"number\"");
    }
    Quantity q;
    try {
      q = Quantity.of(number, scale, unit);
    } catch (ChineseNumberFormatException e) {
      return (Quantity) ctxt.reportInputMismatch(this, "Quantity.scale \"%s\" is not a scale word", scale);
    }
    if (value != null && value.compareTo(q.value()) != 0) {
      return (Quantity) ctxt.reportInputMismatch(this,
          "Quantity.value %s disagrees with number × scale %s", value.toPlainString(),
          q.value().toPlainString());
    }
    return q;
  }

  private BigDecimal decimal(JsonParser p, DeserializationContext ctxt, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      try {
        return new BigDecimal(p.getText());
      } catch (NumberFormatException e) {
        return (BigDecimal) ctxt.reportInputMismatch(this, "Quantity.%s is not a decimal: \"%s\"",
            field, p.getText());
      }
    }
    return (BigDecimal) ctxt.reportInputMismatch(this, "Quantity.%s must be a decimal string", field);
  }

  private Unit catalogued(JsonParser p, DeserializationContext ctxt) throws IOException {
    String code = p.getValueAsString();
    if (code == null) {
      return (Unit) ctxt.reportInputMismatch(this, "Quantity.unit must be a code or an object");
    }
    if (code.isEmpty()) {
      return Unit.NUMBER;
    }
    Unit u = UnitCatalogue.standard().byCode(code).orElse(null);
    if (u == null) {
      return (Unit) ctxt.reportInputMismatch(this, "Quantity.unit \"%s\" is not in the unit catalogue", code);
    }
    return u;
  }

  private Unit fullUnit(JsonParser p, DeserializationContext ctxt) throws IOException {
    String code = null;
    String dimension = null;
    String word = "";
    BigDecimal factor = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "code":
          code = p.getValueAsString();
          break;
        case "dimension":
          dimension = p.getValueAsString();
          break;
        case "word":
          word = p.getValueAsString("");
          break;
        case "factor":
          factor = decimal(p, ctxt, "unit.factor");
          break;
        default:
          ctxt.handleUnknownProperty(p, this, Unit.class, field);
      }
    }
    if (code == null || dimension == null || factor == null) {
      return (Unit) ctxt.reportInputMismatch(this, "Quantity.unit needs code, dimension and factor");
    }
    try {
      return new Unit(code, dimension, factor, word);
    } catch (IllegalArgumentException e) {
      return (Unit) ctxt.reportInputMismatch(this, "Quantity.unit: %s", e.getMessage());
    }
  }
}
