package io.github.gongbao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.GrowthRate;
import io.github.gongbao.core.model.InvalidValueException;
import io.github.gongbao.core.model.Ranking;
import io.github.gongbao.core.model.Samples;
import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GongbaoJsonTest {
  private static final ObjectMapper M = GongbaoJson.mapper();

  @Test
  void decimalsAreReadExactlyFromJsonNumbersToo() throws Exception {
    String json = "{\"percent\":6.10,\"basis\":\"year_on_year\",\"statedAs\":\"increase\","
        + "\"span\":{\"start\":0,\"end\":1,\"text\":\"x\"}}";
    assertEquals(new BigDecimal("6.10"), M.readValue(json, GrowthRate.class).percent());
    String big = "{\"number\":12345678901234567890.123456789,\"unit\":\"CNY\"}";
    assertEquals(new BigDecimal("12345678901234567890.123456789"), M.readValue(big, Quantity.class).number());
  }

  @Test
  void largeDecimalsAreWrittenPlain() throws Exception {
    Quantity q = Quantity.of(new BigDecimal("1.5E+3"), "万亿", Samples.unit("CNY"));
    assertEquals("{\"number\":\"1500\",\"scale\":\"万亿\",\"unit\":\"CNY\",\"value\":\"1500000000000000\"}",
        M.writeValueAsString(q));
  }

  @Test
  void bareNumberAndUncataloguedUnits() throws Exception {
    Quantity bare = Quantity.of(new BigDecimal("3.5"), "万", Unit.NUMBER);
    assertEquals("{\"number\":\"3.5\",\"scale\":\"万\",\"value\":\"35000\"}", M.writeValueAsString(bare));
    assertEquals(bare, M.readValue("{\"number\":\"3.5\",\"scale\":\"万\"}", Quantity.class));
    Quantity yield = Quantity.of(new BigDecimal("412.5"), "", new Unit("kg/mu", "yield", BigDecimal.ONE, "公斤/亩"));
    String json = M.writeValueAsString(yield);
    assertEquals("{\"number\":\"412.5\",\"unit\":{\"code\":\"kg/mu\",\"dimension\":\"yield\","
        + "\"factor\":\"1\",\"word\":\"公斤/亩\"},\"value\":\"412.5\"}", json);
    assertEquals(yield, M.readValue(json, Quantity.class));
  }

  @Test
  void inconsistentOrUnknownQuantitiesAreRefused() {
    assertThrows(JsonProcessingException.class, () -> M.readValue(
        "{\"number\":\"79.9\",\"scale\":\"亿\",\"unit\":\"CNY\",\"value\":\"799\"}", Quantity.class));
    assertThrows(JsonProcessingException.class,
        () -> M.readValue("{\"number\":\"1\",\"unit\":\"furlong\"}", Quantity.class));
    assertThrows(JsonProcessingException.class,
        () -> M.readValue("{\"number\":\"1\",\"scale\":\"打\",\"unit\":\"CNY\"}", Quantity.class));
  }

  @Test
  void enumsAreLowerSnakeOnly() {
    assertThrows(JsonProcessingException.class, () -> M.readValue(
        "{\"percent\":\"1\",\"basis\":\"YEAR_ON_YEAR\",\"statedAs\":\"increase\","
            + "\"span\":{\"start\":0,\"end\":1,\"text\":\"x\"}}", GrowthRate.class));
  }

  @Test
  void unknownFactTypeIsRefused() {
    assertThrows(JsonProcessingException.class,
        () -> M.readValue("{\"type\":\"forecast\",\"name\":\"x\"}", Fact.class));
  }

  @Test
  void invariantsHoldWhenReading() {
    Exception e = assertThrows(JsonProcessingException.class, () -> M.readValue(
        "{\"scope\":\"全省\",\"position\":0,\"span\":{\"start\":0,\"end\":1,\"text\":\"x\"}}", Ranking.class));
    Throwable cause = e;
    while (cause != null && !(cause instanceof InvalidValueException)) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof InvalidValueException, String.valueOf(e));
    assertEquals("position", ((InvalidValueException) cause).field());
  }

  @Test
  void moduleOnAnotherMapperLeavesOtherTypesAlone() throws Exception {
    ObjectMapper own = new ObjectMapper().registerModule(GongbaoJson.module());
    assertEquals("{\"n\":1.50,\"u\":\"SECONDS\",\"o\":\"x\"}",
        own.writeValueAsString(new Other()));
    assertEquals(M.writeValueAsString(Samples.report()), own.writeValueAsString(Samples.report()));
    assertEquals(Samples.report(), own.readValue(M.writeValueAsString(Samples.report()),
        io.github.gongbao.core.model.Report.class));
  }

  @Test
  void newMapperIsIndependent() {
    assertNotSame(GongbaoJson.newMapper(), GongbaoJson.mapper());
    assertEquals(M, GongbaoJson.mapper());
  }

  @Test
  void absentOptionalsAndEmptyListsAreOmitted() throws Exception {
    Map<?, ?> tree = M.readValue(M.writeValueAsString(Samples.derivedIndicator()), Map.class);
    assertEquals(java.util.Set.of("type", "name", "growthRates", "derived"), tree.keySet());
    assertEquals(Optional.empty(), Samples.derivedIndicator().region());
    GrowthRate g = GrowthRate.of(BigDecimal.ONE, Basis.YEAR_ON_YEAR,
        io.github.gongbao.core.model.StatedAs.INCREASE, Samples.span());
    assertTrue(!M.writeValueAsString(g).contains("period"));
  }

  /** A bean of the user's own. */
  static final class Other {
    public BigDecimal n = new BigDecimal("1.50");
    public TimeUnit u = TimeUnit.SECONDS;
    public Optional<String> o = Optional.of("x");
  }
}
