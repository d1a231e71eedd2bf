package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of exact conversion over the whole standard catalogue. Generators pick a dimension first, then
 * units of it, so small dimensions are reached as often as large ones; coverage checks prove that every
 * dimension of the catalogue was generated.
 *
 * <p>{@link #exactQuantities} builds quantities whose value in the dimension's base unit is 3 × an exact
 * decimal: every factor of the catalogue is 2^i·5^j or 3·2^i·5^j, so such a quantity converts exactly to
 * every unit of its dimension (1亩 does not go into 平方米 exactly, 3亩 does).
 */
class QuantityConversionProperties {
  private static final UnitCatalogue CAT = UnitCatalogue.standard();
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  // --- generators

  @Provide
  Arbitrary<String> dimensions() {
    return Arbitraries.of(new ArrayList<>(CAT.dimensions()));
  }

  /** Exact decimals of up to 13 digits and up to 6 decimal places, either sign. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.longs().between(-9_999_999_999_999L, 9_999_999_999_999L),
        Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
  }

  /** Two units (possibly equal) of one dimension. */
  @Provide
  Arbitrary<Tuple2<Unit, Unit>> unitPairs() {
    return dimensions().flatMap(d -> {
      Arbitrary<Unit> u = Arbitraries.of(CAT.unitsOf(d));
      return Combinators.combine(u, u).as(Tuple::of);
    });
  }

  /** Like {@link #unitPairs()}, but half of them of area, the dimension with inexact conversions (亩). */
  @Provide
  Arbitrary<Tuple2<Unit, Unit>> unitPairsAreaOften() {
    Arbitrary<Unit> area = Arbitraries.of(CAT.unitsOf("area"));
    return Arbitraries.oneOf(unitPairs(), Combinators.combine(area, area).as(Tuple::of));
  }

  /** Three units (possibly equal) of one dimension. */
  @Provide
  Arbitrary<Tuple3<Unit, Unit, Unit>> unitTriples() {
    return dimensions().flatMap(d -> {
      Arbitrary<Unit> u = Arbitraries.of(CAT.unitsOf(d));
      return Combinators.combine(u, u, u).as(Tuple::of);
    });
  }

  /** Two units of different dimensions. */
  @Provide
  Arbitrary<Tuple2<Unit, Unit>> foreignPairs() {
    Arbitrary<Unit> any = Arbitraries.of(CAT.units());
    return Combinators.combine(any, any).as(Tuple::of).filter(t -> !t.get1().isCompatibleWith(t.get2()));
  }

  /** A unit with a quantity in it that converts exactly to every unit of its dimension. */
  @Provide
  Arbitrary<Tuple2<Quantity, Unit>> exactQuantities() {
    return Combinators.combine(unitPairs(), decimals(), scaleWords()).as((units, d, scale) -> {
      BigDecimal number = THREE.multiply(d).divide(units.get1().factor());
      return Tuple.of(Quantity.of(number, scale, units.get1()), units.get2());
    });
  }

  @Provide
  Arbitrary<String> scaleWords() {
    return Arbitraries.of("", "十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿");
  }

  @Provide
  Arbitrary<String> bigScales() {
    return Arbitraries.of("万", "亿", "万亿", "千万", "百万");
  }

  // --- laws

  @Property
  void aToBToAIsTheIdentity(@ForAll("exactQuantities") Tuple2<Quantity, Unit> qb) {
    Quantity q = qb.get1();
    Unit b = qb.get2();
    coverDimensions(q.unit().dimension());
    Quantity there = q.to(b);
    Quantity back = there.to(q.unit());
    assertEquals(q.unit(), back.unit());
    assertEquals(q.scaleWord(), back.scaleWord());
    assertEquals(0, q.number().compareTo(back.number()), () -> q + " -> " + there + " -> " + back);
    assertTrue(there.isEquivalentTo(q));
  }

  @Property
  void aToBToCEqualsAToC(@ForAll("unitTriples") Tuple3<Unit, Unit, Unit> abc, @ForAll("decimals") BigDecimal d) {
    coverDimensions(abc.get1().dimension());
    Quantity q = Quantity.of(THREE.multiply(d).divide(abc.get1().factor()), abc.get1());
    Quantity viaB = q.to(abc.get2()).to(abc.get3());
    Quantity direct = q.to(abc.get3());
    assertEquals(direct.unit(), viaB.unit());
    assertEquals(0, direct.value().compareTo(viaB.value()), () -> q + ": " + viaB + " vs " + direct);
  }

  @Property
  void scalingByWanOrYiCommutesWithConversion(@ForAll("exactQuantities") Tuple2<Quantity, Unit> qb,
      @ForAll("bigScales") String scaleWord) {
    Quantity q = qb.get1();
    Unit b = qb.get2();
    Statistics.label("scale").collect(scaleWord);
    Quantity scaledThenConverted = Quantity.of(q.value(), scaleWord, q.unit()).to(b);
    Quantity convertedThenScaled = Quantity.of(q.to(b).value(), scaleWord, b);
    assertEquals(0, scaledThenConverted.value().compareTo(convertedThenScaled.value()));
    assertEquals(0, scaledThenConverted.value().compareTo(q.to(b).value().multiply(Scales.valueOf(scaleWord))));
  }

  @Property
  void theNormalisedValueDoesNotDependOnTheScaleItWasWrittenIn(@ForAll("unitPairs") Tuple2<Unit, Unit> units,
      @ForAll("decimals") BigDecimal n) {
    Unit u = units.get1();
    coverDimensions(u.dimension());
    // 79.9亿 == 799000万 == 7990000000, as values and as parsed text
    Quantity yi = Quantity.of(n, "亿", u);
    Quantity wan = Quantity.of(n.movePointRight(4), "万", u);
    Quantity plain = Quantity.of(n.movePointRight(8), u);
    assertEquals(0, yi.baseValue().compareTo(wan.baseValue()));
    assertEquals(0, yi.baseValue().compareTo(plain.baseValue()));
    assertTrue(yi.isEquivalentTo(plain) && wan.isEquivalentTo(plain) && plain.isEquivalentTo(yi));
    Quantity parsedYi = Quantity.parse(yi.toString());
    Quantity parsedWan = Quantity.parse(wan.toString());
    assertTrue(parsedYi.isEquivalentTo(parsedWan), () -> yi + " vs " + wan);
  }

  @Property
  void crossDimensionConversionAlwaysFailsWithTheTypedError(
      @ForAll("foreignPairs") Tuple2<Unit, Unit> units, @ForAll("decimals") BigDecimal n,
      @ForAll("scaleWords") String scaleWord) {
    coverDimensions(units.get1().dimension());
    Quantity q = Quantity.of(n, scaleWord, units.get1());
    UnitConversionException e = assertThrows(UnitConversionException.class, () -> q.to(units.get2()));
    assertEquals(UnitConversionException.Reason.DIMENSION, e.reason());
    assertThrows(UnitConversionException.class, () -> q.to(units.get2(), MathContext.DECIMAL64));
    assertTrue(!q.isEquivalentTo(Quantity.of(n, scaleWord, units.get2())));
  }

  @Property
  void anyConversionIsExactOrRefusedAsInexact(@ForAll("unitPairsAreaOften") Tuple2<Unit, Unit> units,
      @ForAll("decimals") BigDecimal n) {
    Quantity q = Quantity.of(n, units.get1());
    try {
      Quantity converted = q.to(units.get2());
      Statistics.label("outcome").collect("exact");
      assertTrue(converted.isEquivalentTo(q));
    } catch (UnitConversionException e) {
      Statistics.label("outcome").collect("inexact");
      assertEquals(UnitConversionException.Reason.INEXACT, e.reason());
      Quantity rounded = q.to(units.get2(), MathContext.DECIMAL128);
      BigDecimal error = rounded.baseValue().subtract(q.baseValue()).abs();
      assertTrue(error.compareTo(q.baseValue().abs().movePointLeft(30)) <= 0, () -> q + " ~ " + rounded);
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("exact").count(k -> k > 0);
      c.check("inexact").count(k -> k > 0);
    });
  }

  @Property
  void parsingTheTextOfAQuantityGivesItBack(@ForAll("unitsAndNumber") Unit unit, @ForAll("decimals") BigDecimal n,
      @ForAll("scaleWords") String scaleWord) {
    coverDimensions(unit.dimension());
    Quantity q = Quantity.of(n, scaleWord, unit);
    Quantity back = Quantity.parse(q.toString());
    assertTrue(back.isEquivalentTo(q), () -> q + " read back as " + back);
    assertEquals(q.unit(), back.unit(), q::toString);
    assertEquals(q.scaleWord(), back.scaleWord(), q::toString);
  }

  @Provide
  Arbitrary<Unit> unitsAndNumber() {
    List<String> dims = new ArrayList<>(CAT.dimensions());
    dims.add(Unit.NUMBER.dimension());
    return Arbitraries.of(dims).flatMap(d -> d.equals(Unit.NUMBER.dimension())
        ? Arbitraries.just(Unit.NUMBER) : Arbitraries.of(CAT.unitsOf(d)));
  }

  /** Records the dimension and checks, at the end of the property, that every dimension was generated. */
  private static void coverDimensions(String dimension) {
    Statistics.label("dimension").collect(dimension);
    Statistics.label("dimension").coverage(c -> {
      for (String d : CAT.dimensions()) {
        c.check(d).count(k -> k > 0);
      }
    });
  }
}
