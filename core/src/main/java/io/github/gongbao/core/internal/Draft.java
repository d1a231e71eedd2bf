package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.ClaimAttr;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One claim as the clause reader found it, before it becomes part of a model fact. Mutable only while
 * the reader builds it; never shared across threads.
 */
public final class Draft {
  /** Claim attributes, as in the claims contract. */
  public ClaimAttr attr;
  /** Subject as offsets into the text (so it can be read in the original script). */
  public int subjectStart;
  public int subjectEnd;
  /** Extra words appended to the subject (增收, 预算), Simplified; empty for none. */
  public String subjectSuffix = "";
  /** The subject in the original script when it is not a plain slice (a topic plus a suffix). */
  public @Nullable String subjectOverride;
  /** The figure; null for a tier rank ({@link #top}). */
  public @Nullable BigDecimal value;
  /** True for a tier rank (前列, 第一方阵): value is then null. */
  public boolean top;
  /** The tier as written (前列, 第一方阵) when {@link #top}. */
  public @Nullable String tier;
  /** Amount only: the quantity as written. */
  public @Nullable BigDecimal number;
  public String scaleWord = "";
  public io.github.gongbao.units.@Nullable Unit unit;
  public @Nullable String scope;
  public @Nullable String benchmark;
  public @Nullable String period;
  public @Nullable String region;
  public int start;
  public int end;
  /** Growth only: how the figure was stated (增长 INCREASE, 下降 DECREASE, 增长N倍 MULTIPLE, 持平 FLAT). */
  public io.github.gongbao.core.model.@Nullable StatedAs statedAs;
  /** What kind of figure (target, estimate …); null for an actual. */
  public io.github.gongbao.core.model.@Nullable Status status;
  /** How exact (approximate, at least …); null for exact. */
  public io.github.gongbao.core.model.@Nullable Bound bound;
  /** For a growth rate, its basis when other than plain year on year or month on month; null otherwise. */
  public io.github.gongbao.core.model.@Nullable Basis basis;
  public boolean derived;
  /** The amount is the plan or budget of the topic (完成预算105425万元), not a new topic. */
  public boolean budgetOfTopic;
  /** Other places that state the same claim (a page printed twice, a headline): [start, end). */
  public final java.util.List<int[]> repeats = new java.util.ArrayList<>();

  public Draft(ClaimAttr attr) {
    this.attr = attr;
  }

  @Override
  public String toString() {
    return attr + " " + value + " " + unit + " [" + subjectStart + "," + subjectEnd + ")+" + subjectSuffix
        + " @" + start + "-" + end;
  }
}
