package io.github.gongbao.core.internal;

import io.github.gongbao.core.internal.Item.Kind;
import io.github.gongbao.core.model.SkipReason;
import io.github.gongbao.units.internal.NumberToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the claims of one clause after another: updates the clause state from the clause's frames (period, basis,
 * status, peer group), lets the {@link FigureClassifier} keep the figures that can be claims, finds ranks and 持平
 * ({@link RankFinder}), then walks the figures in runs: each run's subject ({@link SubjectFinder}, or the topic carried
 * forward), its pairing with a list ({@link ListPairing}), and one draft per figure ({@link ClaimEmitter}). Works on
 * folded text; offsets are shared with the original. One instance reads one document, on one thread.
 */
final class ClauseReader {
  private static final Lexicon.Words ENUMERATORS = Lexicon.standard().words("enumerators");
  /** Words that end a clause which frames what follows (按月份统计, 销售量指数方面, 分行业看). */
  private static final Lexicon.Words FRAME_CLAUSE_END = Lexicon.standard().words("frame_clause_end");
  private static final Lexicon.Words MILESTONE = Lexicon.standard().words("milestone");
  /** A subject that is only a total (总数, 总量): of the topic. */
  private static final Lexicon.Words AGGREGATES = Lexicon.standard().words("aggregate_nouns");
  /** Words that make a subject the new part of something (新增, 新引进). */
  private static final Lexicon.Words NEW_PREFIX = Lexicon.standard().words("new_prefix");
  /** Longest heading that can name a paragraph's topic, in characters. */
  private static final int MAX_HEADING = 20;
  private static final Comparator<Item> BY_START = Comparator.comparingInt(a -> a.start);

  private final String t;
  private final List<Skip> skipped;
  private final ClauseState state;
  private final SubjectFinder subjects;
  private final ListNames names;
  private final FigureClassifier figures;
  private final FigureQualifiers qualifiers;
  private final RankFinder ranks;
  private final ListPairing lists;
  private final AsideFigures asideFigures;
  /** The bracketed figures of the clause being read (百货商品(26.3亿)、…), in order. */
  private List<AsideFigures.Aside> asides = List.of();
  private final ClaimEmitter emitter;
  private final FrameReader frameReader;

  ClauseReader(String folded, List<Draft> out, List<Skip> skipped) {
    this.t = folded;
    this.skipped = skipped;
    this.state = new ClauseState(folded);
    this.subjects = new SubjectFinder(folded);
    this.names = new ListNames(folded, subjects.frames);
    this.figures = new FigureClassifier(folded);
    this.qualifiers = new FigureQualifiers(folded);
    this.ranks = new RankFinder(folded);
    this.lists = new ListPairing(folded, subjects.frames, names, state);
    this.asideFigures = new AsideFigures(folded, subjects.frames);
    this.frameReader = new FrameReader(folded, state, qualifiers);
    this.emitter = new ClaimEmitter(folded, out, subjects.frames, names, qualifiers, state);
  }

  void startParagraph() {
    state.startParagraph();
    subjects.frames.lastRegion = null;
  }

  void startSentence() {
    state.startSentence();
  }

  /** Reads clause [cs, ce) whose number tokens are {@code toks}. */
  void read(int cs, int ce, List<NumberToken> toks) {
    WorkMeter.add(ce - cs);
    if (frameReader.read(cs, ce, toks.isEmpty())) {
      return;
    }
    cs = Texts.skipSpace(t, cs, ce);
    int skippedBefore = skipped.size();
    List<Item> items = items(cs, ce, toks);
    if (items.isEmpty()) {
      int[] heading = isHeading(cs, ce) ? subjects.subjectOf(cs, ce, null) : milestoneSubject(cs, skippedBefore);
      if (heading != null) {
        // （一）税收收入。完成8.92亿元…: a numbered heading names what its paragraph's figures are about
        state.setTopic(heading);
      }
      if (FRAME_CLAUSE_END.endingAt(t, cs, Texts.trimEnd(t, cs, ce)) == null) {
        state.addPending(cs, ce); // 按月份统计，/ 销售量指数方面，: a frame, never an item of a list
      }
      return;
    }
    readItems(cs, ce, items);
    state.pendingClauses.clear();
  }

  /** The figures of the clause that can be claims, with its ranks and 持平, in text order; traps to {@code skipped}. */
  private List<Item> items(int cs, int ce, List<NumberToken> toks) {
    List<Item> items = new ArrayList<>();
    for (NumberToken tok : toks) {
      FigureClassifier.Figure f = figures.classify(tok, cs, ce);
      Item item = f.item();
      if (item != null) {
        items.add(item);
      } else {
        skipped.add(new Skip(tok.start(), tok.end(), Objects.requireNonNull(f.trap()).reason()));
      }
    }
    lists.propagateListUnits(items);
    asides = asideFigures.take(cs, ce, items, state.hasTopic() ? t.substring(state.topicStart, state.topicEnd) : null);
    items.removeIf(x -> x.kind == Kind.BARE && !x.ratio);
    ranks.findRanks(cs, ce, items);
    ranks.findFlat(cs, ce, items);
    // a count inside a rank's peer group (在全市9个县市区中排第2) is not a figure of its own
    items.removeIf(x -> x.kind == Kind.AMOUNT && insideRank(x, items));
    if (items.size() > 1) {
      items.sort(BY_START);
    }
    return items;
  }

  /**
   * 网络零售额突破20亿元，达到21.7亿元: a milestone passed over for the exact level beside it still names what the
   * level is of. @return the subject before the clause's first milestone figure, or null
   */
  private int @Nullable [] milestoneSubject(int cs, int skippedFrom) {
    for (Skip s : skipped.subList(skippedFrom, skipped.size())) {
      if (s.reason() == SkipReason.THRESHOLD) {
        String w = MILESTONE.endingAt(t, cs, s.start());
        return w == null ? null : subjects.subjectOf(cs, s.start() - w.length(), null);
      }
    }
    return null;
  }

  /** A short numbered sentence of its own: (一)税收收入。 */
  private boolean isHeading(int cs, int ce) {
    return ce - cs <= MAX_HEADING && ce < t.length() && t.charAt(ce) == '。'
        && subjects.frames.listMarkerLength(cs, ce) > 0;
  }

  private static boolean insideRank(Item x, List<Item> items) {
    for (Item r : items) {
      if (r.kind == Kind.RANK && x.start >= r.start && x.end <= r.end) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- runs, subjects and claims

  /** Walks the clause's figures run by run, each with its subject, and emits their drafts. */
  private void readItems(int cs, int ce, List<Item> items) {
    int prevEnd = cs;
    Draft prevDraft = null;
    for (AsideFigures.Aside a : asides) {
      Draft d = emitter.emit(cs, a.nameStart(), a.item().start, a.item(), new int[] {a.nameStart(), a.nameEnd()}, true,
          prevDraft);
      if (d != null) {
        d.subjectOverride = a.name();
        prevDraft = d;
      }
    }
    int[] lastRankSubject = null;
    List<int[]> enumerated = null;
    int i = 0;
    while (i < items.size()) {
      Item it = items.get(i);
      int leadStart = prevEnd;
      int leadEnd = Math.max(leadStart, it.start);
      String enumerator = it.kind == Kind.AMOUNT ? ENUMERATORS.startingAt(t, it.end, ce) : null;
      if (enumerator != null && isItemCount(it)) {
        // 工业增加值、工业投资、一般公共预算收入3项指标增速全市第一: the count numbers the list before it, and the
        // rank that follows belongs to each item of the list
        int[] listed = subjects.subjectOf(leadStart, leadEnd, null);
        List<int[]> parts = listed == null ? null : names.sharedParts(listed);
        if (parts != null && Objects.requireNonNull(it.tok).number().compareTo(BigDecimal.valueOf(parts.size())) == 0) {
          enumerated = parts;
          emitter.emit(cs, leadStart, it.start, it, new int[] {it.end, it.end + enumerator.length()}, true, prevDraft);
          prevEnd = it.end + enumerator.length();
          i++;
          continue;
        }
      }
      if (it.kind == Kind.RANK && enumerated != null) {
        for (int[] part : enumerated) {
          prevDraft = emitter.emit(cs, leadStart, it.start, it, part, true, prevDraft);
        }
        enumerated = null;
        prevEnd = it.end;
        i++;
        continue;
      }
      int runEnd = lists.runEnd(items, i); // a run of figures joined by 、/和 (分别增长8.4%、18.8%、31%)
      List<Item> run = items.subList(i, runEnd);
      prevEnd = run.get(run.size() - 1).end;
      i = runEnd;
      if (it.kind == Kind.BARE) {
        if (it.ratio) {
          emitter.readRatio(cs, leadStart, leadEnd, run);
        }
        continue;
      }
      int[] subj = subjectOfRun(leadStart, leadEnd, it, lastRankSubject);
      if (subj == null && !state.hasTopic()) {
        topicFromPendingClauses();
      }
      ListPairing.Pairing pairing = AsideFigures.pairing(asides, run, subj);
      if (pairing != null) {
        subj = pairing.listSubjects() != null ? null : new int[] {asides.get(0).nameStart(), asides.get(0).nameEnd()};
      } else {
        pairing = lists.pair(cs, leadStart, leadEnd, run, subj);
      }
      List<int[]> listSubjects = pairing.listSubjects();
      List<Draft> runDrafts = new ArrayList<>(run.size());
      for (int k = 0; k < run.size(); k++) {
        Item r = run.get(k);
        int[] s = listSubjects != null ? listSubjects.get(k) : subj;
        if (s == null && r.kind == Kind.AMOUNT) {
          s = subjects.objectAfter(r.end, ce);
        }
        boolean explicit = s != null;
        if (s == null && state.hasTopic()) {
          s = state.topic();
        }
        Draft d = emitter.emit(cs, k == 0 ? leadStart : run.get(k - 1).end, r.start, r, s, explicit, prevDraft);
        if (d == null) {
          continue;
        }
        List<@Nullable String> names = pairing.names();
        if (names != null && names.get(k) != null) {
          d.subjectOverride = names.get(k);
        }
        if (r.kind == Kind.RANK) {
          lastRankSubject = s;
        }
        runDrafts.add(d);
        prevDraft = d;
      }
      ListPairing.splitReferences(runDrafts);
      boolean budget = prevDraft != null && prevDraft.budgetOfTopic;
      boolean emitted = prevDraft != null && prevDraft.end == run.get(run.size() - 1).end;
      if (subj != null && it.kind != Kind.RANK && it.kind != Kind.FLAT && !budget && emitted) {
        state.setTopic(subj);
        state.addSentenceSubject(subj);
      } else if (listSubjects != null) {
        for (int[] s : listSubjects) {
          if (s != null) {
            state.addSentenceSubject(s);
          }
        }
      }
      if (subj != null && subj[0] >= prevEnd) {
        prevEnd = subj[1];
      }
    }
  }

  /** A count in 项 or 个 (3项指标): it may number the list before it. */
  private static boolean isItemCount(Item it) {
    String unit = Objects.requireNonNull(it.tok).unit().code();
    return unit.equals("unit:项") || unit.equals("unit:个");
  }

  /**
   * The subject the words [leadStart, leadEnd) name for the run starting with {@code it}: a name, the peers a count
   * counts, what a peer frame ranks, the subject of the rank before; null when the figure falls to the topic.
   */
  private int @Nullable [] subjectOfRun(int leadStart, int leadEnd, Item it, int @Nullable [] lastRankSubject) {
    subjects.periodInSubject = null;
    int[] subj = subjects.subjectOf(leadStart, leadEnd, it);
    if (subj != null && state.hasTopic() && !subjects.namesSomething(subj)) {
      subj = null; // 而第二季则上升0.4%: words that name nothing leave the figure to the topic
    }
    if (subjects.periodInSubject != null) {
      state.period = subjects.periodInSubject.strip(); // it frames this figure and those after it
    }
    if (subj != null && state.hasTopic() && state.topicEnd == subj[0] && state.topicStart < subj[0]) {
      // 120兆瓦光伏电站项目总投资5.2亿元: the name the figure before took as its object is this figure's name too
      subj = new int[] {state.topicStart, subj[1]};
    }
    if (subj != null && state.hasTopic() && AGGREGATES.contains(t.substring(subj[0], subj[1]))) {
      subj = wholeOfTopic(); // 新增上市企业3家，总数达到17家: the total is of the topic, not of the new ones
    }
    PeerFrame peer = state.peer;
    if (peer != null && it.kind == Kind.AMOUNT && it.end == peer.noun()[0]) {
      subj = peer.noun(); // 在16个县市区(…)…中: the count counts the peers
    }
    if (subj == null && it.kind == Kind.RANK && peer != null && peer.subject() != null && lastRankSubject == null) {
      subj = peer.subject(); // 在16个县市区经济运行综合考核中，我县排名第3: what the frame ranks
    }
    if (subj == null && it.kind == Kind.RANK && lastRankSubject != null) {
      subj = lastRankSubject; // 营商环境评价由全省第7位跃升至第3位: the rank moved, the subject is the same
    }
    return subj;
  }

  /** The topic without a prefix that makes it the new part only (新增上市企业 → 上市企业). */
  private int[] wholeOfTopic() {
    int[] topic = state.topic();
    String prefix = NEW_PREFIX.startingAt(t, topic[0], topic[1]);
    if (prefix != null && Texts.cjkCount(t, topic[0] + prefix.length(), topic[1]) >= 2) {
      topic[0] += prefix.length();
    }
    return topic;
  }

  /**
   * 资本形成则是唯一负贡献,实质负成长0.04%: the subject is in a clause before (the nearest such clause that names
   * something: 过去一年，全县地区生产总值突破300亿元，达到312.6亿元); it becomes the topic.
   */
  private void topicFromPendingClauses() {
    List<int[]> pending = state.pendingClauses;
    for (int p = pending.size() - 1; p >= 0 && !state.hasTopic(); p--) {
      WorkMeter.add(pending.get(p)[1] - pending.get(p)[0]);
      int[] found = subjects.subjectOf(pending.get(p)[0], pending.get(p)[1], null);
      if (found != null) {
        state.setTopic(found);
      }
    }
  }
}
