package io.github.gongbao.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names a subject lists: its parts split at 、 (建陶、电瓷、工艺品), or also at 和/与/及 when no part is an industry
 * (住宿和餐饮业 is one name), and the head noun the last part shares with the others (医疗保健、居住、交通和通信价格:
 * 医疗保健价格 …). Head nouns are data. Works on folded text.
 */
final class ListNames {
  private static final Lexicon.Words HEAD_NOUNS = Lexicon.standard().words("head_nouns");

  private final String t;
  private final LeadFrames frames;

  ListNames(String folded, LeadFrames frames) {
    this.t = folded;
    this.frames = frames;
  }

  /**
   * 医疗保健、居住、交通和通信价格分别上涨…: the items before the last name no head of their own, and the last item's
   * head (价格) is theirs too. @return each item's full name, null where the item keeps its own words; null when no
   * item takes the shared head
   */
  String @Nullable [] sharedHead(List<int[]> parts) {
    int[] last = parts.get(parts.size() - 1);
    String head = HEAD_NOUNS.endingAt(t, last[0], last[1]);
    int of = Texts.lastIndexOf(t, '的', last[0], last[1]);
    boolean afterOf = of > last[0] && last[1] - of - 1 >= 2;
    if (afterOf) {
      head = t.substring(of + 1, last[1]); // 百货商品及皮具的销售量: what follows 的 is the head of both
    }
    if (head == null || head.length() < 2 || last[1] - last[0] <= head.length()) {
      return null; // a one-character head (品 of 工艺品) is too weak to give to 建陶
    }
    int headStart = last[1] - head.length();
    if (headStart - 1 > last[0] && t.charAt(headStart - 1) == '类') {
      head = "类" + head; // 交通、通信、居住类价格: each is a category (交通类价格)
    }
    String[] names = new String[parts.size()];
    boolean any = false;
    for (int k = 0; k < parts.size() - 1; k++) {
      int[] p = parts.get(k);
      boolean headless = afterOf ? Texts.lastIndexOf(t, '的', p[0], p[1]) < 0 : !endsWithHead(p);
      if (headless) {
        names[k] = t.substring(p[0], p[1]) + head;
        any = true;
      }
    }
    return any ? names : null;
  }

  /** Subjects of a run of n figures: 建陶、电瓷、工艺品分别增长…; null when they cannot be paired. */
  @Nullable List<int[]> listSubjects(int cs, int leadStart, int leadEnd, int @Nullable [] subj, int n) {
    if (subj == null) {
      return null;
    }
    WorkMeter.add(subj[1] - subj[0]);
    List<int[]> parts = new ArrayList<>();
    int s = subj[0];
    for (int i = subj[0]; i <= subj[1]; i++) {
      if (i == subj[1] || t.charAt(i) == '、') {
        int a = frames.skip(s, i);
        if (Texts.cjkCount(t, a, i) >= 1) {
          parts.add(new int[] {a, i});
        }
        s = i + 1;
      }
    }
    return parts.size() == n ? parts : null;
  }

  /**
   * The parts of a subject that share one predicate (项目数、资金数均居…; 项目数和投资额均居…): split at 、, and at
   * 和/与/及 unless a part is an industry (住宿和餐饮业 is one name). Null when there is one part.
   */
  @Nullable List<int[]> sharedParts(int[] subj) {
    WorkMeter.add(subj[1] - subj[0]);
    List<int[]> parts = new ArrayList<>();
    int s = subj[0];
    for (int i = subj[0]; i <= subj[1]; i++) {
      char c = i < subj[1] ? t.charAt(i) : '、';
      boolean and = c == '和' || c == '与' || c == '及';
      if (c == '、' || (and && i > s + 1 && i + 2 < subj[1] && !endsIndustry(s, i) && !endsIndustry(i + 1, subj[1]))) {
        int a = frames.skip(s, i);
        if (Texts.cjkCount(t, a, i) >= 1) {
          parts.add(new int[] {a, i});
        }
        s = i + 1;
      }
    }
    return parts.size() > 1 ? parts : null;
  }

  /** An industry name (批发和零售业, 住宿和餐饮业增加值) has 业 in one of the parts around its 和. */
  private boolean endsIndustry(int s, int e) {
    for (int i = s; i < e; i++) {
      if (t.charAt(i) == '业') {
        return true;
      }
    }
    return false;
  }

  /** 蔬菜产量 ends with a head of its own; 粮食, 水果 do not (a one-character head such as 粮 is part of a name). */
  private boolean endsWithHead(int[] p) {
    String h = HEAD_NOUNS.endingAt(t, p[0], p[1]);
    return h != null && h.length() >= 2;
  }
}
