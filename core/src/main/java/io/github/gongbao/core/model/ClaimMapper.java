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
    List<Claim> out = new ArrayList<>();
    for (Fact f : facts) {
      out.addAll(claims(f));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * @param fact a fact
   * @return its claims, in order of parts
   */
  public static List<Claim> claims(Fact fact) {
    List<Claim> out = new ArrayList<>();
    String name = fact.name();
    if (fact instanceof ProjectBatch) {
      ((ProjectBatch) fact).count().ifPresent(c -> out.add(amount(fact, name, c)));
    }
    for (Amount a : fact.amounts()) {
      out.add(amount(fact, subjectOf(name, a.label()), a));
    }
    for (GrowthRate g : fact.growthRates()) {
      ClaimAttr attr = g.basis() == Basis.PERIOD_ON_PERIOD ? ClaimAttr.MOM_PCT : ClaimAttr.YOY_PCT;
      out.add(base(fact, name, attr, plain(g.percent()), g.span())
          .period(g.period().or(fact::period).map(Period::asWritten))
          .build());
    }
    for (Comparison c : fact.comparisons()) {
      ImmutableClaim.Builder b = base(fact, name,
          c.kind() == ComparisonKind.AGAINST_BENCHMARK ? ClaimAttr.PP_VS : ClaimAttr.PP_CHANGE,
          plain(c.points()), c.span());
      if (c.kind() == ComparisonKind.AGAINST_BENCHMARK) {
        b.benchmark(c.benchmark());
      }
      out.add(b.build());
    }
    for (Share s : fact.shares()) {
      out.add(base(fact, name, ClaimAttr.SHARE_PCT, plain(s.percent()), s.span()).build());
    }
    for (Ranking r : fact.rankings()) {
      String value = r.position().map(String::valueOf).orElse(Claim.TOP);
      ImmutableClaim.Builder b = base(fact, name, ClaimAttr.RANK, value, r.span())
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
    return io.github.gongbao.core.internal.TextNormalizer.fold(text);
  }

  private static String subjectOf(String name, Optional<String> label) {
    return label.map(l -> l.startsWith(name) ? l : name + l).orElse(name);
  }

  private static Claim amount(Fact fact, String subject, Amount a) {
    String code = a.quantity().unit().code();
    ImmutableClaim.Builder b = base(fact, subject, ClaimAttr.AMOUNT, plain(a.quantity().value()), a.span());
    if (!code.isEmpty()) {
      b.unit(code);
    }
    return b.build();
  }

  private static ImmutableClaim.Builder base(Fact fact, String subject, ClaimAttr attr, String value, Span span) {
    return Claim.builder()
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
        .indicatorId(fact instanceof Indicator ? ((Indicator) fact).canonicalId() : Optional.empty());
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
