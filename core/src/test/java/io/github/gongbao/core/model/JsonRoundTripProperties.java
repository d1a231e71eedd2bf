package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.json.GongbaoJson;
import io.github.gongbao.units.Quantity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** Deserialising any serialised value gives back an equal value, for every model type. */
@Domain(ModelDomain.class)
class JsonRoundTripProperties {
  private static final ObjectMapper MAPPER = GongbaoJson.mapper();

  private static <T> void roundTrip(T value, Class<? super T> type) throws Exception {
    String json = MAPPER.writerFor(type).writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, type), json);
  }

  @Property
  void span(@ForAll Span v) throws Exception {
    roundTrip(v, Span.class);
  }

  @Property
  void period(@ForAll Period v) throws Exception {
    roundTrip(v, Period.class);
  }

  @Property
  void region(@ForAll Region v) throws Exception {
    roundTrip(v, Region.class);
  }

  @Property
  void quantity(@ForAll Quantity v) throws Exception {
    roundTrip(v, Quantity.class);
    Statistics.label("unit").collect(v.unit().code().isEmpty() ? "number"
        : v.unit().code().equals("kg/mu") ? "uncatalogued" : "catalogued");
    Statistics.label("unit").coverage(c -> {
      c.check("number").count(n -> n > 0);
      c.check("uncatalogued").count(n -> n > 0);
    });
  }

  @Property
  void amount(@ForAll Amount v) throws Exception {
    roundTrip(v, Amount.class);
  }

  @Property
  void growthRate(@ForAll GrowthRate v) throws Exception {
    roundTrip(v, GrowthRate.class);
  }

  @Property
  void comparison(@ForAll Comparison v) throws Exception {
    roundTrip(v, Comparison.class);
  }

  @Property
  void ranking(@ForAll Ranking v) throws Exception {
    roundTrip(v, Ranking.class);
  }

  @Property
  void share(@ForAll Share v) throws Exception {
    roundTrip(v, Share.class);
  }

  @Property
  void indicator(@ForAll Indicator v) throws Exception {
    roundTrip(v, Indicator.class);
  }

  @Property
  void fiscalLine(@ForAll FiscalLine v) throws Exception {
    roundTrip(v, FiscalLine.class);
  }

  @Property
  void projectBatch(@ForAll ProjectBatch v) throws Exception {
    roundTrip(v, ProjectBatch.class);
  }

  @Property
  void fact(@ForAll Fact v) throws Exception {
    roundTrip(v, Fact.class);
    Statistics.label("type").collect(v.getClass().getSimpleName());
    Statistics.label("type").coverage(c -> {
      c.check("ImmutableIndicator").count(n -> n > 0);
      c.check("ImmutableFiscalLine").count(n -> n > 0);
      c.check("ImmutableProjectBatch").count(n -> n > 0);
    });
  }

  @Property(tries = 200)
  void report(@ForAll Report v) throws Exception {
    roundTrip(v, Report.class);
    Statistics.label("mixed").collect(v.facts().stream().map(Object::getClass).distinct().count() > 1);
    Statistics.label("mixed").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property
  void claim(@ForAll Claim v) throws Exception {
    roundTrip(v, Claim.class);
  }
}
