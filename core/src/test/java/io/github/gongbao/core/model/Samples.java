package io.github.gongbao.core.model;

import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.UnitCatalogue;
import java.math.BigDecimal;

/** Hand-built values used by example and golden tests. */
public final class Samples {
  private Samples() {}

  public static Unit unit(String code) {
    return UnitCatalogue.standard().byCode(code).orElseThrow();
  }

  public static Span span() {
    return Span.of(2, 13, "一般公共预算收入52.3亿元");
  }

  public static Period period() {
    return Period.parse("2024年上半年");
  }

  public static Region region() {
    return Region.of("全市");
  }

  public static Amount amount() {
    return Amount.of(Quantity.of(new BigDecimal("52.3"), "亿", unit("CNY")), Span.of(10, 15, "52.3亿元"));
  }

  public static Amount labelledAmount() {
    return Amount.builder()
        .quantity(Quantity.of(new BigDecimal("218"), "亿", unit("CNY")))
        .span(Span.of(30, 36, "总投资218亿元"))
        .label("总投资")
        .build();
  }

  public static GrowthRate growthRate() {
    return GrowthRate.of(new BigDecimal("6.10"), Basis.YEAR_ON_YEAR, StatedAs.INCREASE,
        Span.of(16, 23, "同比增长6.10%"));
  }

  public static GrowthRate decline() {
    return GrowthRate.builder().percent(new BigDecimal("-3.4")).basis(Basis.PERIOD_ON_PERIOD)
        .statedAs(StatedAs.DECREASE).span(Span.of(40, 46, "环比下降3.4%"))
        .period(Period.parse("5月份")).build();
  }

  public static Comparison comparison() {
    return Comparison.of(ComparisonKind.AGAINST_BENCHMARK, new BigDecimal("1.5"), "全省平均水平",
        Span.of(24, 37, "高于全省平均水平1.5个百分点"));
  }

  public static Comparison change() {
    return Comparison.builder().kind(ComparisonKind.CHANGE_OVER_TIME).points(new BigDecimal("-0.4"))
        .benchmark("一季度").span(Span.of(50, 61, "较一季度回落0.4个百分点")).build();
  }

  public static Ranking ranking() {
    return Ranking.builder().scope("全省").position(3).outOf(18).span(Span.of(38, 45, "居全省第3位")).build();
  }

  public static Ranking tier() {
    return Ranking.ofTier("全省", "前列", Span.of(46, 52, "位居全省前列"));
  }

  public static Share share() {
    return Share.of(new BigDecimal("77.1"), "一般公共预算支出", Span.of(70, 88, "占一般公共预算支出的比重为77.1%"));
  }

  public static Indicator indicator() {
    return Indicator.builder()
        .name("一般公共预算收入")
        .canonicalId("fiscal.gpb_revenue")
        .region(region())
        .period(period())
        .addAmounts(amount())
        .addGrowthRates(growthRate())
        .addComparisons(comparison())
        .addRankings(ranking())
        .addSpans(span())
        .build();
  }

  public static FiscalLine fiscalLine() {
    return FiscalLine.builder()
        .name("民生支出")
        .account(Account.GENERAL_PUBLIC_BUDGET)
        .direction(Direction.EXPENDITURE)
        .category("民生支出")
        .addAmounts(Amount.of(Quantity.of(new BigDecimal("68.2"), "亿", unit("CNY")),
            Span.of(64, 69, "68.2亿元")))
        .addShares(share())
        .addSpans(Span.of(60, 88, "民生支出68.2亿元，占一般公共预算支出的比重为77.1%"))
        .build();
  }

  public static ProjectBatch projectBatch() {
    return ProjectBatch.builder()
        .name("工业项目")
        .category("工业项目")
        .purpose("技术改造")
        .count(Amount.of(Quantity.of(new BigDecimal("22"), "", unit("unit:个")), Span.of(95, 98, "22个")))
        .addAmounts(Amount.builder()
            .quantity(Quantity.of(new BigDecimal("1.9"), "亿", unit("CNY")))
            .span(Span.of(104, 110, "1.9亿元"))
            .label("争取资金")
            .build())
        .addSpans(Span.of(93, 110, "今年有22个工业项目争取资金支持1.9亿元"))
        .build();
  }

  public static Indicator derivedIndicator() {
    return Indicator.builder()
        .name("工业投资")
        .addGrowthRates(GrowthRate.of(new BigDecimal("13.2"), Basis.UNSPECIFIED, StatedAs.INCREASE,
            Span.of(120, 140, "技改投资增长33.3%，高于工业投资增速20.1个百分点")))
        .derived(true)
        .build();
  }

  public static Report report() {
    return Report.builder()
        .script(Script.SIMPLIFIED)
        .addFacts(indicator(), fiscalLine(), projectBatch())
        .build();
  }
}
