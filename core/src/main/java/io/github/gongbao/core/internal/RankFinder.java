package io.github.gongbao.core.internal;


import io.github.gongbao.core.internal.Item.Kind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The ranks room: finds rank phrases (居全省第3位, 位列全市前列, 在全市9个县市区中排第2, 由第12位上升到第6位) and flat
 * comparisons (与全省持平) in a clause, as items for the clause reader. The rank words are data ({@code rank_verb},
 * {@code rank_scope}, {@code rank_tier}, {@code rank_leader}); the pattern is built from them. Works on folded text.
 * Stateless apart from the text.
 */
final class RankFinder {
  private final String t;

  RankFinder(String folded) {
    this.t = folded;
  }


  private static final Lexicon.Words RANK_VERB = Lexicon.standard().words("rank_verb");
  private static final Lexicon.Words RANK_SCOPE = Lexicon.standard().words("rank_scope");
  private static final Lexicon.Words RANK_TIER = Lexicon.standard().words("rank_tier");
  private static final Lexicon.Words RANK_LEADER = Lexicon.standard().words("rank_leader");
  private static final Lexicon.Words PEER_GROUPS = Lexicon.standard().words("peer_groups");
  private static final String ORDINAL_DIGIT = "0-9一二三四五六七八九十";

  /** A rank phrase, built from the lexicon's rank words: [均|分别…] [verb] [scope] [在N个…中] [verb] (tier | 第N位). */
  private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(
      "(" + alternation(RANK_LEADER) + "|连续[" + ORDINAL_DIGIT + "]{1,3}年)?"
          + "(" + alternation(RANK_VERB) + ")?"
          + "(" + alternation(RANK_SCOPE) + ")?"
          // 在全市9个县市区中排第2, 居全市7个开发区第2位: the peers, with 中 or a peer-group noun right before the rank
          + "(?:([" + ORDINAL_DIGIT + "]{1,4}个(?:[^,;:。第]{1,8}?(?=中)|(?:" + alternation(PEER_GROUPS)
          + ")(?=第|排|居|位)))中?)?"
          + "(?:" + alternation(RANK_VERB) + ")?"
          + "(" + alternation(RANK_TIER) + "|第([" + ORDINAL_DIGIT + "]{1,3})(?![" + ORDINAL_DIGIT + "])(位|名)?)");

  private static String alternation(Lexicon.Words words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words.list()) { // longest first, so the regex prefers 位次由 over 位次
      sb.append(sb.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(w));
    }
    return sb.toString();
  }

  private static final BigDecimal MAX_RANK = BigDecimal.valueOf(999);

  /** Longer than the longest lead {@link #RANK} allows before 第N / 前列 (均 + verb + scope + 在N个…中 + verb). */
  private static final int RANK_LEAD = 48;

  /** Every character a match of {@link #RANK} can start with: the first characters of its words, and digits. */
  private static final String RANK_START = firstCharacters(RANK_LEADER, RANK_VERB, RANK_SCOPE, RANK_TIER)
      + "连第0123456789一二三四五六七八九十";

  private static String firstCharacters(Lexicon.Words... lists) {
    StringBuilder sb = new StringBuilder();
    for (Lexicon.Words l : lists) {
      for (String w : l.list()) {
        if (sb.indexOf(w.substring(0, 1)) < 0) {
          sb.append(w.charAt(0));
        }
      }
    }
    return sb.toString();
  }

  void findRanks(int cs, int ce, List<Item> items) {
    // every rank phrase ends in 第N, 前列, 前茅, 首位 or 第一方阵: without one the regex cannot match
    int first = -1;
    int last = -1;
    for (int i = cs; i < ce; i++) {
      char c = t.charAt(i);
      if (c == '第' || (i + 1 < ce && ((c == '前' && (t.charAt(i + 1) == '列' || t.charAt(i + 1) == '茅'))
          || (c == '首' && t.charAt(i + 1) == '位')))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    // The leftmost match from each position on, as Matcher.find would give, but trying the pattern only where
    // a match can start: no match starts more than RANK_LEAD before an anchor, or after the last one.
    java.util.regex.Matcher m = RANK.matcher(t);
    int p = Math.max(cs, first - RANK_LEAD);
    while (p <= last) {
      WorkMeter.add(1);
      if (RANK_START.indexOf(t.charAt(p)) < 0 || !m.region(p, ce).lookingAt()) {
        p++;
        continue;
      }
      p = m.end();
      boolean hasVerb = m.group(2) != null;
      boolean hasScope = m.group(3) != null;
      boolean hasWei = m.group(7) != null;
      String ordinal = m.group(6);
      boolean hasPeers = m.group(4) != null;
      if (ordinal != null && !hasVerb && !hasScope && !hasWei && !hasPeers) {
        continue; // 第一产业, 第二季度; but 在16个县市区中排名第9 names its peers
      }
      if (ordinal != null && !hasWei && m.end() < ce && Character.isIdeographic(t.charAt(m.end()))
          && !isRankTail(t.charAt(m.end()))) {
        continue; // 居第一产业 …
      }
      if (ordinal == null && !hasVerb && !hasScope) {
        continue;
      }
      Item it = new Item(Kind.RANK);
      it.start = m.start(1) >= 0 ? m.start(1) : (m.start(2) >= 0 ? m.start(2) : m.start(3) >= 0 ? m.start(3)
          : m.start(4) >= 0 ? m.start(4) : m.start(5));
      it.end = m.end();
      // 在全市9个县市区中排第2: the peer group is the scope
      it.rankScope = hasScope || m.group(4) != null ? (hasScope ? m.group(3) : "") + (m.group(4) != null
          ? m.group(4) : "") : null;
      if (ordinal != null) {
        try {
          it.rankPos = io.github.gongbao.units.ChineseNumerals.parse(ordinal);
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (it.rankPos.signum() <= 0 || it.rankPos.compareTo(MAX_RANK) > 0 || it.rankPos.scale() > 0) {
          continue;
        }
      } else if (m.group(5).equals("首位")) {
        it.rankPos = BigDecimal.ONE; // 居首位: the first place, a position like 第1位
      } else {
        it.rankTier = m.group(5);
      }
      items.add(it);
    }
  }

  private static boolean isRankTail(char c) {
    return c == '的' || c == '和' || c == '与';
  }

  private static final java.util.regex.Pattern FLAT = java.util.regex.Pattern.compile(
      "(与|和|同)((?:上年|去年)同期|[^,;:。与和同]{1,12}?)(增速|水平|增幅)?(基本)?持平");

  /** The next 持平 at or after the last clause asked about: clauses come in order, so one pass finds them all. */
  private int nextFlat = -1;
  private int nextFlatFrom = -1;

  private boolean flatWithin(int cs, int ce) {
    if (nextFlatFrom < 0 || cs < nextFlatFrom || (nextFlat >= 0 && nextFlat < cs)) {
      nextFlat = t.indexOf("持平", cs); // amortised: only ever moves forward for clauses in order
      nextFlatFrom = cs;
    }
    return nextFlat >= 0 && nextFlat + 2 <= ce;
  }

  void findFlat(int cs, int ce, List<Item> items) {
    if (!flatWithin(cs, ce)) {
      return;
    }
    java.util.regex.Matcher m = FLAT.matcher(t).region(cs, ce);
    while (m.find()) {
      Item it = new Item(Kind.FLAT);
      it.start = m.start();
      it.end = m.end();
      it.flatAgainst = m.group(2);
      items.add(it);
    }
    findFlatInRun(cs, ce, items);
  }

  private static final io.github.gongbao.units.Unit PERCENT = io.github.gongbao.units.UnitCatalogue.standard()
      .byWord("%").orElseThrow();

  /**
   * 分别上涨0.9%、下降0.4%、持平、下降0.6%: a bare 持平 between the figures of a run is the run's figure of zero, a
   * percentage like its neighbours, so that the run and its list of names stay paired one to one.
   */
  private void findFlatInRun(int cs, int ce, List<Item> items) {
    for (int at = Texts.indexOf(t, "持平", cs, ce); at >= 0; at = Texts.indexOf(t, "持平", at + 2, ce)) {
      int end = at + 2;
      boolean listedBefore = at > cs && "、,和及".indexOf(t.charAt(at - 1)) >= 0;
      boolean closes = end == ce || "、,和及".indexOf(t.charAt(end)) >= 0;
      if (listedBefore && closes && percentBefore(cs, at - 1)) {
        Item it = new Item(Kind.PCT);
        it.start = at;
        it.end = end;
        it.flat = true;
        it.tok = new io.github.gongbao.units.internal.NumberToken(at, end, end, java.math.BigDecimal.ZERO, "",
            PERCENT, true);
        items.add(it);
      }
    }
  }

  /** Whether the text before a list separator at {@code sep} ends a percentage or a 持平: 上涨0.1%、持平. */
  private boolean percentBefore(int cs, int sep) {
    return sep - 1 > cs && (t.charAt(sep - 1) == '%' || (sep - 2 >= cs && t.startsWith("持平", sep - 2)));
  }
}
