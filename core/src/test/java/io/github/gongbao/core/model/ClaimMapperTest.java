package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimMapperTest {
  private static final Span S = Span.of(3, 9, "abcdef");

  @Test
  void sampleReportClaims() {
    List<Claim> claims = Samples.report().claims();
    assertEquals(List.of(
        "一般公共预算收入|amount|5230000000|CNY|10",
        "一般公共预算收入|yoy_pct|6.1||16",
        "一般公共预算收入|pp_vs|1.5||24",
        "一般公共预算收入|rank|3||38",
        "民生支出|amount|6820000000|CNY|64",
        "民生支出|share_pct|77.1||70",
        "工业项目|amount|22|unit:个|95",
        "工业项目争取资金|amount|190000000|CNY|104"),
        claims.stream().map(c -> c.subject() + "|" + c.attr().code() + "|" + c.value() + "|"
            + c.unit().orElse("") + "|" + c.start()).collect(java.util.stream.Collectors.toList()));
    Claim vs = claims.get(2);
    assertEquals(Optional.of("全省平均水平"), vs.benchmark());
    assertEquals(Optional.of("全市"), vs.region());
    assertEquals(Optional.of("2024年上半年"), vs.period());
    assertEquals(Optional.of("全省"), claims.get(3).scope());
    assertEquals(37, vs.end());
  }

  @Test
  void labelIsAppendedUnlessItAlreadyStartsWithTheName() {
    Indicator i = Indicator.builder().name("项目")
        .addAmounts(labelled("总投资"), labelled("项目总投资")).build();
    List<Claim> c = ClaimMapper.claims(i);
    assertEquals("项目总投资", c.get(0).subject());
    assertEquals("项目总投资", c.get(1).subject());
  }

  @Test
  void traditionalSubjectIsSimplified() {
    Indicator i = Indicator.builder().name("規模以上工業增加值")
        .addGrowthRates(GrowthRate.of(new BigDecimal("7.20"), Basis.UNSPECIFIED, StatedAs.INCREASE, S))
        .build();
    Claim c = ClaimMapper.claims(i).get(0);
    assertEquals("規模以上工業增加值", c.subject());
    assertEquals("规模以上工业增加值", c.subjectSimplified());
    assertEquals("7.2", c.value());
    assertEquals(ClaimAttr.YOY_PCT, c.attr());
  }

  @Test
  void momTierChangeAndGrowthPeriod() {
    Indicator i = Indicator.builder().name("居民消费价格").period(Period.parse("上半年"))
        .addGrowthRates(Samples.decline())
        .addComparisons(Samples.change())
        .addRankings(Samples.tier())
        .derived(true)
        .build();
    List<Claim> c = ClaimMapper.claims(i);
    assertEquals(ClaimAttr.MOM_PCT, c.get(0).attr());
    assertEquals("-3.4", c.get(0).value());
    assertEquals(Optional.of("5月份"), c.get(0).period());
    assertEquals(ClaimAttr.PP_CHANGE, c.get(1).attr());
    assertEquals("-0.4", c.get(1).value());
    assertEquals(Optional.empty(), c.get(1).benchmark());
    assertEquals(Optional.of("上半年"), c.get(1).period());
    assertEquals(ClaimAttr.RANK, c.get(2).attr());
    assertEquals(Claim.TOP, c.get(2).value());
    assertEquals(true, c.get(2).derived());
  }

  @Test
  void bareNumberHasNoUnitAndMultipleIsPercent() {
    Indicator i = Indicator.builder().name("实际使用外资")
        .addAmounts(Amount.of(Quantity.of(new BigDecimal("1.50E+2"), "万", Unit.NUMBER), S))
        .addGrowthRates(GrowthRate.of(new BigDecimal("130"), Basis.UNSPECIFIED, StatedAs.MULTIPLE, S))
        .build();
    List<Claim> c = ClaimMapper.claims(i);
    assertEquals(Optional.empty(), c.get(0).unit());
    assertEquals("1500000", c.get(0).value());
    assertEquals("130", c.get(1).value());
  }

  @Test
  void plainDecimals() {
    assertEquals("0", ClaimMapper.plain(new BigDecimal("-0.00")));
    assertEquals("7990000000", ClaimMapper.plain(new BigDecimal("7.99E+9")));
    assertEquals("-3.4", ClaimMapper.plain(new BigDecimal("-3.40")));
  }

  private static Amount labelled(String label) {
    return Amount.builder().quantity(Quantity.of(BigDecimal.TEN, "亿", Samples.unit("CNY")))
        .span(S).label(label).build();
  }
}
