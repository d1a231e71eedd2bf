package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.ClaimAttr;

import io.github.gongbao.core.catalog.IndicatorCatalogue;
import io.github.gongbao.core.model.Amount;
import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.Comparison;
import io.github.gongbao.core.model.ComparisonKind;
import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.FiscalLine;
import io.github.gongbao.core.model.GrowthRate;
import io.github.gongbao.core.model.Indicator;
import io.github.gongbao.core.model.Period;
import io.github.gongbao.core.model.ProjectBatch;
import io.github.gongbao.core.model.Region;
import io.github.gongbao.core.model.Ranking;
import io.github.gongbao.core.model.Share;
import io.github.gongbao.core.model.Span;
import io.github.gongbao.core.model.StatedAs;
import io.github.gongbao.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the reader's drafts into the model's facts: drafts with the same subject and period become one
 * fact, in order of first appearance; counts of projects become {@link ProjectBatch}es, budget lines
 * {@link FiscalLine}s, everything else {@link Indicator}s. A draft the model refuses is dropped, so the
 * extractor never throws.
 */
public final class FactAssembler {
  private static final String[] FISCAL_WORDS = {"预算收入", "预算支出", "财政收入", "财政总收入", "税收收入",
      "非税收入", "税收", "债券", "基金预算", "民生支出", "三保", "一般公共预算", "财政支出", "上划"};

  private FactAssembler() {}

  /** Parts of one fact while it is being collected. */
  static final class Group {
    final String name;
    /** The name in the folded text's script, for the decisions (fiscal or not, catalogue id). */
    final String foldedName;
    @Nullable String period;
    @Nullable String region;
    /** The indicator and part the subject's topic gives it ({@link TopicIds}), when it names only a part. */
    TopicIds.@Nullable Topic topic;
    final List<Draft> drafts = new ArrayList<>();

    Group(String name, String foldedName) {
      this.name = name;
      this.foldedName = foldedName;
    }
  }

  /**
   * @param original the report text as given
   * @param drafts the reader's drafts of it
   * @param derived whether to add facts computed from stated ones (marked derived)
   */
  public static List<Fact> assemble(String original, List<Draft> drafts, boolean derived) {
    return assemble(original, TextNormalizer.inspect(original).text, drafts, derived, Optional.empty());
  }

  /**
   * @param year the report's year, given periods that state none (上半年 in a 2024 report); empty if unknown
   * @param folded the report folded ({@link TextNormalizer#inspect}), same offsets as {@code original}
   * @return the facts of the drafts, in order
   */
  public static List<Fact> assemble(String original, String folded, List<Draft> drafts, boolean derived,
      Optional<Integer> year) {
    // one fact per name, period and region: 全市…增长3.1% and 全县…增长4.2% are two facts; a figure that names no
    // region joins the last fact of its name and period (the amount and the growth of one statement)
    RangeBounds.mark(folded, drafts);
    FramePeriod.apply(folded, drafts);
    // a subject that names only a part of its topic (韩国 of 韩国及香港旅客) takes the topic's indicator; two such
    // subjects spelled alike (产量 of 蔬菜 and of 果用瓜) are two facts
    Memo memo = new Memo();
    Map<Long, TopicIds.Topic> topics = TopicIds.of(original, folded, drafts, memo.ids);
    Map<String, List<Group>> byNameAndPeriod = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    for (Draft d : drafts) {
      String name = baseName(original, folded, d);
      if (name.isBlank()) {
        continue;
      }
      TopicIds.Topic topic = topics.get(TopicIds.spanKey(d.subjectStart, d.subjectEnd));
      String key = name + "\u0000" + (d.period == null ? "" : d.period) + "\u0000" + (topic == null ? ""
          : topic.id() + "\u0000" + topic.breakdown());
      List<Group> same = byNameAndPeriod.computeIfAbsent(key, k -> new ArrayList<>());
      Group g = groupFor(same, d.region);
      if (g == null) {
        g = new Group(name, isSameText(original, folded) ? name : baseName(folded, folded, d));
        g.topic = topic;
        same.add(g);
        groups.add(g);
      }
      g.period = d.period;
      if (g.region == null) {
        g.region = d.region;
      }
      g.drafts.add(d);
    }
    List<Fact> facts = new ArrayList<>();
    for (Group g : groups) {
      Fact f = build(original, g, false, memo, year);
      if (f != null) {
        facts.add(f);
      }
    }
    if (derived) {
      facts.addAll(Derivations.derive(original, groups.stream().map(g -> g.drafts).toList()));
    }
    return facts;
  }

  /**
   * Whether the folded text is the original itself (the normalizer returns its input when nothing folds): then the
   * name read from the original is already the folded name. Identity, not equality: a fast path only, since equal
   * texts give the same name either way, and comparing the contents would cost a pass over the report per group.
   */
  @SuppressWarnings("ReferenceEquality") // deliberate identity fast path, see above
  private static boolean isSameText(String original, String folded) {
    return original == folded;
  }

  /**
   * The fact of a name and period that a figure of {@code region} belongs to: the one of the same region, or one
   * that names none yet; for a figure that names no region, the last one. Null when it needs a fact of its own.
   */
  private static @Nullable Group groupFor(List<Group> same, @Nullable String region) {
    if (same.isEmpty()) {
      return null;
    }
    if (region == null) {
      return same.get(same.size() - 1);
    }
    for (Group g : same) {
      if (g.region == null || g.region.equals(region)) {
        return g;
      }
    }
    return null;
  }

  /** The subject without an amount's label (增收, 预算), but with a basis in parentheses. */
  static String baseName(String text, String folded, Draft d) {
    String full = Subjects.of(text, folded, d);
    String suffix = d.subjectSuffix;
    if (!suffix.isEmpty() && !suffix.startsWith("(") && full.endsWith(suffix)) {
      return full.substring(0, full.length() - suffix.length());
    }
    return full;
  }

  static @Nullable Fact build(String original, Group g, boolean isDerived) {
    return build(original, g, isDerived, new Memo(), Optional.empty());
  }

  /**
   * What one report's assembly has looked up so far, by text: a report names a few periods many times, and one
   * indicator in several periods.
   */
  static final class Memo {
    final Map<String, Optional<Period>> periods = new java.util.HashMap<>();
    final Map<String, Optional<String>> ids = new java.util.HashMap<>();
  }

  /** @param memo the lookups of this report so far */
  static @Nullable Fact build(String original, Group g, boolean isDerived, Memo memo,
      Optional<Integer> year) {
    List<Amount> amounts = new ArrayList<>();
    List<GrowthRate> growth = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    List<Ranking> rankings = new ArrayList<>();
    List<Share> shares = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    @Nullable Amount projectCount = null;
    for (Draft d : g.drafts) {
      Span span = span(original, d.start, d.end);
      spans.add(span);
      for (int[] r : d.repeats) {
        spans.add(span(original, r[0], r[1]));
      }
      try {
        switch (d.attr) {
          case AMOUNT: {
            Amount a = Amount.builder().quantity(Quantity.of(Objects.requireNonNull(d.number), d.scaleWord,
                Objects.requireNonNull(d.unit))).span(span)
                .label(label(d)).status(Optional.ofNullable(d.status)).bound(Optional.ofNullable(d.bound)).build();
            if (projectCount == null && a.isCount() && g.foldedName.endsWith("项目")) {
              projectCount = a;
            } else {
              amounts.add(a);
            }
            break;
          }
          case YOY_PCT:
          case MOM_PCT:
            growth.add(GrowthRate.builder().percent(Objects.requireNonNull(d.value)).basis(d.attr == ClaimAttr.MOM_PCT
                ? Basis.PERIOD_ON_PERIOD : d.basis != null ? d.basis : Basis.YEAR_ON_YEAR).statedAs(statedAs(d))
                .span(span).status(Optional.ofNullable(d.status)).bound(Optional.ofNullable(d.bound)).build());
            break;
          case PP_CHANGE:
          case PP_VS:
            comparisons.add(Comparison.builder().kind(d.attr == ClaimAttr.PP_VS
                ? ComparisonKind.AGAINST_BENCHMARK : ComparisonKind.CHANGE_OVER_TIME)
                .points(Objects.requireNonNull(d.value))
                .benchmark(Optional.ofNullable(blankToNull(d.benchmark))).span(span)
                .status(Optional.ofNullable(d.status)).bound(Optional.ofNullable(d.bound)).build());
            break;
          case SHARE_PCT:
            shares.add(Share.builder().percent(Objects.requireNonNull(d.value)).span(span)
                .status(Optional.ofNullable(d.status))
                .bound(Optional.ofNullable(d.bound)).build());
            break;
          case RANK:
            String scope = d.scope == null ? "" : d.scope;
            rankings.add(d.top ? Ranking.ofTier(scope, d.tier == null ? "前列" : d.tier, span)
                : Ranking.ofPosition(scope, Objects.requireNonNull(d.value).intValueExact(), span));
            break;
          default:
            break;
        }
      } catch (io.github.gongbao.core.model.InvalidValueException e) {
        // the model refuses it (a negative share): not a fact Gongbao can state
      }
    }
    Optional<Period> period = g.period == null ? Optional.empty()
        : memo.periods.computeIfAbsent(g.period, p -> Optional.of(withYear(Period.parse(p), year)));
    TopicIds.Topic topic = g.topic;
    Optional<String> id = topic != null ? Optional.of(topic.id())
        : memo.ids.computeIfAbsent(g.foldedName, FactAssembler::catalogueId);
    Optional<String> breakdown = Optional.ofNullable(topic == null ? null : topic.breakdown());
    Optional<Region> region = Optional.ofNullable(g.region).map(Region::of);
    try {
      if (projectCount != null) {
        return ProjectBatch.builder().name(g.name).category(g.name).canonicalId(id).breakdown(breakdown).count(projectCount).period(period).region(region)
            .amounts(amounts).growthRates(growth).comparisons(comparisons).rankings(rankings).shares(shares)
            .spans(spans).derived(isDerived).build();
      }
      if (isFiscal(g.foldedName)) {
        return FiscalLine.builder().name(g.name).canonicalId(id).breakdown(breakdown).period(period).region(region).amounts(amounts).growthRates(growth)
            .comparisons(comparisons).rankings(rankings).shares(shares).spans(spans).derived(isDerived)
            .category(g.name).build();
      }
      return Indicator.builder().name(g.name).period(period).region(region).amounts(amounts).growthRates(growth)
          .comparisons(comparisons).rankings(rankings).shares(shares).spans(spans).derived(isDerived)
          .canonicalId(id).breakdown(breakdown).build();
    } catch (io.github.gongbao.core.model.InvalidValueException e) {
      return null; // the model refuses the fact (its typed validation error); any other error is a bug to see
    }
  }

  /** A period that states no year takes the report's (上半年 in a 2024 report is 2024's first half). */
  private static Period withYear(Period p, Optional<Integer> year) {
    if (p.year().isPresent() || year.isEmpty() || p.firstMonth().isEmpty()) {
      return p;
    }
    return io.github.gongbao.core.model.ImmutablePeriod.copyOf(p).withYear(year);
  }

  static Optional<String> catalogueId(String name) {
    return IndicatorCatalogue.standard().findIn(name).map(e -> e.id());
  }

  private static Optional<String> label(Draft d) {
    String s = d.subjectSuffix;
    return s.isEmpty() || s.startsWith("(") ? Optional.empty() : Optional.of(s);
  }

  private static StatedAs statedAs(Draft d) {
    int sign = Objects.requireNonNull(d.value).signum();
    if (sign == 0) {
      return StatedAs.FLAT;
    }
    if (sign > 0 && d.statedAs == StatedAs.MULTIPLE) {
      return StatedAs.MULTIPLE;
    }
    return sign > 0 ? StatedAs.INCREASE : StatedAs.DECREASE;
  }

  private static boolean isFiscal(String foldedName) {
    for (String w : FISCAL_WORDS) {
      if (foldedName.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static Span span(String original, int start, int end) {
    int s = Math.max(0, Math.min(start, original.length()));
    int e = Math.max(s, Math.min(end, original.length()));
    while (s < e && TextNormalizer.isLoneSurrogate(original, s)) {
      s++; // debris at the edge of the evidence is not part of it
    }
    while (e > s && TextNormalizer.isLoneSurrogate(original, e - 1)) {
      e--;
    }
    return Span.of(s, e, original.substring(s, e));
  }



}
