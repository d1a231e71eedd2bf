package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clause-state room: what a sentence and a paragraph end, what they keep, and the bounded lists. */
class ClauseStateTest {
  private static final String TEXT = "全县地区生产总值增长5.2%,第一产业增加值、第二产业增加值和第三产业增加值分别增长3.1%、6.0%和5.4%。";

  /** A state with every field set, as in the middle of a sentence. */
  private static ClauseState busy() {
    ClauseState s = new ClauseState(TEXT);
    s.setTopic(new int[] {2, 8});
    s.period = "上半年";
    s.momFrame = true;
    s.lastScope = "全省";
    s.sentenceStatus = Status.ESTIMATE;
    s.sentenceBasis = Basis.YEAR_ON_YEAR;
    s.percentInSentence = true;
    s.yoyInSentence = true;
    s.peer = new PeerFrame("16个县市区", -1, -1, 4, 7);
    s.addSentenceSubject(new int[] {2, 8});
    s.addPending(0, 4);
    s.lastDistributed = List.of(new int[] {16, 23});
    s.lastDistributedNames = new String[] {"第一产业增加值"};
    return s;
  }

  private static List<String> texts(List<int[]> spans) {
    return spans.stream().map(a -> a[0] + "-" + a[1]).collect(Collectors.toList());
  }

  @Test
  void aNewStateHasNothing() {
    ClauseState s = new ClauseState(TEXT);
    assertFalse(s.hasTopic());
    assertArrayEquals(new int[] {-1, -1}, s.topic());
    assertNull(s.period);
    assertFalse(s.momFrame);
    assertNull(s.lastScope);
    assertNull(s.sentenceStatus);
    assertNull(s.previousSentenceStatus);
    assertNull(s.sentenceBasis);
    assertFalse(s.percentInSentence);
    assertFalse(s.yoyInSentence);
    assertNull(s.peer);
    assertEquals(List.of(), s.sentenceSubjects);
    assertEquals(List.of(), s.pendingClauses);
    assertNull(s.lastDistributed);
    assertNull(s.lastDistributedNames);
  }

  @Test
  void aSentenceEndsTheSentenceStateAndKeepsTopicPeriodAndFrames() {
    ClauseState s = busy();
    s.startSentence();
    // kept: paragraph state
    assertTrue(s.hasTopic());
    assertArrayEquals(new int[] {2, 8}, s.topic());
    assertEquals("上半年", s.period);
    assertTrue(s.momFrame);
    assertEquals("全省", s.lastScope);
    // ended: sentence state; its status is now the sentence before's
    assertEquals(Status.ESTIMATE, s.previousSentenceStatus);
    assertNull(s.sentenceStatus);
    assertNull(s.sentenceBasis);
    assertFalse(s.percentInSentence);
    assertFalse(s.yoyInSentence);
    assertNull(s.peer);
    assertEquals(List.of(), s.sentenceSubjects);
    assertEquals(List.of(), s.pendingClauses);
    assertNull(s.lastDistributed);
    assertNull(s.lastDistributedNames);
  }

  @Test
  void aSentenceWithoutAStatusLeavesNoneForTheNext() {
    ClauseState s = busy();
    s.startSentence();
    s.startSentence();
    assertNull(s.previousSentenceStatus);
  }

  @Test
  void aParagraphEndsTheTopicTheMomFrameAndTheStatusButKeepsPeriodAndScope() {
    ClauseState s = busy();
    s.startParagraph();
    assertFalse(s.hasTopic());
    assertArrayEquals(new int[] {-1, -1}, s.topic());
    assertFalse(s.momFrame);
    assertNull(s.previousSentenceStatus);
    assertNull(s.sentenceStatus);
    assertEquals("上半年", s.period);
    assertEquals("全省", s.lastScope);
    assertNull(s.sentenceBasis);
    assertFalse(s.percentInSentence);
    assertFalse(s.yoyInSentence);
    assertNull(s.peer);
    assertEquals(List.of(), s.sentenceSubjects);
    assertEquals(List.of(), s.pendingClauses);
    assertNull(s.lastDistributed);
    assertNull(s.lastDistributedNames);
  }

  @Test
  void sentenceSubjectsAreDedupedByText() {
    String t = "工业投资增长、民间投资增长,工业投资占比";
    ClauseState s = new ClauseState(t);
    s.addSentenceSubject(new int[] {0, 4});
    s.addSentenceSubject(new int[] {7, 11});
    s.addSentenceSubject(new int[] {14, 18}); // 工业投资 again, elsewhere
    s.addSentenceSubject(new int[] {0, 4});
    assertEquals(List.of("0-4", "7-11"), texts(s.sentenceSubjects));
  }

  @Test
  void aClearedOrNewSentenceTakesASubjectAgain() {
    String t = "工业投资增长";
    ClauseState s = new ClauseState(t);
    s.addSentenceSubject(new int[] {0, 4});
    s.clearSentenceSubjects();
    assertEquals(List.of(), s.sentenceSubjects);
    s.addSentenceSubject(new int[] {0, 4});
    assertEquals(List.of("0-4"), texts(s.sentenceSubjects));
    s.startSentence();
    s.addSentenceSubject(new int[] {0, 4});
    assertEquals(List.of("0-4"), texts(s.sentenceSubjects));
  }

  @Test
  void onlyTheNearestSharedSubjectsAreKept() {
    String[] products = {"粮食", "油料", "蔬菜", "水果", "猪肉", "牛奶", "禽蛋", "水产品", "原煤", "发电量", "粗钢", "水泥",
        "化肥", "汽车", "手机"};
    assertEquals(ClauseState.MAX_SHARED + 3, products.length);
    StringBuilder b = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (String p : products) {
      spans.add(new int[] {b.length(), b.length() + p.length()});
      b.append(p).append("产量、");
    }
    ClauseState s = new ClauseState(b.toString());
    spans.forEach(s::addSentenceSubject);
    assertEquals(12, ClauseState.MAX_SHARED);
    assertEquals(texts(spans.subList(3, spans.size())), texts(s.sentenceSubjects));
  }

  @Test
  void onlyTheNearestPendingClausesAreKept() {
    ClauseState s = new ClauseState(TEXT);
    List<String> expected = new ArrayList<>();
    int n = ClauseState.MAX_PENDING + 2;
    for (int k = 0; k < n; k++) {
      s.addPending(k, k + 1);
      if (k >= 2) {
        expected.add(k + "-" + (k + 1));
      }
    }
    assertEquals(12, ClauseState.MAX_PENDING);
    assertEquals(expected, texts(s.pendingClauses));
  }

  @Test
  void shortClausesAreTheLastOnesOfAtMostFourteenCharacters() {
    ClauseState s = new ClauseState(TEXT);
    s.addPending(0, 30); // a statement
    s.addPending(30, 44); // 14 characters
    s.addPending(45, 50);
    assertTrue(s.shortClauses(2));
    assertFalse(s.shortClauses(3));
  }
}
