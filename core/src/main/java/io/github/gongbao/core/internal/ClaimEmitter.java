package io.github.gongbao.core.internal;

import io.github.gongbao.core.internal.Item.Kind;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.Status;
import io.github.gongbao.units.Scales;
import io.github.gongbao.units.UnitCatalogue;
import io.github.gongbao.units.internal.NumberToken;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns one figure with its subject into a draft claim: the predicate's verdict (attr, benchmark, how stated), then
 * what the clause state adds (period, region, status, basis, rank scope), the figure's unit and exact value, and the
 * qualifier or revision a subject carries ((城镇), (原来)). A rank shared by several subjects (均居全省前列) gives one
 * draft per subject; a structure ratio (6.01:55.04:38.95) gives three shares.
 */
final class ClaimEmitter {
  private static final Lexicon.Words QUALIFIER = Lexicon.standard().words("qualifier");
  private static final Lexicon.Words REVISION_OLD_BEFORE = Lexicon.standard().words("revision_old_before");
  private static final Lexicon.Words REVISION_AFTER = Lexicon.standard().words("revision_after");
  /** How far before a figure 原先估计为 may stand. */
  private static final int REVISION_BEFORE = 8;
  /** How far before a figure a qualifier (城镇, 农村) of a topic may stand. */
  private static final int QUALIFIER_BEFORE = 24;

  private final String t;
  private final List<Draft> out;
  private final LeadFrames frames;
  private final ListNames names;
  private final FigureQualifiers qualifiers;
  private final ClauseState state;
  private final LocalCurrency currency;

  ClaimEmitter(String folded, List<Draft> out, LeadFrames frames, ListNames names, FigureQualifiers qualifiers,
      ClauseState state) {
    this.t = folded;
    this.out = out;
    this.frames = frames;
    this.names = names;
    this.qualifiers = qualifiers;
    this.state = state;
    this.currency = new LocalCurrency(folded);
  }

  /**
   * Builds the claim of one figure, adds it to the output and returns it; null when the words make no claim of it.
   * {@code cs} is where the words that classify it begin (the clause start), {@code leadStart}..{@code at} the
   * words right before it; {@code explicit} says whether {@code subj} was named here rather than carried.
   */
  @Nullable Draft emit(int cs, int leadStart, int at, Item it, int @Nullable [] subj, boolean explicit,
      @Nullable Draft prevDraft) {
    // the verdict first (it reads only the text and the item): no claim without one
    Classifier.Verdict v = Classifier.classify(t, cs, at, it, prevDraft, state.momFrame);
    if (v == null) {
      return null;
    }
    Draft d = new Draft(v.attr);
    d.start = Math.max(cs, Math.min(leadStart, subj != null && explicit ? subj[0] : leadStart));
    d.region = frames.lastRegion;
    d.end = it.end;
    d.period = state.period;
    if (subj != null) {
      d.subjectStart = subj[0];
      d.subjectEnd = subj[1];
    } else {
      d.subjectStart = d.subjectEnd = -1;
    }
    d.benchmark = v.benchmark;
    if (it.kind == Kind.FLAT && d.attr != ClaimAttr.PP_VS && d.attr != ClaimAttr.PP_CHANGE
        && state.percentInSentence && !explicit) {
      // 增长6.2%，与1—4月份持平 / 失业率为5.1%，与上月持平: the percentage just stated has not changed
      d.attr = ClaimAttr.PP_CHANGE;
      d.benchmark = it.flatAgainst;
    }
    qualify(d, cs, at, it, explicit);
    d.statedAs = v.statedAs;
    d.status = d.attr == ClaimAttr.SHARE_PCT && state.sentenceStatus == Status.TARGET ? null : state.sentenceStatus;
    d.bound = it.kind == Kind.RANK || it.kind == Kind.FLAT ? null
        : qualifiers.boundOf(cs, t.length(), it.start, it.end);
    if (d.bound == null && it.tok != null && it.tok.numberEnd() < it.end) {
      d.bound = qualifiers.boundOf(cs, it.end, it.start, it.tok.numberEnd()); // 1200余户: 余 inside the figure
    }
    if (d.attr == ClaimAttr.YOY_PCT) {
      d.basis = qualifiers.growthBasisIn(cs, at);
      if (d.basis == null) {
        d.basis = state.sentenceBasis;
      }
    }
    switch (it.kind) {
      case AMOUNT:
        if (!amount(d, it, v, subj)) {
          return null;
        }
        break;
      case RANK:
        if (rank(d, cs, leadStart, it, subj, explicit)) {
          return d; // one draft per subject, added already
        }
        break;
      case FLAT:
        d.value = BigDecimal.ZERO;
        break;
      default:
        d.value = v.value != null ? v.value : Objects.requireNonNull(it.tok).number();
        break;
    }
    if (d.value == null && !d.top) {
      return null;
    }
    if (d.subjectStart < 0 && d.subjectSuffix.isEmpty() && d.subjectOverride == null) {
      return null;
    }
    out.add(d);
    state.percentInSentence |= d.attr == ClaimAttr.YOY_PCT || d.attr == ClaimAttr.MOM_PCT
        || d.attr == ClaimAttr.SHARE_PCT;
    // 当月增长9.2%，环比增长1.4%: a plain growth already stated is year on year, and the 环比 beside it no frame
    state.yoyInSentence |= d.attr == ClaimAttr.YOY_PCT;
    return d;
  }

  /** A carried subject's qualifier (城镇…增长: (城镇)); an estimate a revision replaced: (原来). */
  private void qualify(Draft d, int cs, int at, Item it, boolean explicit) {
    if (!explicit && (d.attr == ClaimAttr.YOY_PCT || d.attr == ClaimAttr.AMOUNT || d.attr == ClaimAttr.PP_CHANGE)) {
      int q = QUALIFIER.indexOf(t, Math.max(cs, at - QUALIFIER_BEFORE), at);
      if (q >= 0) {
        d.subjectSuffix = "(" + QUALIFIER.startingAt(t, q, at) + ")";
      }
    }
    if ((d.attr == ClaimAttr.YOY_PCT || d.attr == ClaimAttr.MOM_PCT) && isSuperseded(cs, at, it.end)) {
      d.subjectSuffix = "(原来)"; // 由3.1%向上修订为3.2%: the old estimate, beside the new one
    }
  }

  /** An amount's number, scale, unit and value; false when it is a budget of no topic. */
  private boolean amount(Draft d, Item it, Classifier.Verdict v, int @Nullable [] subj) {
    NumberToken tok = Objects.requireNonNull(it.tok);
    d.number = tok.number();
    d.scaleWord = tok.scaleWord();
    d.unit = it.impliedYuan ? UnitCatalogue.standard().byCode("CNY").orElseThrow() : tok.unit();
    if (d.unit.dimension().equals("mass") && subj != null && t.substring(subj[0], subj[1]).endsWith("亩产")) {
      // 粮食亩产达到500公斤: a yield per mu, a unit of the catalogue (units.tsv)
      d.unit = UnitCatalogue.standard().byWord(d.unit.word() + "/亩").orElse(d.unit);
    }
    if (d.unit.code().equals("CNY") && !currency.localYuan().equals("CNY") && currency.isBareYuan(it)) {
      d.unit = UnitCatalogue.standard().byCode(currency.localYuan()).orElse(d.unit);
    }
    d.value = tok.number().multiply(Scales.valueOf(tok.scaleWord()));
    if (v.suffix != null) {
      d.subjectSuffix = v.suffix;
      if (v.suffixReplacesSubject) {
        // 完成预算105425万元: the subject is the topic's budget
        d.budgetOfTopic = true;
        d.subjectStart = state.topicStart;
        d.subjectEnd = state.topicEnd;
        return state.hasTopic();
      }
    }
    return true;
  }

  /** A rank's position or tier and scope; true when it was shared among subjects (drafts added already). */
  private boolean rank(Draft d, int cs, int leadStart, Item it, int @Nullable [] subj, boolean explicit) {
    if (it.rankPos != null) {
      d.value = it.rankPos;
    } else {
      d.top = true;
      d.tier = it.rankTier;
    }
    String peerScope = state.peer != null ? state.peer.scope() : null;
    d.scope = it.rankScope != null ? it.rankScope : peerScope != null ? peerScope : state.lastScope;
    if (it.rankScope != null) {
      state.lastScope = it.rankScope;
    }
    if (d.scope == null) {
      d.scope = "";
    }
    d.start = it.start;
    if (explicit && isDistributive(it, cs, leadStart)) {
      List<int[]> parts = names.sharedParts(Objects.requireNonNull(subj)); // explicit: a subject
      if (parts != null && parts.size() > 1) {
        parts.forEach(s -> out.add(copy(d, s)));
        return true;
      }
    }
    if (!explicit && isDistributive(it, cs, leadStart) && state.sentenceSubjects.size() > 1) {
      state.sentenceSubjects.forEach(s -> out.add(copy(d, s)));
      state.clearSentenceSubjects();
      return true;
    }
    return false;
  }

  /** 三次产业结构比例为6.01:55.04:38.95 → three shares. */
  void readRatio(int cs, int leadStart, int leadEnd, List<Item> run) {
    String lead = t.substring(cs, leadEnd);
    if (run.size() != 3 || !(lead.contains("三次产业") || lead.contains("产业结构"))) {
      return;
    }
    String[] names = {"第一产业", "第二产业", "第三产业"};
    // 由上年的9.1:43.5:47.4调整为8.7:43.9:47.4: the structure it changed from is the earlier period's
    String ratioPeriod = state.period;
    int from = Texts.indexOf(t, "由", leadStart, run.get(0).start);
    if (from >= 0) {
      int len = Periods.matchAt(t, from + 1, run.get(0).start);
      if (len == 0 && (t.startsWith("上年", from + 1) || t.startsWith("去年", from + 1))) {
        len = 2; // 由上年的…: the year before, a period only here
      }
      if (len > 0) {
        ratioPeriod = t.substring(from + 1, from + 1 + len);
      }
    }
    for (int k = 0; k < 3; k++) {
      Draft d = new Draft(ClaimAttr.SHARE_PCT);
      d.value = Objects.requireNonNull(run.get(k).tok).number();
      d.subjectOverride = names[k];
      d.start = leadStart;
      d.end = run.get(2).end;
      d.period = ratioPeriod;
      out.add(d);
    }
  }

  /** Whether the figure [at, end) is an estimate a revision replaced: 由3.1%向上修订为3.2%, (原先估计为3.0%). */
  private boolean isSuperseded(int cs, int at, int end) {
    int limit = Math.min(t.length(), end + REVISION_BEFORE + 4);
    return REVISION_AFTER.startingAt(t, Texts.skipSpace(t, end, limit), limit) != null
        || REVISION_OLD_BEFORE.indexOf(t, Math.max(cs, at - REVISION_BEFORE), at) >= 0;
  }

  private boolean isDistributive(Item it, int cs, int leadStart) {
    int p = it.start;
    String lead = t.substring(Math.min(leadStart, p), p);
    return lead.contains("分别") || lead.endsWith("均") || t.startsWith("均", p) || t.startsWith("分别", p)
        || (p > cs && t.charAt(p - 1) == '均');
  }

  /** The rank {@code d} again, for subject {@code s}. */
  private static Draft copy(Draft d, int[] s) {
    Draft c = new Draft(d.attr);
    c.value = d.value;
    c.top = d.top;
    c.tier = d.tier;
    c.scope = d.scope;
    c.period = d.period;
    c.region = d.region;
    c.start = d.start;
    c.end = d.end;
    c.subjectSuffix = d.subjectSuffix;
    c.status = d.status;
    c.subjectStart = s[0];
    c.subjectEnd = s[1];
    return c;
  }
}
