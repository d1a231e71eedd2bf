package io.github.gongbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * The claims of a report agree with its facts: every claim traces to one part of one fact (the same
 * span, a matching attr and value) and every part yields exactly one claim, in order.
 */
@Domain(ModelDomain.class)
class ClaimProperties {

  /** A part of a fact as the claims contract sees it. */
  private static final class Part {
    final Fact fact;
    final Span span;
    final List<ClaimAttr> attrs;
    final String value;

    Part(Fact fact, Span span, List<ClaimAttr> attrs, String value) {
      this.fact = fact;
      this.span = span;
      this.attrs = attrs;
      this.value = value;
    }

    boolean matches(Claim c) {
      return c.start() == span.start() && c.end() == span.end() && attrs.contains(c.attr())
          && new BigDecimalOrTop(value).equals(new BigDecimalOrTop(c.value()))
          && c.derived() == fact.derived()
          && c.region().equals(fact.region().map(Region::asWritten))
          && c.subject().startsWith(fact.name());
    }
  }

  /** Compares decimal strings numerically, "top" literally. */
  private static final class BigDecimalOrTop {
    final String s;

    BigDecimalOrTop(String s) {
      this.s = s;
    }

    @Override
    public boolean equals(Object o) {
      String t = ((BigDecimalOrTop) o).s;
      if (s.equals(Claim.TOP) || t.equals(Claim.TOP)) {
        return s.equals(t);
      }
      return new BigDecimal(s).compareTo(new BigDecimal(t)) == 0;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  private static List<Part> parts(Report r) {
    List<ClaimAttr> amount = List.of(ClaimAttr.AMOUNT);
    List<Part> parts = new ArrayList<>();
    for (Fact f : r.facts()) {
      if (f instanceof ProjectBatch) {
        ((ProjectBatch) f).count().ifPresent(c ->
            parts.add(new Part(f, c.span(), amount, c.quantity().value().toPlainString())));
      }
      f.amounts().forEach(a -> parts.add(new Part(f, a.span(), amount, a.quantity().value().toPlainString())));
      f.growthRates().forEach(g -> parts.add(new Part(f, g.span(),
          List.of(ClaimAttr.YOY_PCT, ClaimAttr.MOM_PCT), g.percent().toPlainString())));
      f.comparisons().forEach(c -> parts.add(new Part(f, c.span(),
          List.of(ClaimAttr.PP_VS, ClaimAttr.PP_CHANGE), c.points().toPlainString())));
      f.shares().forEach(s -> parts.add(new Part(f, s.span(), List.of(ClaimAttr.SHARE_PCT),
          s.percent().toPlainString())));
      f.rankings().forEach(k -> parts.add(new Part(f, k.span(), List.of(ClaimAttr.RANK),
          k.position().map(String::valueOf).orElse(Claim.TOP))));
    }
    return parts;
  }

  @Property(tries = 300)
  void everyClaimTracesToExactlyOnePartInOrder(@ForAll Report report) {
    List<Part> parts = parts(report);
    List<Claim> claims = report.claims();
    assertEquals(parts.size(), claims.size(), "one claim per part");
    for (int i = 0; i < parts.size(); i++) {
      assertTrue(parts.get(i).matches(claims.get(i)), "claim " + i + " " + claims.get(i));
    }
    Statistics.label("claims").collect(claims.size() >= 5 ? ">=5" : "<5");
  }

  @Property
  void attrsFollowTheContract(@ForAll Fact fact) {
    List<Claim> claims = ClaimMapper.claims(fact);
    int i = fact instanceof ProjectBatch && ((ProjectBatch) fact).count().isPresent() ? 1 : 0;
    i += fact.amounts().size();
    for (GrowthRate g : fact.growthRates()) {
      Claim c = claims.get(i++);
      assertEquals(g.basis() == Basis.PERIOD_ON_PERIOD ? ClaimAttr.MOM_PCT : ClaimAttr.YOY_PCT, c.attr());
      assertEquals(g.period().or(fact::period).map(Period::asWritten), c.period());
    }
    for (Comparison k : fact.comparisons()) {
      Claim c = claims.get(i++);
      boolean vs = k.kind() == ComparisonKind.AGAINST_BENCHMARK;
      assertEquals(vs ? ClaimAttr.PP_VS : ClaimAttr.PP_CHANGE, c.attr());
      assertEquals(vs ? k.benchmark() : Optional.empty(), c.benchmark());
    }
  }

  @Property
  void claimValuesArePlainAndSubjectsSimplified(@ForAll Report report) {
    for (Claim c : report.claims()) {
      assertTrue(c.value().equals(Claim.TOP) || c.value().matches("-?[0-9]+(\\.[0-9]*[1-9])?"), c.value());
      assertEquals(c.subjectSimplified(), ClaimMapper.toSimplified(c.subjectSimplified()));
      assertEquals(c.attr() == ClaimAttr.AMOUNT || c.unit().isEmpty(), true);
    }
  }
}
