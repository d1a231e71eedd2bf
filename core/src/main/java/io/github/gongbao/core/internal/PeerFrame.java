package io.github.gongbao.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * A peer-group frame (在16个县市区(…)经济指标综合排名中，我县由第12位上升到第6位): the scope of the ranks of its
 * sentence ({@code 16个县市区}), what they rank when they name nothing themselves (the words after the peers), and the
 * peers' noun, which is the subject of their count. The peer nouns are data ({@code peer_groups}).
 */
record PeerFrame(String scope, int subjectStart, int subjectEnd, int nounStart, int nounEnd) {
  private static final Lexicon.Words PEER_GROUPS = Lexicon.standard().words("peer_groups");

  /** @return the frame clause [cs, ce) of folded text {@code t} states (在…N个peers…中), or null */
  static @Nullable PeerFrame read(String t, int cs, int ce) {
    int e = Texts.trimEnd(t, cs, ce);
    if (e - cs < 5 || t.charAt(cs) != '在' || t.charAt(e - 1) != '中') {
      return null;
    }
    int count = Texts.indexOf(t, "个", cs, e);
    if (count < 0 || count == cs + 1 || !Character.isDigit(t.charAt(count - 1))) {
      return null;
    }
    int n = count;
    while (n > cs + 1 && Character.isDigit(t.charAt(n - 1))) {
      n--;
    }
    String peer = PEER_GROUPS.startingAt(t, count + 1, e);
    if (peer == null) {
      return null;
    }
    int peerEnd = count + 1 + peer.length();
    int nameStart = peerEnd;
    if (nameStart < e && t.charAt(nameStart) == '(') {
      int close = Texts.indexOf(t, ")", nameStart, e);
      nameStart = close < 0 ? e : close + 1; // (含其他县市区比拼对象): an aside about the peers
    }
    boolean named = e - 1 - nameStart >= 2;
    return new PeerFrame(t.substring(n, peerEnd), named ? nameStart : -1, named ? e - 1 : -1, count + 1, peerEnd);
  }

  /** @return what the frame ranks (经济运行综合考核), or null when it names nothing */
  int @Nullable [] subject() {
    return subjectStart < 0 ? null : new int[] {subjectStart, subjectEnd};
  }

  /** @return the peers' noun (县市区), the subject of their count */
  int[] noun() {
    return new int[] {nounStart, nounEnd};
  }
}
