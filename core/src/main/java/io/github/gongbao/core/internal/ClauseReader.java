package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.internal.NumberToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the claims of one clause: classifies each figure by the words before it, finds its subject (the
 * words between the previous figure and this one, or the paragraph's topic when there are none), and
 * handles lists (分别, 、), ranks, 持平 and structure ratios. Works on folded text; offsets are shared with
 * the original. One instance reads one document, on one thread.
 */
final class ClauseReader {
  private static final Lexicon.Words QUALIFIER = Lexicon.standard().words("qualifier");
  private static final Lexicon.Words YOY = Lexicon.standard().words("yoy");
  private static final Lexicon.Words MOM = Lexicon.standard().words("mom");
  private static final java.util.regex.Pattern MOM_FRAME = java.util.regex.Pattern.compile("\\s*(从|分)?(环比|按季)(看|来看|比较|而言|计算)?\\s*");
  private static final java.util.regex.Pattern YOY_FRAME = java.util.regex.Pattern.compile("\\s*(从|分)?(同比|按年)(看|来看|比较|而言|计算)?\\s*");
  /** A clause longer than this is not a basis frame (从环比看) but a statement. */
  private static final int MAX_FRAME = 16;

  private final String t;
  private final List<Draft> out;
  private final SubjectFinder subjects;
  private final FigureClassifier figures;
  private final FigureQualifiers qualifiers;
  private final RankFinder ranks;
  /** The status a status word set for the rest of the sentence (预计, 目标); null for actuals. */
  private io.github.gongbao.core.model.@Nullable Status sentenceStatus;
  /** The status of the sentence before, for a 其中 breakdown that follows it. */
  private io.github.gongbao.core.model.@Nullable Status previousSentenceStatus;
  /** A basis stated in a clause of its own (按不变价格计算，), for the rest of the sentence. */
  private io.github.gongbao.core.model.@Nullable Basis sentenceBasis;
  private final List<Skip> skipped;

  /** Paragraph state: the current topic (subject offsets), period, basis and rank scope. */
  int topicStart = -1;
  int topicEnd = -1;
  @Nullable String period;
  boolean momFrame;
  @Nullable String lastScope;
  /** Subjects named in the current sentence, for 均居全省前列; the nearest {@value #MAX_SHARED} only. */
  final List<int[]> sentenceSubjects = new ArrayList<>();
  /** Their texts, so that adding one is a hash lookup, not a scan of the sentence. */
  private final java.util.Set<String> sentenceSubjectTexts = new java.util.HashSet<>();
  /** No real sentence shares one predicate among more subjects; the bound keeps output linear in input. */
  static final int MAX_SHARED = 12;
  /** Figure-less clauses remembered for a sentence; a sentence without punctuation keeps only the nearest. */
  static final int MAX_PENDING = 12;

  /**
   * The currency of a bare 元 in this report: the New Taiwan, Hong Kong or Macao dollar when the report is written by
   * their offices or names their currency (data lists in the lexicon), else yuan; found on the first 元, null before.
   */
  private @Nullable String localYuan;
  private static final String[] LOCAL_CURRENCIES = {"TWD", "HKD", "MOP"};
  private static final Lexicon.Words[] LOCAL_MARKERS = {Lexicon.standard().words("twd_markers"),
      Lexicon.standard().words("hkd_markers"), Lexicon.standard().words("mop_markers")};

  private static final Lexicon.Words ANY_LOCAL_MARKER = Lexicon.standard().union("twd_markers", "hkd_markers",
      "mop_markers");

  private String localYuan() {
    if (localYuan == null) {
      localYuan = "CNY";
      // one scan for any office's marker; the lists apart only when one is there (a few reports in a thousand)
      if (ANY_LOCAL_MARKER.occursIn(t) && !t.contains("人民币")) {
        for (int k = 0; k < LOCAL_CURRENCIES.length; k++) {
          if (LOCAL_MARKERS[k].occursIn(t)) {
            localYuan = LOCAL_CURRENCIES[k];
            break;
          }
        }
      }
    }
    return localYuan;
  }

  ClauseReader(String folded, List<Draft> out, List<Skip> skipped) {
    this.t = folded;
    this.out = out;
    this.skipped = skipped;
    this.subjects = new SubjectFinder(folded);
    this.figures = new FigureClassifier(folded);
    this.qualifiers = new FigureQualifiers(folded);
    this.ranks = new RankFinder(folded);
    this.yoyWords = YOY.cursor(folded);
    this.momWords = MOM.cursor(folded);
  }

  /** The basis words of the clauses, found in one pass as the clauses come in order. */
  private final Lexicon.Cursor yoyWords;
  private final Lexicon.Cursor momWords;

  /** A number found but passed over, with the reason. */
  record Skip(int start, int end, io.github.gongbao.core.model.SkipReason reason) {}

  /** Whether the current sentence has stated a percentage (a growth rate, a share, a rate's level). */
  private boolean percentInSentence;
  /**
   * A peer-group frame of the current sentence (在16个县市区(…)经济指标综合排名中，我县由第12位上升到第6位): the
   * scope of the ranks after it, and what they rank when they name nothing themselves; null when none.
   */
  private @Nullable String peerScope;
  private int @Nullable [] peerSubject;
  /** The peers counted in the frame (县市区 of 16个县市区): the subject of that count. */
  private int @Nullable [] peerNoun;
  private static final Lexicon.Words PEER_GROUPS = Lexicon.standard().words("peer_groups");

  /** 在[全市]16个县市区[(…)]经济运行综合考核中: reads the frame into {@link #peerScope} and {@link #peerSubject}. */
  private void readPeerFrame(int cs, int ce) {
    int e = ce;
    while (e > cs && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (e - cs < 5 || t.charAt(cs) != '在' || t.charAt(e - 1) != '中') {
      return;
    }
    int count = Texts.indexOf(t, "个", cs, e);
    if (count < 0 || count == cs + 1 || !Character.isDigit(t.charAt(count - 1))) {
      return;
    }
    int n = count;
    while (n > cs + 1 && Character.isDigit(t.charAt(n - 1))) {
      n--;
    }
    String peer = PEER_GROUPS.startingAt(t, count + 1, e);
    if (peer == null) {
      return;
    }
    int peerEnd = count + 1 + peer.length();
    peerScope = t.substring(n, peerEnd);
    peerNoun = new int[] {count + 1, peerEnd};
    int nameStart = peerEnd;
    if (nameStart < e && t.charAt(nameStart) == '(') {
      int close = Texts.indexOf(t, ")", nameStart, e);
      nameStart = close < 0 ? e : close + 1; // (含其他县市区比拼对象): an aside about the peers
    }
    peerSubject = e - 1 - nameStart >= 2 ? new int[] {nameStart, e - 1} : null;
  }

  /** Whether the current sentence has named a year-on-year basis (同比上涨2.7%、环比下降1.2%: no 环比 carry). */
  private boolean yoyInSentence;

  void startParagraph() {
    peerScope = null;
    peerSubject = null;
    peerNoun = null;
    percentInSentence = false;
    yoyInSentence = false;
    subjects.lastRegion = null;
    topicStart = -1;
    topicEnd = -1;
    momFrame = false;
    sentenceSubjects.clear();
    sentenceSubjectTexts.clear();
    pendingClauses.clear();
    lastDistributed = null;
    lastDistributedNames = null;
    previousSentenceStatus = null; // a status does not cross a paragraph
    sentenceStatus = null;
    sentenceBasis = null;
  }

  void startSentence() {
    // a basis frame of its own (环比看，) covers its paragraph, until another frame or paragraph
    percentInSentence = false;
    yoyInSentence = false;
    peerScope = null;
    peerSubject = null;
    peerNoun = null;
    sentenceSubjects.clear();
    sentenceSubjectTexts.clear();
    pendingClauses.clear();
    lastDistributed = null;
    lastDistributedNames = null;
    previousSentenceStatus = sentenceStatus;
    sentenceStatus = null;
    sentenceBasis = null;
  }

  /** Clauses of the current sentence with no figure, since the last one with figures. */
  final List<int[]> pendingClauses = new ArrayList<>();

  /** Reads clause [cs, ce) whose number tokens are {@code toks}. */
  void read(int cs, int ce, List<NumberToken> toks) {
    WorkMeter.add(ce - cs);
    io.github.gongbao.core.model.Status status = qualifiers.statusIn(cs, ce);
    if (status != null) {
      sentenceStatus = status; // 预计全年…、增长…；…: a status word covers the rest of its sentence
    } else if (sentenceStatus == null && t.startsWith("其中", cs)) {
      sentenceStatus = previousSentenceStatus; // and the 其中 breakdown that follows it
    }
    if (toks.isEmpty()) {
      io.github.gongbao.core.model.Basis basis = qualifiers.growthBasisIn(cs, ce);
      if (basis != null) {
        sentenceBasis = basis; // 按不变价格计算，比上年增长5.6%: a basis of its own covers the clauses after it
      }
    }
    cs = skipSpace(cs, ce);
    int pstart = cs < ce && t.charAt(cs) == '在' ? cs + 1 : cs; // 在第四季按年再升12.7%: 在 before the period
    int plen = Periods.matchAt(t, pstart, ce);
    if (plen > 0) {
      period = t.substring(pstart, pstart + plen).strip();
      percentInSentence = false; // a new frame starts a new statement
    }
    if (ce - cs <= MAX_FRAME && Texts.indexOf(t, "比", cs, ce) >= 0) {
      String clause = t.substring(cs, ce);
      if (MOM_FRAME.matcher(clause).matches()) {
        momFrame = true;
        return;
      }
      if (YOY_FRAME.matcher(clause).matches()) {
        momFrame = false;
        return;
      }
    }
    if (yoyWords.indexOf(cs, ce) >= 0) {
      yoyInSentence = true;
      momFrame = false; // 分三大门类看，采矿业增加值同比增长3.3%，制造业增长6.8%: a stated basis ends the frame
    } else if (!yoyInSentence && momWords.indexOf(cs, ce) >= 0) {
      // 全市居民消费价格环比上涨0.3%。其中，城市上涨0.3%: month on month, stated alone, goes on for the paragraph
      // (经季节性调整后与对上季度比较，第四季…上升0.6%: also from a clause of its own)
      momFrame = true;
    }
    readPeerFrame(cs, ce);
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
    propagateListUnits(items);
    for (int k = items.size() - 1; k >= 0; k--) {
      if (items.get(k).kind == Kind.BARE && !items.get(k).ratio) {
        items.remove(k);
      }
    }
    ranks.findRanks(cs, ce, items);
    ranks.findFlat(cs, ce, items);
    // a count inside a rank's peer group (在全市9个县市区中排第2) is not a figure of its own
    for (int k = items.size() - 1; k >= 0; k--) {
      if (items.get(k).kind == Kind.AMOUNT && insideRank(items.get(k), items)) {
        items.remove(k);
      }
    }
    if (items.size() > 1) {
      items.sort(BY_START);
    }
    if (items.isEmpty()) {
      int[] heading = isHeading(cs, ce) ? subjects.subjectOf(cs, ce, null) : null;
      if (heading != null) {
        // （一）税收收入。完成8.92亿元…: a numbered heading names what its paragraph's figures are about
        topicStart = heading[0];
        topicEnd = heading[1];
      }
      pendingClauses.add(new int[] {cs, ce});
      if (pendingClauses.size() > MAX_PENDING) {
        pendingClauses.remove(0);
      }
      return;
    }
    readItems(cs, ce, items);
    pendingClauses.clear();
  }

  // ---------------------------------------------------------------- items

  /** Longest heading that can name a paragraph's topic, in characters. */
  private static final int MAX_HEADING = 20;

  /** A short numbered sentence of its own: (一)税收收入。 */
  private boolean isHeading(int cs, int ce) {
    return ce - cs <= MAX_HEADING && ce < t.length() && t.charAt(ce) == '。'
        && subjects.listMarkerLength(cs, ce) > 0;
  }

  private static final java.util.Comparator<Item> BY_START = (a, b) -> Integer.compare(a.start, b.start);

  private static boolean insideRank(Item x, List<Item> items) {
    for (Item r : items) {
      if (r.kind == Kind.RANK && x.start >= r.start && x.end <= r.end) {
        return true;
      }
    }
    return false;
  }

  /** A figure or phrase in a clause, before its subject is known. */
  static final class Item {
    /** Set on construction; a bare number in a list may take the kind of the figure closing it. */
    Kind kind;
    int start;
    int end;
    /** The number read; null for a rank and a 持平 against something, which are phrases. */
    @Nullable NumberToken tok;
    @Nullable String rankTier;
    @Nullable BigDecimal rankPos;
    @Nullable String rankScope;
    /** A bare 持平 inside a run of percentages (上涨0.1%、持平、下降0.6%): a zero of the run's kind. */
    boolean flat;
    /** What a 持平 is level with (与全省持平: 全省); set for {@link Kind#FLAT}. */
    @Nullable String flatAgainst;
    boolean ratio;
    boolean impliedYuan;

    Item(Kind kind) {
      this.kind = kind;
    }
  }

  enum Kind { PCT, PP, TIMES, AMOUNT, BARE, RANK, FLAT }

  private static final Lexicon.Words REVISION_OLD_BEFORE = Lexicon.standard().words("revision_old_before");
  private static final Lexicon.Words REVISION_AFTER = Lexicon.standard().words("revision_after");
  /** How far before a figure 原先估计为 may stand. */
  private static final int REVISION_BEFORE = 8;

  /** Whether the figure [at, end) is an estimate a revision replaced: 由3.1%向上修订为3.2%, (原先估计为3.0%). */
  private boolean isSuperseded(int cs, int at, int end) {
    int limit = Math.min(t.length(), end + REVISION_BEFORE + 4);
    return REVISION_AFTER.startingAt(t, skipSpace(end, limit), limit) != null
        || REVISION_OLD_BEFORE.indexOf(t, Math.max(cs, at - REVISION_BEFORE), at) >= 0;
  }

  /** 0.1和1.2个百分点: a bare number in a list takes the unit of the figure that closes the list. */
  private void propagateListUnits(List<Item> items) {
    for (int i = items.size() - 2; i >= 0; i--) {
      Item a = items.get(i);
      Item b = items.get(i + 1);
      if (a.kind == Kind.BARE && b.kind != Kind.BARE && onlySeparators(a.end, b.start)
          && b.kind != Kind.AMOUNT) {
        a.kind = b.kind;
      }
      if (a.kind == Kind.BARE && b.kind == Kind.BARE && t.charAt(a.end) == ':') {
        a.ratio = true;
        b.ratio = true;
      }
    }
  }

  private static final Lexicon.Words RUN_VERBS = Lexicon.standard().union("rise", "fall");

  /** 分别增长4.6%、下降2.8%: a separator, then a rise or fall verb of the next figure of the same run. */
  private boolean separatorThenVerb(int from, int to) {
    int i = from;
    while (i < to && "、和与及 ,".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    String verb = i > from ? RUN_VERBS.startingAt(t, i, to) : null;
    return verb != null && i + verb.length() == to;
  }

  private boolean onlySeparators(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c != '、' && c != '和' && c != '与' && c != '及' && c != ' ' && c != ',') {
        return false;
      }
    }
    return to > from;
  }

  // ---------------------------------------------------------------- subjects and claims

  private void readItems(int cs, int ce, List<Item> items) {
    int prevEnd = cs;
    Draft prevDraft = null;
    int[] lastRankSubject = null;
    List<int[]> enumerated = null;
    int i = 0;
    while (i < items.size()) {
      Item it = items.get(i);
      int leadStart = prevEnd;
      int leadEnd = Math.max(leadStart, it.start);
      String enumerator = it.kind == Kind.AMOUNT ? ENUMERATORS.startingAt(t, it.end, ce) : null;
      if (enumerator != null && (Objects.requireNonNull(it.tok).unit().code().equals("unit:项")
          || it.tok.unit().code().equals("unit:个"))) {
        // 工业增加值、工业投资、一般公共预算收入3项指标增速全市第一: the count numbers the list before it, and the
        // rank that follows belongs to each item of the list
        int[] listed = subjects.subjectOf(leadStart, leadEnd, null);
        List<int[]> parts = listed == null ? null : subjects.sharedParts(listed);
        if (parts != null && it.tok.number().compareTo(BigDecimal.valueOf(parts.size())) == 0) {
          enumerated = parts;
          emit(cs, leadStart, it.start, it, new int[] {it.end, it.end + enumerator.length()}, true, prevDraft);
          prevEnd = it.end + enumerator.length();
          i++;
          continue;
        }
      }
      if (it.kind == Kind.RANK && enumerated != null) {
        for (int[] part : enumerated) {
          prevDraft = emit(cs, leadStart, it.start, it, part, true, prevDraft);
        }
        enumerated = null;
        prevEnd = it.end;
        i++;
        continue;
      }
      // a run of figures joined by 、/和 (分别增长8.4%、18.8%、31%)
      int runEnd = i + 1;
      while (runEnd < items.size() && sameKind(items.get(runEnd - 1), items.get(runEnd))
          && (onlySeparators(items.get(runEnd - 1).end, items.get(runEnd).start)
              || separatorThenVerb(items.get(runEnd - 1).end, items.get(runEnd).start)
              || (it.ratio && items.get(runEnd).ratio && t.charAt(items.get(runEnd - 1).end) == ':'))) {
        runEnd++;
      }
      List<Item> run = items.subList(i, runEnd);
      if (it.kind == Kind.BARE) {
        if (it.ratio) {
          readRatio(cs, leadStart, leadEnd, run);
        }
        prevEnd = items.get(runEnd - 1).end;
        i = runEnd;
        continue;
      }
      subjects.periodInSubject = null;
      int[] subj = subjects.subjectOf(leadStart, leadEnd, it);
      if (subj != null && topicStart >= 0 && !subjects.namesSomething(subj)) {
        subj = null; // 而第二季则上升0.4%: words that name nothing leave the figure to the topic
      }
      if (subjects.periodInSubject != null) {
        period = subjects.periodInSubject.strip(); // it frames this figure and those after it, as at a clause start
      }
      if (peerNoun != null && it.kind == Kind.AMOUNT && it.end == peerNoun[0]) {
        subj = peerNoun; // 在16个县市区(…)…中: the count counts the peers
      }
      if (subj == null && it.kind == Kind.RANK && peerSubject != null && lastRankSubject == null) {
        subj = peerSubject; // 在16个县市区经济运行综合考核中，我县排名第3: what the frame ranks
      }
      if (subj == null && it.kind == Kind.RANK && lastRankSubject != null) {
        subj = lastRankSubject; // 营商环境评价由全省第7位跃升至第3位: the rank moved, the subject is the same
      }
      boolean distributive = run.size() > 1 && t.substring(leadStart, leadEnd).contains("分别");
      String[] splitNames = distributive && run.size() == 2 ? urbanRural(subj) : null;
      if (distributive && subj == null && lastDistributed != null && lastDistributed.size() == run.size()) {
        // 城乡居民人均可支配收入分别达到49218元和26835元，分别增长4.7%和6.8%: the same subjects, in order
        splitNames = lastDistributedNames;
      }
      List<int[]> listSubjects = run.size() > 1 ? subjects.listSubjects(cs, leadStart, leadEnd, subj, run.size())
          : null;
      if (listSubjects == null && distributive && subj != null && splitNames == null) {
        List<int[]> parts = subjects.sharedParts(subj);
        if (parts != null && parts.size() == run.size() && subjects.sharedHead(parts) != null) {
          // 飞机票和旅行社收费价格分别上涨16.8%和9.3%: the names joined by 和, in order, with their shared head
          // (without one, as in 咸宁和宜昌上半年签约项目金额, the names stay together)
          listSubjects = parts;
        }
      }
      String[] sharedHead = listSubjects != null && splitNames == null ? subjects.sharedHead(listSubjects) : null;
      if (distributive && subj == null && lastDistributed != null && lastDistributed.size() == run.size()
          && splitNames == null) {
        listSubjects = lastDistributed;
      }
      if (listSubjects == null && splitNames == null && run.size() > 1 && subj != null
          && pendingClauses.size() + 1 >= run.size()
          && t.substring(leadStart, leadEnd).contains("分别") && shortClauses(run.size() - 1)) {
        // 住宿和餐饮业,租赁和商务服务业,…生产指数同比分别增长39.5%、14.0%、…
        listSubjects = new ArrayList<>();
        for (int[] pc : pendingClauses.subList(pendingClauses.size() - run.size() + 1, pendingClauses.size())) {
          listSubjects.add(new int[] {subjects.skipFrames(pc[0], pc[1]), pc[1]});
        }
        listSubjects.add(subj);
      }
      if (subj == null && topicStart < 0 && !pendingClauses.isEmpty()) {
        // 资本形成则是唯一负贡献,实质负成长0.04%: the subject is in the clause before
        // (the nearest such clause that names something: 过去一年，全县地区生产总值突破300亿元，达到312.6亿元)
        for (int p = pendingClauses.size() - 1; p >= 0 && topicStart < 0; p--) {
          WorkMeter.add(pendingClauses.get(p)[1] - pendingClauses.get(p)[0]);
          int[] found = subjects.subjectOf(pendingClauses.get(p)[0], pendingClauses.get(p)[1], null);
          if (found != null) {
            topicStart = found[0];
            topicEnd = found[1];
          }
        }
      }
      if (listSubjects == null && splitNames == null && distributive && subj == null
          && sentenceSubjects.size() >= run.size()) {
        // 接待游客1260万人次，实现旅游收入98.7亿元，分别增长15.3%和18.6%: one figure per subject named before,
        // the nearest ones when the sentence named more
        listSubjects = new ArrayList<>(
            sentenceSubjects.subList(sentenceSubjects.size() - run.size(), sentenceSubjects.size()));
      }
      if (listSubjects == null && splitNames == null && distributive && run.size() == 2 && subj == null
          && topicStart >= 0) {
        splitNames = urbanRural(new int[] {topicStart, topicEnd});
      }
      if (distributive) {
        lastDistributed = listSubjects;
        lastDistributedNames = splitNames;
        if (listSubjects == null && splitNames != null) {
          lastDistributed = java.util.Collections.nCopies(splitNames.length, subj != null ? subj
              : new int[] {topicStart, topicEnd});
        }
      }
      List<Draft> runDrafts = new ArrayList<>(run.size());
      for (int k = 0; k < run.size(); k++) {
        Item r = run.get(k);
        int[] s = listSubjects != null ? listSubjects.get(k) : subj;
        if (s == null && r.kind == Kind.AMOUNT) {
          s = subjects.objectAfter(r.end, ce);
        }
        boolean explicit = s != null;
        if (s == null) {
          s = topicStart >= 0 ? new int[] {topicStart, topicEnd} : null;
        }
        Draft d = emit(cs, k == 0 ? leadStart : run.get(k - 1).end, r.start, r, s, explicit, prevDraft);
        if (d != null && splitNames != null) {
          d.subjectOverride = splitNames[k];
        } else if (d != null && sharedHead != null && sharedHead[k] != null) {
          d.subjectOverride = sharedHead[k];
        }
        if (d != null && r.kind == Kind.RANK) {
          lastRankSubject = s;
        }
        if (d != null) {
          runDrafts.add(d);
        }
        if (d != null) {
          prevDraft = d;
        }
      }
      splitReferences(runDrafts);
      boolean budget = prevDraft != null && prevDraft.budgetOfTopic;
      boolean emitted = prevDraft != null && prevDraft.end == run.get(run.size() - 1).end;
      if (subj != null && it.kind != Kind.RANK && it.kind != Kind.FLAT && !budget && emitted) {
        topicStart = subj[0];
        topicEnd = subj[1];
        addSentenceSubject(subj);
      } else if (listSubjects != null) {
        for (int[] s : listSubjects) {
          if (s != null) {
            addSentenceSubject(s);
          }
        }
      }
      prevEnd = run.get(run.size() - 1).end;
      if (subj != null && subj[0] >= prevEnd) {
        prevEnd = subj[1];
      }
      i = runEnd;
    }
  }

  /** 较1—4月份和上年同期分别提高0.1和1.2个百分点: one reference per figure of the run, in order. */
  private static void splitReferences(List<Draft> run) {
    if (run.size() < 2 || run.get(0).benchmark == null) {
      return;
    }
    String shared = run.get(0).benchmark;
    for (Draft d : run) {
      if (!shared.equals(d.benchmark)) {
        return;
      }
    }
    String[] parts = shared.split("和|、|及|与", 0); // 0: trailing empty parts dropped
    if (parts.length != run.size()) {
      return;
    }
    for (int k = 0; k < parts.length; k++) {
      run.get(k).benchmark = parts[k].strip();
    }
  }

  private static final Lexicon.Words ENUMERATORS = Lexicon.standard().words("enumerators");
  private static final Lexicon.Words URBAN_RURAL = Lexicon.standard().words("urban_rural");

  /** The subjects of the sentence's last distributive run (分别), to pair a second run of as many figures. */
  private @Nullable List<int[]> lastDistributed;
  private String @Nullable [] lastDistributedNames;

  /**
   * 城乡居民人均可支配收入, 城镇和农村居民人均可支配收入 (with 分别 and two figures): the urban and the rural indicator;
   * null for any other subject.
   */
  private String @Nullable [] urbanRural(int @Nullable [] subj) {
    if (subj == null) {
      return null;
    }
    String w = URBAN_RURAL.startingAt(t, subj[0], subj[1]);
    if (w == null || subj[1] - subj[0] - w.length() < 2) {
      return null;
    }
    String rest = t.substring(subj[0] + w.length(), subj[1]);
    return new String[] {"城镇" + rest, "农村" + rest};
  }

  /** The last n figure-less clauses are short noun phrases (a list broken by commas), not statements. */
  private boolean shortClauses(int n) {
    for (int[] pc : pendingClauses.subList(pendingClauses.size() - n, pendingClauses.size())) {
      if (pc[1] - pc[0] > 14) {
        return false;
      }
    }
    return true;
  }

  private void addSentenceSubject(int[] s) {
    WorkMeter.add(s[1] - s[0]);
    if (!sentenceSubjectTexts.add(t.substring(s[0], s[1]))) {
      return;
    }
    sentenceSubjects.add(s);
    if (sentenceSubjects.size() > MAX_SHARED) {
      sentenceSubjects.remove(0);
    }
  }

  private static boolean sameKind(Item a, Item b) {
    if (a.ratio && b.ratio) {
      return true;
    }
    if (a.kind != b.kind || a.kind == Kind.RANK || a.kind == Kind.FLAT) {
      return false;
    }
    return a.kind != Kind.AMOUNT
        || Objects.requireNonNull(a.tok).unit().equals(Objects.requireNonNull(b.tok).unit());
  }

  /** 三次产业结构比例为6.01:55.04:38.95 → three shares. */
  private void readRatio(int cs, int leadStart, int leadEnd, List<Item> run) {
    String lead = t.substring(cs, leadEnd);
    if (run.size() != 3 || !(lead.contains("三次产业") || lead.contains("产业结构"))) {
      return;
    }
    String[] names = {"第一产业", "第二产业", "第三产业"};
    // 由上年的9.1:43.5:47.4调整为8.7:43.9:47.4: the structure it changed from is the earlier period's
    String ratioPeriod = period;
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
      Item r = run.get(k);
      Draft d = new Draft(ClaimAttr.SHARE_PCT);
      d.value = Objects.requireNonNull(r.tok).number();
      d.subjectOverride = names[k];
      d.start = leadStart;
      d.end = run.get(2).end;
      d.period = ratioPeriod;
      out.add(d);
    }
  }

  /**
   * Builds the claim of one figure. {@code ctxStart} is where the words that classify it begin (the
   * clause start), {@code leadStart}..{@code at} the words right before it.
   */
  private @Nullable Draft emit(int cs, int leadStart, int at, Item it, int @Nullable [] subj, boolean explicit,
      @Nullable Draft prevDraft) {
    // the verdict first (it reads only the text and the item): no claim without one
    Classifier.Verdict v = Classifier.classify(t, cs, at, it, prevDraft, momFrame);
    if (v == null) {
      return null;
    }
    Draft d = new Draft(v.attr);
    d.start = Math.max(cs, Math.min(leadStart, subj != null && explicit ? subj[0] : leadStart));
    d.region = subjects.lastRegion;
    d.end = it.end;
    d.period = period;
    if (subj != null) {
      d.subjectStart = subj[0];
      d.subjectEnd = subj[1];
    } else {
      d.subjectStart = d.subjectEnd = -1;
    }
    d.benchmark = v.benchmark;
    if (it.kind == Kind.FLAT && d.attr != ClaimAttr.PP_VS && d.attr != ClaimAttr.PP_CHANGE && percentInSentence && !explicit) {
      // 增长6.2%，与1—4月份持平 / 失业率为5.1%，与上月持平: the percentage just stated has not changed
      d.attr = ClaimAttr.PP_CHANGE;
      d.benchmark = it.flatAgainst;
    }
    if (!explicit && (d.attr == ClaimAttr.YOY_PCT || d.attr == ClaimAttr.AMOUNT || d.attr == ClaimAttr.PP_CHANGE)) {
      int q = QUALIFIER.indexOf(t, Math.max(cs, at - 24), at);
      if (q >= 0) {
        d.subjectSuffix = "(" + QUALIFIER.startingAt(t, q, at) + ")";
      }
    }
    if ((d.attr == ClaimAttr.YOY_PCT || d.attr == ClaimAttr.MOM_PCT) && isSuperseded(cs, at, it.end)) {
      d.subjectSuffix = "(原来)"; // 由3.1%向上修订为3.2%: the old estimate, beside the new one
    }
    d.statedAs = v.statedAs;
    d.status = d.attr == ClaimAttr.SHARE_PCT && sentenceStatus == io.github.gongbao.core.model.Status.TARGET ? null
        : sentenceStatus;
    d.bound = it.kind == Kind.RANK || it.kind == Kind.FLAT ? null
        : qualifiers.boundOf(cs, t.length(), it.start, it.end);
    if (d.attr == ClaimAttr.YOY_PCT) {
      d.basis = qualifiers.growthBasisIn(cs, at);
      if (d.basis == null) {
        d.basis = sentenceBasis;
      }
    }
    switch (it.kind) {
      case AMOUNT:
        d.number = Objects.requireNonNull(it.tok).number();
        d.scaleWord = it.tok.scaleWord();
        d.unit = it.impliedYuan ? io.github.gongbao.units.UnitCatalogue.standard().byCode("CNY").orElseThrow()
            : it.tok.unit();
        if (d.unit.dimension().equals("mass") && subj != null && t.substring(subj[0], subj[1]).endsWith("亩产")) {
          // 粮食亩产达到500公斤: a yield per mu, a unit of the catalogue (units.tsv)
          d.unit = io.github.gongbao.units.UnitCatalogue.standard().byWord(d.unit.word() + "/亩").orElse(d.unit);
        }
        if (d.unit.code().equals("CNY") && !localYuan().equals("CNY") && isBareYuan(it)) {
          d.unit = io.github.gongbao.units.UnitCatalogue.standard().byCode(localYuan()).orElse(d.unit);
        }
        d.value = it.tok.number().multiply(io.github.gongbao.units.Scales.valueOf(it.tok.scaleWord()));
        if (v.suffix != null) {
          d.subjectSuffix = v.suffix;
          if (v.suffixReplacesSubject) {
            // 完成预算105425万元: the subject is the topic's budget
            d.budgetOfTopic = true;
            d.subjectStart = topicStart;
            d.subjectEnd = topicEnd;
            if (topicStart < 0) {
              return null;
            }
          }
        }
        break;
      case RANK:
        if (it.rankPos != null) {
          d.value = it.rankPos;
        } else {
          d.top = true;
          d.tier = it.rankTier;
        }
        d.scope = it.rankScope != null ? it.rankScope : peerScope != null ? peerScope : lastScope;
        if (it.rankScope != null) {
          lastScope = it.rankScope;
        }
        if (d.scope == null) {
          d.scope = "";
        }
        d.start = it.start;
        if (explicit && isDistributive(it, cs, leadStart)) {
          List<int[]> parts = subjects.sharedParts(Objects.requireNonNull(subj)); // explicit: a subject
          if (parts != null && parts.size() > 1) {
            for (int[] s : parts) {
              Draft c = copy(d);
              c.subjectStart = s[0];
              c.subjectEnd = s[1];
              out.add(c);
            }
            return d;
          }
        }
        if (!explicit && isDistributive(it, cs, leadStart) && sentenceSubjects.size() > 1) {
          for (int[] s : sentenceSubjects) {
            Draft c = copy(d);
            c.subjectStart = s[0];
            c.subjectEnd = s[1];
            out.add(c);
          }
          // the subjects have their rank; a later 均 speaks of the subjects named after this one
          sentenceSubjects.clear();
          sentenceSubjectTexts.clear();
          return d;
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
    percentInSentence |= d.attr == ClaimAttr.YOY_PCT || d.attr == ClaimAttr.MOM_PCT || d.attr == ClaimAttr.SHARE_PCT;
    return d;
  }

  /** The figure's unit is written 元 alone, not 人民币…元 or 美元. */
  private boolean isBareYuan(Item it) {
    return !t.startsWith("人民币", Math.max(0, it.start - 3)) && it.end > 0 && t.charAt(it.end - 1) == '元'
        && (it.end < 2 || "美欧日港澳".indexOf(t.charAt(it.end - 2)) < 0);
  }

  private boolean isDistributive(Item it, int cs, int leadStart) {
    int p = it.start;
    String lead = t.substring(Math.min(leadStart, p), p);
    return lead.contains("分别") || lead.endsWith("均") || t.startsWith("均", p) || t.startsWith("分别", p) || (p > cs && t.charAt(p - 1) == '均');
  }

  private static Draft copy(Draft d) {
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
    return c;
  }

  private int skipSpace(int i, int end) {
    while (i < end && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

}
