package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The peer-group frame room: 在N个peers(…)X中 gives the scope, what is ranked and the peers' noun; else null. */
class PeerFrameTest {
  /** scope | subject text (or null) | noun text, for the frame of the whole clause. */
  private static @Nullable String frame(String t) {
    return frame(t, 0, t.length());
  }

  private static @Nullable String frame(String t, int cs, int ce) {
    PeerFrame f = PeerFrame.read(t, cs, ce);
    if (f == null) {
      return null;
    }
    int[] s = f.subject();
    int[] n = f.noun();
    return f.scope() + "|" + (s == null ? null : t.substring(s[0], s[1])) + "|" + t.substring(n[0], n[1]);
  }

  @Test
  void anAsideAfterThePeersIsSkippedAndTheRestIsWhatIsRanked() {
    String t = "在16个县市区(含其他比拼对象)经济指标综合排名中";
    PeerFrame f = PeerFrame.read(t, 0, t.length());
    assertEquals(new PeerFrame("16个县市区", 16, 24, 4, 7), f);
    assertEquals("16个县市区|经济指标综合排名|县市区", frame(t));
  }

  @Test
  void wordsRightAfterThePeersAreWhatIsRanked() {
    assertEquals("9个区县|工业增加值增速排名|区县", frame("在9个区县工业增加值增速排名中"));
  }

  @Test
  void theLongestPeerNounIsTaken() {
    assertEquals("12个县(市、区)|高质量发展综合考核|县(市、区)", frame("在12个县(市、区)高质量发展综合考核中"));
  }

  @Test
  void peersAloneNameNothingRanked() {
    assertEquals(new PeerFrame("21个地市", -1, -1, 6, 8), PeerFrame.read("在全省21个地市中", 0, 9));
    assertEquals("21个地市|null|地市", frame("在全省21个地市中"));
    // one character after the peers is too little to name anything
    assertEquals("14个市州|null|市州", frame("在14个市州里中"));
  }

  @Test
  void twoCharactersAreEnoughToNameWhatIsRanked() {
    assertEquals("8个乡镇|考核|乡镇", frame("在8个乡镇考核中"));
  }

  @Test
  void anUnclosedAsideLeavesNothingRanked() {
    assertEquals("16个县市区|null|县市区", frame("在16个县市区(含比拼对象排名中"));
  }

  @Test
  void aClauseInsideALongerTextAndTrailingSpaceAreRead() {
    String t = "上半年,在11个开发区主要指标排名中 \n,我区由第5位上升到第2位";
    int cs = 4;
    int ce = t.indexOf(',', cs);
    PeerFrame f = PeerFrame.read(t, cs, ce);
    assertEquals(new PeerFrame("11个开发区", 11, 17, 8, 11), f);
    assertEquals("11个开发区|主要指标排名|开发区", frame(t, cs, ce));
  }

  @Test
  void clausesThatAreNotPeerFramesGiveNull() {
    assertNull(frame("在全市范围内开展")); // no 中 at the end
    assertNull(frame("全省16个县市区中")); // no 在 at the start
    assertNull(frame("在10个重点项目中")); // 重点项目 are no peer group
    assertNull(frame("在三个县市区中")); // the count is not in digits
    assertNull(frame("在全省各个县市区中")); // no count before 个
    assertNull(frame("在个县市区中")); // 个 right after 在
    assertNull(frame("在3个中")); // shorter than a frame
    assertNull(frame(""));
  }
}
