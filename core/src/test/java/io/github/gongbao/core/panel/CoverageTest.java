package io.github.gongbao.core.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.extract.ReportContext;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Report;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CoverageTest {
  @Test
  void percentRoundsHalfUpToOneDecimal() {
    assertEquals(new BigDecimal("66.7"), Coverage.percent(2, 3));
    assertEquals(new BigDecimal("0.0"), Coverage.percent(0, 0));
    assertEquals(new BigDecimal("100.0"), Coverage.percent(5, 5));
  }

  @Test
  void countsClaimsAndReports() {
    ReportParser parser = ReportParser.create();
    String named = "焦作市2024年上半年经济运行情况。上半年，全市一般公共预算收入52.3亿元，同比增长6.1%。";
    String unnamed = "全市新开工项目45个。";
    Report a = parser.parse(named, ReportContext.none().withYear(2024));
    Report b = parser.parse(unnamed);
    Coverage c = Coverage.builder().add(a, named).add(b, unnamed).build();
    assertEquals(2, c.reports());
    assertEquals(a.claims().size() + b.claims().size(), c.claims());
    long ids = a.claims().stream().filter(x -> x.indicatorId().isPresent()).count()
        + b.claims().stream().filter(x -> x.indicatorId().isPresent()).count();
    assertEquals(ids, c.withIndicatorId());
    assertEquals(1, c.reportsNamingPlace(), "only the first names a place");
    assertEquals(a.placeCode().isPresent() ? 1 : 0, c.reportsNamingPlaceWithPlace());
    assertTrue(c.toText().contains("claims with an indicator id"));
  }

  @Test
  void aDatelineNamesNoPlaceOfTheReport() {
    ReportParser parser = ReportParser.create();
    String national = "新华社北京7月15日电 国家统计局今天发布，上半年全国规模以上工业增加值同比增长4.4%。";
    String county = "新华社北京7月15日电 上半年，温县规模以上工业增加值同比增长5.2%。";
    Coverage c = Coverage.builder().add(parser.parse(national), national).add(parser.parse(county), county).build();
    assertEquals(2, c.reports());
    assertEquals(1, c.reportsNamingPlace(), "the county's report names 温县; the national one only its dateline");
    assertEquals(1, c.reportsNamingPlaceWithPlace());
    assertEquals(1, c.reportsWithPlace());
  }
}
