package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.units.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every invariant refuses bad input with an {@link InvalidValueException} naming type and field. */
class ValidationTest {
  private static final Span S = Span.of(0, 1, "x");

  private static void refused(String type, String field, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(type, e.type());
    assertEquals(field, e.field());
    assertTrue(e.getMessage().startsWith(type + "." + field + " "), e.getMessage());
  }

  @Test
  void spanEndBeforeStart() {
    refused("Span", "end", () -> Span.of(5, 4, ""));
  }

  @Test
  void spanNegativeStart() {
    refused("Span", "start", () -> Span.of(-1, 4, "abcde"));
  }

  @Test
  void negativeCount() {
    refused("Amount", "quantity",
        () -> Amount.of(Quantity.of(new BigDecimal("-3"), "", Samples.unit("unit:个")), S));
    refused("Amount", "quantity",
        () -> Amount.of(Quantity.of(new BigDecimal("-2.6"), "万", Samples.unit("person")), S));
  }

  @Test
  void negativeMoneyIsAllowed() {
    Amount.of(Quantity.of(new BigDecimal("-2.3"), "亿", Samples.unit("CNY")), S);
  }

  @Test
  void rankPositionZero() {
    refused("Ranking", "position", () -> Ranking.ofPosition("全省", 0, S));
  }

  @Test
  void rankBothOrNeitherPositionAndTier() {
    refused("Ranking", "position",
        () -> Ranking.builder().scope("全省").position(1).tier("前列").span(S).build());
    refused("Ranking", "position", () -> Ranking.builder().scope("全省").span(S).build());
  }

  @Test
  void rankBeyondOutOf() {
    refused("Ranking", "position",
        () -> Ranking.builder().scope("全省").position(19).outOf(18).span(S).build());
    refused("Ranking", "outOf",
        () -> Ranking.builder().scope("全省").tier("前列").outOf(0).span(S).build());
  }

  @Test
  void growthSignAgreesWithWording() {
    refused("GrowthRate", "percent",
        () -> GrowthRate.of(new BigDecimal("3.4"), Basis.YEAR_ON_YEAR, StatedAs.DECREASE, S));
    refused("GrowthRate", "percent",
        () -> GrowthRate.of(new BigDecimal("-3.4"), Basis.YEAR_ON_YEAR, StatedAs.INCREASE, S));
    refused("GrowthRate", "percent",
        () -> GrowthRate.of(new BigDecimal("0.1"), Basis.YEAR_ON_YEAR, StatedAs.FLAT, S));
    GrowthRate.of(new BigDecimal("0.0"), Basis.YEAR_ON_YEAR, StatedAs.FLAT, S);
  }

  @Test
  void negativeShare() {
    refused("Share", "percent", () -> Share.of(new BigDecimal("-1"), "x", S));
  }

  @Test
  void blankNames() {
    refused("Indicator", "name", () -> Indicator.builder().name(" ").build());
    refused("FiscalLine", "name", () -> FiscalLine.builder().name("").build());
    refused("ProjectBatch", "category", () -> ProjectBatch.builder().name("项目").category("").build());
  }

  @Test
  void claimValueMustBePlain() {
    refused("Claim", "value", () -> Claim.builder().subject("a").subjectSimplified("a")
        .attr(ClaimAttr.AMOUNT).value("1E+3").start(0).end(1).build());
    refused("Claim", "value", () -> Claim.builder().subject("a").subjectSimplified("a")
        .attr(ClaimAttr.AMOUNT).value("top").start(0).end(1).build());
    refused("Claim", "end", () -> Claim.builder().subject("a").subjectSimplified("a")
        .attr(ClaimAttr.RANK).value("top").start(3).end(1).build());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "-", "1.", ".5", "1.2.3", "--1", "+1", "1,000", "１"})
  void claimValueRefusesWhatIsNotAPlainDecimal(String value) {
    refused("Claim", "value", () -> Claim.builder().subject("a").subjectSimplified("a")
        .attr(ClaimAttr.AMOUNT).value(value).start(0).end(1).build());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-0.5", "12", "79.90", "1000000000000000000"})
  void claimValueAcceptsPlainDecimals(String value) {
    org.junit.jupiter.api.Assertions.assertEquals(value, Claim.builder().subject("a").subjectSimplified("a")
        .attr(ClaimAttr.AMOUNT).value(value).start(0).end(1).build().value());
  }
}
