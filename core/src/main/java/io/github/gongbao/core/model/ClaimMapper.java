package io.github.gongbao.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Maps facts to the flat claims of DESIGN.md: one claim per part of a fact, with the part's span as
 * evidence.
 *
 * <pre>{@code
 * List<Claim> claims = ClaimMapper.claims(report.facts());   // same as report.claims()
 * }</pre>
 *
 * <p>Per fact, in this order: the project count of a {@link ProjectBatch} ({@code amount}), each
 * amount ({@code amount}; subject = name + label unless the label already starts with the name; unit =
 * the unit code, absent for a bare number), each growth rate ({@code yoy_pct}, or {@code mom_pct} for
 * {@link Basis#PERIOD_ON_PERIOD}; period = the rate's own period when present), each comparison
 * ({@code pp_vs} with benchmark, or {@code pp_change}), each share ({@code share_pct}), each ranking
 * ({@code rank}: the position, or {@code top} for a tier; scope). Values are plain decimals without
 * trailing zeros. Region and period are the fact's, as written.
 *
 * <p>Stateless and thread safe (the shared ICU transliterator is used under a lock).
 */
public final class ClaimMapper {

  private ClaimMapper() {}

  /**
   * @param facts facts in order of appearance
   * @return their claims, in order
   */
  public static List<Claim> claims(Iterable<? extends Fact> facts) {
    return claims(facts, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * @param facts facts in order of appearance
   * @param placeCode the division code of the place the report is about, for facts whose region is the
   *     report's own (全市, 我县, or none)
   * @param placeName that place's standard name
   * @param source the record id or file the report came from, carried by every claim
   * @return their claims, in order
   */
  public static List<Claim> claims(Iterable<? extends Fact> facts, Optional<String> placeCode,
      Optional<String> placeName, Optional<String> source) {
    List<Claim> out = new ArrayList<>();
    for (Fact f : facts) {
      for (Claim c : claims(f)) {
        if (placeCode.isPresent() && ownPlace(f)) {
          c = ImmutableClaim.copyOf(c).withRegionCode(placeCode).withRegionName(placeName);
        }
        out.add(source.isPresent() ? ImmutableClaim.copyOf(c).withSource(source) : c);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The fact's region is the report's own place: none stated, or 全市, 我县, 本市. */
  private static boolean ownPlace(Fact f) {
    return f.region().map(r -> {
      String w = r.asWritten();
      return w.length() == 2 && "全我本".indexOf(w.charAt(0)) >= 0;
    }).orElse(true);
  }

  /**
   * @param fact a fact
   * @return its claims, in order of parts
   */
  public static List<Claim> claims(Fact fact) {
    List<Claim> out = new ArrayList<>();
    String name = fact.name();
    if (fact instanceof ProjectBatch batch) {
      batch.count().ifPresent(c -> out.add(amount(fact, name, c)));
    }
    for (Amount a : fact.amounts()) {
      out.add(amount(fact, subjectOf(name, a.label()), a));
    }
    for (GrowthRate g : fact.growthRates()) {
      ClaimAttr attr = g.basis() == Basis.PERIOD_ON_PERIOD ? ClaimAttr.MOM_PCT : ClaimAttr.YOY_PCT;
      out.add(base(fact, name, attr, plain(g.percent()), g)
          .basis(basisCode(g.basis()))
          .period(g.period().or(fact::period).map(Period::asWritten))
          .build());
    }
    for (Comparison c : fact.comparisons()) {
      ImmutableClaim.Builder b = base(fact, name,
          c.kind() == ComparisonKind.AGAINST_BENCHMARK ? ClaimAttr.PP_VS : ClaimAttr.PP_CHANGE,
          plain(c.points()), c);
      if (c.kind() == ComparisonKind.AGAINST_BENCHMARK) {
        b.benchmark(c.benchmark());
      }
      b.reference(c.benchmark());
      out.add(b.build());
    }
    for (Share s : fact.shares()) {
      out.add(base(fact, name, ClaimAttr.SHARE_PCT, plain(s.percent()), s).build());
    }
    for (Ranking r : fact.rankings()) {
      String value = r.position().map(String::valueOf).orElse(Claim.TOP);
      ImmutableClaim.Builder b = base(fact, name, ClaimAttr.RANK, value, r)
          .period(r.period().or(fact::period).map(Period::asWritten));
      if (!r.scope().isEmpty()) {
        b.scope(r.scope());
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * @param text text in either script
   * @return the text in Simplified characters (ICU4J {@code Traditional-Simplified})
   */
  public static String toSimplified(String text) {
    // per character, from a shared cache (ICU4J Traditional-Simplified, computed once per character)
    return io.github.gongbao.units.internal.CharFold.fold(text);
  }

  private static String subjectOf(String name, Optional<String> label) {
    return label.map(l -> l.startsWith(name) ? l : name + l).orElse(name);
  }

  private static Claim amount(Fact fact, String subject, Amount a) {
    String code = a.quantity().unit().code();
    ImmutableClaim.Builder b = base(fact, subject, ClaimAttr.AMOUNT, plain(a.quantity().value()), a);
    if (!code.isEmpty()) {
      b.unit(code);
    }
    return b.build();
  }

  private static ImmutableClaim.Builder base(Fact fact, String subject, ClaimAttr attr, String value,
      Stated part) {
    Span span = part.span();
    Optional<Period> period = part instanceof GrowthRate g ? g.period().or(fact::period)
        : part instanceof Ranking r ? r.period().or(fact::period) : fact.period();
    return Claim.builder()
        .status(lowerCode(part.status().orElse(Status.ACTUAL)))
        .bound(lowerCode(part.bound().orElse(Bound.EXACT)))
        .year(period.flatMap(Period::year))
        .firstMonth(period.flatMap(Period::firstMonth))
        .lastMonth(period.flatMap(Period::lastMonth))
        .periodLabel(period.flatMap(Period::label))
        .subject(subject)
        .subjectSimplified(toSimplified(subject))
        .attr(attr)
        .value(value)
        .region(fact.region().map(Region::asWritten))
        .period(fact.period().map(Period::asWritten))
        .start(span.start())
        .end(span.end())
        .derived(fact.derived())
        .quote(span.text())
        .indicatorId(fact.canonicalId())
        .breakdown(fact.breakdown());
  }

  private static String lowerCode(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The claims' basis code: DESIGN.md's names ({@code month_on_month} for a period-on-period rate). */
  private static Optional<String> basisCode(Basis b) {
    switch (b) {
      case PERIOD_ON_PERIOD:
        return Optional.of("month_on_month");
      case UNSPECIFIED:
        return Optional.of("year_on_year");
      default:
        return Optional.of(lowerCode(b));
    }
  }

  /** @return {@code v} as a plain decimal string without trailing zeros or exponent */
  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }
}
