package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitTest {
  @Test
  void equalityIsByCodeDimensionAndNumericFactor() {
    Unit a = new Unit("kg", "mass", new BigDecimal("0.001"), "千克");
    Unit b = new Unit("kg", "mass", new BigDecimal("0.00100"), "公斤");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new Unit("kg", "mass", new BigDecimal("0.002"), "千克"));
    assertNotEquals(a, new Unit("g", "mass", new BigDecimal("0.001"), "千克"));
  }

  @Test
  void refusesAFactorThatIsNotPositive() {
    assertThrows(IllegalArgumentException.class, () -> new Unit("x", "d", BigDecimal.ZERO, "x"));
    assertThrows(IllegalArgumentException.class, () -> new Unit("x", "d", BigDecimal.ONE.negate(), "x"));
  }

  @Test
  void compatibilityIsSameDimension() {
    UnitCatalogue cat = UnitCatalogue.standard();
    Unit cny = cat.byCode("CNY").orElseThrow();
    assertTrue(cny.isCurrency());
    assertFalse(cny.isCompatibleWith(cat.byCode("USD").orElseThrow()));
    assertTrue(cat.byCode("km").orElseThrow().isCompatibleWith(cat.byCode("m").orElseThrow()));
    assertFalse(cat.byCode("person").orElseThrow().isCurrency());
  }

  @Test
  void theNumberUnitIsItsOwnDimension() {
    assertEquals("", Unit.NUMBER.code());
    assertEquals("(number)", Unit.NUMBER.toString());
    for (Unit u : UnitCatalogue.standard().units()) {
      assertFalse(Unit.NUMBER.isCompatibleWith(u), u.code());
    }
  }
}
