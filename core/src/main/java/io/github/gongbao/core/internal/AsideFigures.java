package io.github.gongbao.core.internal;

import io.github.gongbao.core.internal.Item.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Figures in brackets right after a name, as statistics offices write a breakdown: 百货商品(26.3亿)、皮具(18.9亿)及
 * 化妆品及卫生用品(21.4亿)的销售额按年分别上升12.7%、8.5%及5.9%. Each bracketed figure is the amount of its name with
 * the list's head noun (百货商品销售额), whose money unit the head implies; the names, in order, are the subjects of
 * the run of figures after them. The head is the noun after the list (的销售额), else the head of the topic (汽车(9.8亿)
 * 下跌17.3% under a topic of 销售额), and none when the name has one (钟表及珠宝的销售额(103.5亿)).
 */
final class AsideFigures {
  private static final Lexicon.Words HEAD_NOUNS = Lexicon.standard().words("head_nouns");
  private static final Lexicon.Words MONEY_SUBJECT = Lexicon.standard().words("money_subject");
  /** Longest head noun taken from after a list. */
  private static final int MAX_HEAD = 6;

  private final String t;
  private final LeadFrames frames;
  /** The head the last list of bracketed figures took (销售额), for lists after it that name none. */
  private String lastHead = "";

  AsideFigures(String folded, LeadFrames frames) {
    this.t = folded;
    this.frames = frames;
  }

  /** One bracketed figure and the name before it, with the name its claims take (the name and the head). */
  record Aside(Item item, int nameStart, int nameEnd, String name) {}

  /**
   * Takes the bracketed figures of clause [cs, ce) out of {@code items} (bare numbers still among them) and returns
   * them, in order; an empty list when the clause has none. {@code topic} is the topic's words, or null.
   */
  List<Aside> take(int cs, int ce, List<Item> items, @Nullable String topic) {
    if (items.stream().noneMatch(it -> isAside(it, ce))) {
      return List.of(); // the common case: no figure in brackets
    }
    List<Item> found = new ArrayList<>();
    List<int[]> names = new ArrayList<>();
    int from = frames.skip(cs, ce);
    for (Item it : items) {
      if (!isAside(it, ce)) {
        continue;
      }
      int nameEnd = it.start - 1;
      int nameStart = frames.skip(from, nameEnd);
      if (Texts.cjkCount(t, nameStart, nameEnd) < 2 || Texts.indexOf(t, "(", nameStart, nameEnd) >= 0) {
        return List.of(); // not a name before the bracket: no breakdown here
      }
      found.add(it);
      names.add(new int[] {nameStart, nameEnd});
      from = it.end + 1; // past the ), then the separator (、及和与) the frames skip
    }
    if (found.isEmpty()) {
      return List.of();
    }
    String head = head(found.get(found.size() - 1).end + 1, ce, topic);
    if (!head.isEmpty()) {
      lastHead = head;
    }
    List<Aside> asides = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Item it = found.get(k);
      int[] n = names.get(k);
      String name = t.substring(n[0], n[1]);
      String full = ownHead(name) ? name : name + head;
      if (it.kind == Kind.BARE) {
        if (it.tok == null || it.tok.scaleWord().isEmpty() || MONEY_SUBJECT.indexOf(full, 0, full.length()) < 0) {
          continue; // a bare number that is no amount of money: not a figure
        }
        it.kind = Kind.AMOUNT;
        it.impliedYuan = true;
      }
      asides.add(new Aside(it, n[0], n[1], full));
    }
    items.removeAll(found);
    return asides;
  }

  /**
   * 百货商品(26.3亿)、皮具(18.9亿)的销售额分别上升12.7%和8.5%: a subject that holds the clause's bracketed figures
   * pairs the run with their names (one per figure, or the one name for every figure); null when it holds none.
   */
  static ListPairing.@Nullable Pairing pairing(List<Aside> asides, List<Item> run, int @Nullable [] subj) {
    if (asides.isEmpty() || subj == null || subj[0] > asides.get(0).item().start
        || subj[1] < asides.get(asides.size() - 1).item().start) {
      return null;
    }
    List<@Nullable String> names = new ArrayList<>();
    if (run.size() == asides.size() && run.size() > 1) {
      List<int[]> spans = new ArrayList<>();
      for (Aside a : asides) {
        spans.add(new int[] {a.nameStart(), a.nameEnd()});
        names.add(a.name());
      }
      return new ListPairing.Pairing(spans, names);
    }
    if (asides.size() != 1) {
      return null;
    }
    for (int k = 0; k < run.size(); k++) {
      names.add(asides.get(0).name());
    }
    return new ListPairing.Pairing(null, names);
  }

  /** (26.3亿): an amount or a number with a scale, alone in brackets after a name. */
  private boolean isAside(Item it, int ce) {
    return (it.kind == Kind.AMOUNT || it.kind == Kind.BARE) && it.start > 1 && it.end < ce
        && t.charAt(it.start - 1) == '(' && t.charAt(it.end) == ')' && Character.isIdeographic(t.charAt(it.start - 2));
  }

  private boolean ownHead(String name) {
    int of = name.lastIndexOf('的');
    if (of > 0 && name.length() - of - 1 >= 2) {
      return true; // 钟表及珠宝的销售额: what follows 的 is its head
    }
    String h = HEAD_NOUNS.endingAt(name, 0, name.length());
    return h != null && h.length() >= 2;
  }

  /** The head after the list (的销售额按年…: 销售额), else the topic's (after its last 的, or its head noun). */
  private String head(int after, int ce, @Nullable String topic) {
    if (after < ce && t.charAt(after) == '的') {
      int s = after + 1;
      int e = s;
      while (e < ce && e - s < MAX_HEAD && Character.isIdeographic(t.charAt(e))) {
        e++;
      }
      for (int k = e; k > s + 1; k--) {
        if (HEAD_NOUNS.endingAt(t, s, k) != null) {
          return t.substring(s, k); // 的销售额按年…: the longest run of words that ends in a head noun
        }
      }
    }
    if (!lastHead.isEmpty() || topic == null) {
      return lastHead;
    }
    int de = topic.lastIndexOf('的');
    if (de >= 0 && topic.length() - de - 1 >= 2) {
      return topic.substring(de + 1);
    }
    String h = HEAD_NOUNS.endingAt(topic, 0, topic.length());
    return h != null && h.length() >= 2 ? h : "";
  }
}
