package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.UnitCatalogue;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.function.Executable;

/** Each invariant refuses every bad value with an {@link InvalidValueException} naming the field. */
@Domain(ModelDomain.class)
@Domain(net.jqwik.api.domains.DomainContext.Global.class)
class ValidationProperties {
  private static void refused(String field, Executable build) {
    assertEquals(field, assertThrows(InvalidValueException.class, build).field());
  }

  @Provide
  Arbitrary<String> countCodes() {
    return Arbitraries.of("unit:个", "unit:家", "unit:项", "person", "person_time");
  }

  @Property
  void negativeCountRefused(@ForAll("countCodes") String code, @ForAll @Negative long n,
      @ForAll @IntRange(max = 4) int scale, @ForAll Span span) {
    Quantity q = Quantity.of(BigDecimal.valueOf(n, scale), "",
        UnitCatalogue.standard().byCode(code).orElseThrow());
    refused("quantity", () -> Amount.of(q, span));
  }

  @Property
  void rankPositionBelowOneRefused(@ForAll @IntRange(min = -1000, max = 0) int position, @ForAll Span span) {
    refused("position", () -> Ranking.ofPosition("全省", position, span));
  }

  @Property
  void spanEndBeforeStartRefused(@ForAll @IntRange(min = 1, max = 100_000) int start,
      @ForAll @IntRange(min = 1, max = 1000) int shortBy) {
    refused("end", () -> Span.of(start, start - shortBy, ""));
  }

  @Property
  void negativeSpanStartRefused(@ForAll @IntRange(min = -100_000, max = -1) int start) {
    refused("start", () -> Span.of(start, 3, "abc"));
  }

  @Property
  void positionAndTierBothOrNeitherRefused(@ForAll Ranking valid, @ForAll @IntRange(min = 1, max = 50) int pos) {
    refused("position", () -> Ranking.builder().from(valid).position(pos).tier("前列").build());
    refused("position", () -> Ranking.builder().scope(valid.scope()).span(valid.span()).build());
  }

  @Property
  void growthSignMustAgree(@ForAll GrowthRate g) {
    int sign = g.percent().signum();
    if (sign > 0) {
      refused("percent", () -> GrowthRate.builder().from(g).statedAs(StatedAs.DECREASE).build());
    } else if (sign < 0) {
      refused("percent", () -> GrowthRate.builder().from(g).statedAs(StatedAs.INCREASE).build());
    }
    if (sign != 0) {
      refused("percent", () -> GrowthRate.builder().from(g).statedAs(StatedAs.FLAT).build());
    }
  }

  @Property
  void periodParseNeverThrows(@ForAll String text) {
    assertEquals(text, Period.parse(text).asWritten());
  }
}
