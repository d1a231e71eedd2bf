package io.github.gongbao.core.model;

import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.UnitCatalogue;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Arbitraries for every model type, used with {@code @Domain(ModelDomain.class)}. Values are valid by
 * construction; text mixes Simplified and Traditional characters with commas, quotes and line breaks.
 */
public class ModelDomain extends DomainContextBase {
  /** jqwik makes the domain context reflectively. */
  public ModelDomain() {}

  static final List<String> SCALE_WORDS = List.of("", "", "万", "亿", "万亿", "千", "百万", "萬", "億");
  static final List<String> UNIT_CODES = List.of("CNY", "USD", "HKD", "person", "person_time", "tonne",
      "tce", "kWh", "GWh", "MW", "m2", "mu", "ha", "km", "unit:个", "unit:家", "unit:台", "%", "pp");
  static final List<String> PERIOD_TEXTS = List.of("上半年", "下半年", "一季度", "第二季度", "前三季度",
      "1~6月份", "1—9月", "1-5月", "5月份", "全年", "2024年", "2024年上半年", "2023年1—11月", "近年来", "同期");
  static final List<String> REGION_TEXTS = List.of("全国", "全省", "全市", "我市", "温县", "溫縣", "中站区",
      "中站區", "河南省", "焦作市", "城乡");

  /** Chinese words in either script, sometimes with ASCII, commas, quotes or line breaks. */
  public static Arbitrary<String> words() {
    Arbitrary<String> chinese = Arbitraries.strings().withChars("一般公共预算收入規模以上工業增加值民生支出项目項目总投资區縣")
        .ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> awkward = Arbitraries.strings().withChars("AB,\"\r\n 全市增速x")
        .ofMinLength(1).ofMaxLength(6).filter(s -> !s.isBlank());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, chinese), net.jqwik.api.Tuple.of(1, awkward));
  }

  /** Decimals with scale 0–4 and up to 12 digits, of either sign. */
  public static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L)
            .edgeCases(c -> c.add(0L)), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
  }

  static Arbitrary<BigDecimal> nonNegativeDecimals() {
    return decimals().map(BigDecimal::abs);
  }

  @Provide
  public Arbitrary<Span> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 200), words())
        .as((start, length, text) -> Span.of(start, start + length, text));
  }

  @Provide
  public Arbitrary<Period> periods() {
    Arbitrary<Period> parsed = Arbitraries.of(PERIOD_TEXTS).map(Period::parse);
    Arbitrary<Period> built = Combinators.combine(words(),
            Arbitraries.integers().between(1949, 2100).optional(),
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 11),
            Arbitraries.of(true, false))
        .as((text, year, first, extra, withMonths) -> {
          ImmutablePeriod.Builder b = Period.builder().asWritten(text).year(year);
          if (withMonths) {
            b.firstMonth(first).lastMonth(Math.min(12, first + extra));
          }
          return b.build();
        });
    return Arbitraries.oneOf(parsed, built);
  }

  @Provide
  public Arbitrary<Region> regions() {
    Arbitrary<Region> known = Arbitraries.of(REGION_TEXTS).map(Region::of);
    Arbitrary<Region> built = Combinators.combine(words(), Arbitraries.of(RegionKind.class).optional())
        .as((text, kind) -> Region.builder().asWritten(text).kind(kind).build());
    return Arbitraries.oneOf(known, built);
  }

  @Provide
  public Arbitrary<Quantity> quantities() {
    Arbitrary<Unit> catalogued = Arbitraries.of(UNIT_CODES)
        .map(c -> UnitCatalogue.standard().byCode(c).orElseThrow());
    Arbitrary<Unit> units = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, catalogued),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Unit.NUMBER)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Unit("kg/mu", "yield", BigDecimal.ONE, "公斤/亩"))));
    return Combinators.combine(decimals(), Arbitraries.of(SCALE_WORDS), units)
        .as((n, scale, unit) -> Quantity.of(isCount(unit) ? n.abs() : n, scale, unit));
  }

  static boolean isCount(Unit u) {
    return u.dimension().startsWith("count:") || u.dimension().equals("person")
        || u.dimension().equals("person_time");
  }

  @Provide
  public Arbitrary<Amount> amounts() {
    return Combinators.combine(quantities(), spans(), words().optional())
        .as((q, s, label) -> Amount.builder().quantity(q).span(s).label(label).build());
  }

  @Provide
  public Arbitrary<GrowthRate> growthRates() {
    return Combinators.combine(Arbitraries.of(StatedAs.class), decimals(), Arbitraries.of(Basis.class),
            spans(), periods().optional(0.3))
        .as((stated, d, basis, span, period) -> GrowthRate.builder()
            .percent(signFor(stated, d)).basis(basis).statedAs(stated).span(span).period(period).build());
  }

  private static BigDecimal signFor(StatedAs stated, BigDecimal d) {
    switch (stated) {
      case DECREASE:
        return d.abs().negate();
      case FLAT:
        return BigDecimal.ZERO.setScale(Math.max(0, d.scale()));
      case INCREASE:
        return d.abs();
      default:
        return d;
    }
  }

  @Provide
  public Arbitrary<Comparison> comparisons() {
    return Combinators.combine(Arbitraries.of(ComparisonKind.class), decimals(), words().optional(), spans())
        .as((kind, points, benchmark, span) ->
            Comparison.builder().kind(kind).points(points).benchmark(benchmark).span(span).build());
  }

  @Provide
  public Arbitrary<Ranking> rankings() {
    Arbitrary<Ranking> byPosition = Combinators.combine(words(), Arbitraries.integers().between(1, 40),
            Arbitraries.integers().between(0, 20).optional(), spans(), periods().optional(0.2))
        .as((scope, pos, extra, span, period) -> Ranking.builder().scope(scope).position(pos)
            .outOf(extra.map(e -> pos + e)).span(span).period(period).build());
    Arbitrary<Ranking> byTier = Combinators.combine(Arbitraries.of("", "全省", "全国", "全市"),
            Arbitraries.of("前列", "第一方阵", "首位", "前三"), spans())
        .as((scope, tier, span) -> Ranking.builder().scope(scope).tier(tier).span(span).build());
    return Arbitraries.oneOf(byPosition, byTier);
  }

  @Provide
  public Arbitrary<Share> shares() {
    return Combinators.combine(nonNegativeDecimals(), words().optional(), spans())
        .as((p, parent, span) -> Share.builder().percent(p).parent(parent).span(span).build());
  }

  @Provide
  public Arbitrary<Indicator> indicators() {
    return Builders.withBuilder(Indicator::builder)
        .use(words()).in((b, v) -> b.name(v))
        .use(words().optional()).in((b, v) -> b.canonicalId(v))
        .use(regions().optional()).in((b, v) -> b.region(v))
        .use(periods().optional()).in((b, v) -> b.period(v))
        .use(amounts().list().ofMaxSize(3)).in((b, v) -> b.amounts(v))
        .use(growthRates().list().ofMaxSize(3)).in((b, v) -> b.growthRates(v))
        .use(comparisons().list().ofMaxSize(2)).in((b, v) -> b.comparisons(v))
        .use(rankings().list().ofMaxSize(2)).in((b, v) -> b.rankings(v))
        .use(shares().list().ofMaxSize(2)).in((b, v) -> b.shares(v))
        .use(spans().list().ofMaxSize(2)).in((b, v) -> b.spans(v))
        .use(Arbitraries.of(false, false, true)).in((b, v) -> b.derived(v))
        .build(ImmutableIndicator.Builder::build);
  }

  @Provide
  public Arbitrary<FiscalLine> fiscalLines() {
    return Builders.withBuilder(FiscalLine::builder)
        .use(words()).in((b, v) -> b.name(v))
        .use(Arbitraries.of(Account.class).optional()).in((b, v) -> b.account(v))
        .use(Arbitraries.of(Direction.class).optional()).in((b, v) -> b.direction(v))
        .use(words().optional()).in((b, v) -> b.category(v))
        .use(regions().optional()).in((b, v) -> b.region(v))
        .use(periods().optional()).in((b, v) -> b.period(v))
        .use(amounts().list().ofMaxSize(3)).in((b, v) -> b.amounts(v))
        .use(growthRates().list().ofMaxSize(2)).in((b, v) -> b.growthRates(v))
        .use(comparisons().list().ofMaxSize(2)).in((b, v) -> b.comparisons(v))
        .use(rankings().list().ofMaxSize(1)).in((b, v) -> b.rankings(v))
        .use(shares().list().ofMaxSize(2)).in((b, v) -> b.shares(v))
        .use(spans().list().ofMaxSize(2)).in((b, v) -> b.spans(v))
        .use(Arbitraries.of(false, false, true)).in((b, v) -> b.derived(v))
        .build(ImmutableFiscalLine.Builder::build);
  }

  @Provide
  public Arbitrary<ProjectBatch> projectBatches() {
    Arbitrary<Amount> counts = Combinators.combine(Arbitraries.integers().between(0, 5000),
            Arbitraries.of("unit:个", "unit:项", "unit:家"), spans())
        .as((n, code, span) -> Amount.of(Quantity.of(BigDecimal.valueOf(n), "",
            UnitCatalogue.standard().byCode(code).orElseThrow()), span));
    return Builders.withBuilder(ProjectBatch::builder)
        .use(words()).in((b, v) -> b.name(v))
        .use(Arbitraries.of("工业项目", "重点项目", "亿元以上项目", "重大項目")).in((b, v) -> b.category(v))
        .use(words().optional()).in((b, v) -> b.purpose(v))
        .use(counts.optional(0.8)).in((b, v) -> b.count(v))
        .use(regions().optional()).in((b, v) -> b.region(v))
        .use(periods().optional()).in((b, v) -> b.period(v))
        .use(amounts().list().ofMaxSize(3)).in((b, v) -> b.amounts(v))
        .use(growthRates().list().ofMaxSize(1)).in((b, v) -> b.growthRates(v))
        .use(spans().list().ofMaxSize(2)).in((b, v) -> b.spans(v))
        .use(Arbitraries.of(false, false, true)).in((b, v) -> b.derived(v))
        .build(ImmutableProjectBatch.Builder::build);
  }

  @Provide
  public Arbitrary<Fact> facts() {
    return Arbitraries.oneOf(indicators(), fiscalLines(), projectBatches());
  }

  @Provide
  public Arbitrary<Report> reports() {
    return Combinators.combine(facts().list().ofMaxSize(6), Arbitraries.of(Script.class))
        .as((facts, script) -> Report.of(facts, script));
  }

  @Provide
  public Arbitrary<Claim> claims() {
    Arbitrary<String> values = Arbitraries.oneOf(decimals().map(ClaimMapper::plain), Arbitraries.just(Claim.TOP));
    return Builders.withBuilder(Claim::builder)
        .use(words()).in((b, v) -> b.subject(v).subjectSimplified(ClaimMapper.toSimplified(v)))
        .use(Combinators.combine(values, Arbitraries.of(ClaimAttr.class)).as(net.jqwik.api.Tuple::of))
        .in((b, t) -> b.value(t.get1()).attr(t.get1().equals(Claim.TOP) ? ClaimAttr.RANK : t.get2()))
        .use(words().optional()).in((b, v) -> b.unit(v))
        .use(words().optional()).in((b, v) -> b.scope(v))
        .use(words().optional()).in((b, v) -> b.benchmark(v))
        .use(words().optional()).in((b, v) -> b.region(v))
        .use(words().optional()).in((b, v) -> b.period(v))
        .use(spans()).in((b, v) -> b.start(v.start()).end(v.end()))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.derived(v))
        .build(ImmutableClaim.Builder::build);
  }

}
