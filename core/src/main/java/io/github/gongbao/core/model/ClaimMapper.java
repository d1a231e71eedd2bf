package io.github.gongbao.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    Optional<String> none = Optional.empty();
    for (Fact f : facts) {
      // each claim built once, with the place and source it carries (no copy per added field)
      boolean own = placeCode.isPresent() && ownPlace(f);
      add(f, own ? placeCode : none, own ? placeName : none, source, out);
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
    Optional<String> none = Optional.empty();
    add(fact, none, none, none, out);
    return out;
  }

  /** Adds the claims of one fact, in order of parts, each with this region code, region name and source. */
  private static void add(Fact fact, Optional<String> regionCode, Optional<String> regionName,
      Optional<String> source, List<Claim> out) {
    Common common = new Common(fact, regionCode, regionName, source);
    String name = fact.name();
    if (fact instanceof ProjectBatch batch) {
      batch.count().ifPresent(c -> out.add(amount(common, name, c)));
    }
    for (Amount a : fact.amounts()) {
      out.add(amount(common, subjectOf(name, a.label()), a));
    }
    for (GrowthRate g : fact.growthRates()) {
      ClaimAttr attr = g.basis() == Basis.PERIOD_ON_PERIOD ? ClaimAttr.MOM_PCT : ClaimAttr.YOY_PCT;
      Optional<Period> period = g.period().or(fact::period);
      out.add(base(common, name, attr, plain(g.percent()), g, period)
          .basis(basisCode(g.basis()))
          .period(period.map(Period::asWritten))
          .build());
    }
    for (Comparison c : fact.comparisons()) {
      ImmutableClaim.Builder b = base(common, name,
          c.kind() == ComparisonKind.AGAINST_BENCHMARK ? ClaimAttr.PP_VS : ClaimAttr.PP_CHANGE,
          plain(c.points()), c, fact.period());
      if (c.kind() == ComparisonKind.AGAINST_BENCHMARK) {
        b.benchmark(c.benchmark());
      }
      b.reference(c.benchmark());
      out.add(b.build());
    }
    for (Share s : fact.shares()) {
      out.add(base(common, name, ClaimAttr.SHARE_PCT, plain(s.percent()), s, fact.period()).build());
    }
    for (Ranking r : fact.rankings()) {
      String value = r.position().map(String::valueOf).orElse(Claim.TOP);
      Optional<Period> period = r.period().or(fact::period);
      ImmutableClaim.Builder b = base(common, name, ClaimAttr.RANK, value, r, period)
          .period(period.map(Period::asWritten));
      if (!r.scope().isEmpty()) {
        b.scope(r.scope());
      }
      out.add(b.build());
    }
  }

  /**
   * What every claim of one fact shares, computed once per fact: region, period, catalogue id, derived, the
   * place and source given, and the last subject's Simplified form (most claims of a fact have the same).
   */
  private static final class Common {
    final Fact fact;
    final Optional<String> region;
    final Optional<String> period;
    final Optional<String> indicatorId;
    final Optional<String> breakdown;
    final boolean derived;
    final Optional<String> regionCode;
    final Optional<String> regionName;
    final Optional<String> source;
    private String subject = "";
    private String simplified = "";

    Common(Fact fact, Optional<String> regionCode, Optional<String> regionName, Optional<String> source) {
      this.fact = fact;
      this.region = fact.region().map(Region::asWritten);
      this.period = fact.period().map(Period::asWritten);
      this.indicatorId = fact.canonicalId();
      this.breakdown = fact.breakdown();
      this.derived = fact.derived();
      this.regionCode = regionCode;
      this.regionName = regionName;
      this.source = source;
    }

    private @Nullable Period labelled;
    private Optional<String> label = Optional.empty();

    /** @return the period's label, computed once for the fact's claims that share the period */
    Optional<String> label(Period p) {
      if (p != labelled) {
        labelled = p;
        label = p.label();
      }
      return label;
    }

    String simplified(String s) {
      if (!s.equals(subject)) {
        subject = s;
        simplified = toSimplified(s);
      }
      return simplified;
    }
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

  private static Claim amount(Common common, String subject, Amount a) {
    String code = a.quantity().unit().code();
    ImmutableClaim.Builder b = base(common, subject, ClaimAttr.AMOUNT, plain(a.quantity().value()), a,
        common.fact.period());
    if (!code.isEmpty()) {
      b.unit(code);
    }
    return b.build();
  }

  /**
   * @param period the period of the part: a growth rate's or ranking's own, else the fact's
   */
  private static ImmutableClaim.Builder base(Common common, String subject, ClaimAttr attr, String value,
      Stated part, Optional<Period> period) {
    Span span = part.span();
    ImmutableClaim.Builder b = Claim.builder()
        .status(code(STATUS_CODES, part.status().orElse(Status.ACTUAL)))
        .bound(code(BOUND_CODES, part.bound().orElse(Bound.EXACT)));
    if (period.isPresent()) {
      Period p = period.get();
      b.year(p.year()).firstMonth(p.firstMonth()).lastMonth(p.lastMonth()).periodLabel(common.label(p));
    }
    return b
        .subject(subject)
        .subjectSimplified(common.simplified(subject))
        .attr(attr)
        .value(value)
        .region(common.region)
        .period(common.period)
        .start(span.start())
        .end(span.end())
        .derived(common.derived)
        .quote(span.text())
        .indicatorId(common.indicatorId)
        .breakdown(common.breakdown)
        .regionCode(common.regionCode)
        .regionName(common.regionName)
        .source(common.source);
  }

  // the codes written into claims, lower-cased once rather than per claim
  private static final Map<Status, String> STATUS_CODES = codes(Status.class);
  private static final Map<Bound, String> BOUND_CODES = codes(Bound.class);
  private static final Map<Basis, String> BASIS_CODES = codes(Basis.class);

  private static <E extends Enum<E>> Map<E, String> codes(Class<E> type) {
    Map<E, String> codes = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      codes.put(e, lowerCode(e));
    }
    return codes;
  }

  private static <E extends Enum<E>> String code(Map<E, String> codes, E e) {
    String code = codes.get(e);
    return code != null ? code : lowerCode(e);
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
        return Optional.of(code(BASIS_CODES, b));
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
