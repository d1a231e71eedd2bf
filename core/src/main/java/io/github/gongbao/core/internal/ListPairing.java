package io.github.gongbao.core.internal;

import io.github.gongbao.core.internal.Item.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lists: which figures of a clause form one run (分别增长8.4%、18.8%、31%), what unit a bare number of a list
 * takes (0.1和1.2个百分点), and which subject each figure of a run belongs to — the names of a list
 * (工业、投资分别…), names sharing a head (飞机票和旅行社收费价格), 城乡 split into 城镇 and 农村, the subjects
 * named earlier in the sentence, the short clauses before it, or the subjects of the run before (分别…，分别…).
 */
final class ListPairing {
  private static final Lexicon.Words RUN_VERBS = Lexicon.standard().union("rise", "fall");
  private static final Lexicon.Words URBAN_RURAL = Lexicon.standard().words("urban_rural");

  private final String t;
  private final LeadFrames frames;
  private final ListNames names;
  private final ClauseState state;

  ListPairing(String folded, LeadFrames frames, ListNames names, ClauseState state) {
    this.t = folded;
    this.frames = frames;
    this.names = names;
    this.state = state;
  }

  /**
   * How the figures of one run pair with subjects: one subject per figure ({@code listSubjects}; null when the run
   * shares one subject), and the name each figure's claim takes instead of its subject's words ({@code names}: 城镇…
   * and 农村… of 城乡…, or a name with the head it shares; null, or a null element, for none).
   */
  record Pairing(@Nullable List<int[]> listSubjects, @Nullable List<@Nullable String> names) {}

  /** @return the end (exclusive) of the run of figures starting at item {@code i} */
  int runEnd(List<Item> items, int i) {
    Item first = items.get(i);
    int end = i + 1;
    while (end < items.size() && sameKind(items.get(end - 1), items.get(end))
        && (onlySeparators(items.get(end - 1).end, items.get(end).start)
            || separatorThenVerb(items.get(end - 1).end, items.get(end).start)
            || (first.ratio && items.get(end).ratio && t.charAt(items.get(end - 1).end) == ':'))) {
      end++;
    }
    return end;
  }

  /** 0.1和1.2个百分点: a bare number in a list takes the unit of the figure that closes the list. */
  void propagateListUnits(List<Item> items) {
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

  /** Pairs the figures of {@code run} (after words [leadStart, leadEnd) of clause cs) with their subjects. */
  Pairing pair(int cs, int leadStart, int leadEnd, List<Item> run, int @Nullable [] subj) {
    int n = run.size();
    boolean distributive = n > 1 && Texts.indexOf(t, "分别", leadStart, leadEnd) >= 0;
    boolean sameAsBefore = distributive && subj == null && state.lastDistributed != null
        && state.lastDistributed.size() == n;
    String[] splitNames = distributive && n == 2 ? urbanRural(subj) : null;
    if (sameAsBefore) {
      // 城乡居民人均可支配收入分别达到49218元和26835元，分别增长4.7%和6.8%: the same subjects, in order
      splitNames = state.lastDistributedNames;
    }
    List<int[]> listSubjects = n > 1 ? names.listSubjects(cs, leadStart, leadEnd, subj, n) : null;
    if (listSubjects == null && distributive && subj != null && splitNames == null) {
      List<int[]> parts = names.sharedParts(subj);
      if (parts != null && parts.size() == n && names.sharedHead(parts) != null) {
        // 飞机票和旅行社收费价格分别上涨16.8%和9.3%: the names joined by 和, in order, with their shared head
        // (without one, as in 咸宁和宜昌上半年签约项目金额, the names stay together)
        listSubjects = parts;
      }
    }
    String[] sharedHead = listSubjects != null && splitNames == null ? names.sharedHead(listSubjects) : null;
    if (sameAsBefore && splitNames == null) {
      listSubjects = state.lastDistributed;
    }
    if (listSubjects == null && splitNames == null && n > 1 && subj != null && distributive
        && state.pendingClauses.size() + 1 >= n && state.shortClauses(n - 1)) {
      // 住宿和餐饮业,租赁和商务服务业,…生产指数同比分别增长39.5%、14.0%、…
      listSubjects = new ArrayList<>();
      List<int[]> pending = state.pendingClauses;
      for (int[] pc : pending.subList(pending.size() - n + 1, pending.size())) {
        listSubjects.add(new int[] {frames.skip(pc[0], pc[1]), pc[1]});
      }
      listSubjects.add(subj);
    }
    if (listSubjects == null && splitNames == null && distributive && subj == null
        && state.sentenceSubjects.size() >= n) {
      // 接待游客1260万人次，实现旅游收入98.7亿元，分别增长15.3%和18.6%: one figure per subject named before,
      // the nearest ones when the sentence named more
      List<int[]> named = state.sentenceSubjects;
      listSubjects = new ArrayList<>(named.subList(named.size() - n, named.size()));
    }
    if (listSubjects == null && splitNames == null && distributive && n == 2 && subj == null
        && state.hasTopic()) {
      splitNames = urbanRural(state.topic());
    }
    if (distributive) {
      state.lastDistributed = listSubjects;
      state.lastDistributedNames = splitNames;
      if (listSubjects == null && splitNames != null) {
        state.lastDistributed = Collections.nCopies(splitNames.length, subj != null ? subj : state.topic());
      }
    }
    String[] names = splitNames != null ? splitNames : sharedHead;
    return new Pairing(listSubjects, names == null ? null : Arrays.asList(names));
  }

  /** 较1—4月份和上年同期分别提高0.1和1.2个百分点: one reference per figure of the run, in order. */
  static void splitReferences(List<Draft> run) {
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
}
