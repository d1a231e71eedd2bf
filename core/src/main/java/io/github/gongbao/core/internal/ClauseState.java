package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the clauses read so far say about the clauses after them: the topic carried forward, the period and basis
 * frames, the rank scope, a status word's reach, the subjects a shared predicate (均, 分别) may speak of, and the
 * figure-less clauses a list may pair with. Paragraph state ends at a paragraph; sentence state at a sentence.
 * One instance per report, on one thread.
 */
final class ClauseState {
  /** No real sentence shares one predicate among more subjects; the bound keeps output linear in input. */
  static final int MAX_SHARED = 12;
  /** Figure-less clauses remembered for a sentence; a sentence without punctuation keeps only the nearest. */
  static final int MAX_PENDING = 12;

  private final String t;

  // ---- paragraph state
  /** The current topic (subject offsets), or -1. */
  int topicStart = -1;
  int topicEnd = -1;
  /** The period frame as written (上半年, 1-10月), or null. */
  @Nullable String period;
  /** A month-on-month frame (环比看，) covers its paragraph, until another frame. */
  boolean momFrame;
  /** The last rank scope named (全省), for ranks that name none. */
  @Nullable String lastScope;

  // ---- sentence state
  /** The status a status word set for the rest of the sentence (预计, 目标); null for actuals. */
  @Nullable Status sentenceStatus;
  /** The status of the sentence before, for a 其中 breakdown that follows it. */
  @Nullable Status previousSentenceStatus;
  /** A basis stated in a clause of its own (按不变价格计算，), for the rest of the sentence. */
  @Nullable Basis sentenceBasis;
  /** Whether the sentence has stated a percentage (a growth rate, a share, a rate's level). */
  boolean percentInSentence;
  /** Whether the sentence has named or stated a year-on-year growth (同比上涨2.7%、环比下降1.2%: no 环比 carry). */
  boolean yoyInSentence;
  /** A peer-group frame of the sentence, or null. */
  @Nullable PeerFrame peer;
  /** Subjects named in the sentence, for 均居全省前列; the nearest {@value #MAX_SHARED} only. */
  final List<int[]> sentenceSubjects = new ArrayList<>();
  /** Their texts, so that adding one is a hash lookup, not a scan of the sentence. */
  private final Set<String> sentenceSubjectTexts = new HashSet<>();
  /** Clauses of the sentence with no figure, since the last one with figures. */
  final List<int[]> pendingClauses = new ArrayList<>();
  /** The subjects of the sentence's last distributive run (分别), to pair a second run of as many figures. */
  @Nullable List<int[]> lastDistributed;
  String @Nullable [] lastDistributedNames;

  ClauseState(String folded) {
    this.t = folded;
  }

  void startParagraph() {
    startSentence();
    topicStart = -1;
    topicEnd = -1;
    momFrame = false;
    previousSentenceStatus = null; // a status does not cross a paragraph
  }

  void startSentence() {
    percentInSentence = false;
    yoyInSentence = false;
    peer = null;
    sentenceSubjects.clear();
    sentenceSubjectTexts.clear();
    pendingClauses.clear();
    lastDistributed = null;
    lastDistributedNames = null;
    previousSentenceStatus = sentenceStatus;
    sentenceStatus = null;
    sentenceBasis = null;
  }

  boolean hasTopic() {
    return topicStart >= 0;
  }

  int[] topic() {
    return new int[] {topicStart, topicEnd};
  }

  void setTopic(int[] s) {
    topicStart = s[0];
    topicEnd = s[1];
  }

  /** Remembers a figure-less clause [cs, ce) of the sentence. */
  void addPending(int cs, int ce) {
    pendingClauses.add(new int[] {cs, ce});
    if (pendingClauses.size() > MAX_PENDING) {
      pendingClauses.remove(0);
    }
  }

  /** The last n figure-less clauses are short noun phrases (a list broken by commas), not statements. */
  boolean shortClauses(int n) {
    for (int[] pc : pendingClauses.subList(pendingClauses.size() - n, pendingClauses.size())) {
      if (pc[1] - pc[0] > 14) {
        return false;
      }
    }
    return true;
  }

  void addSentenceSubject(int[] s) {
    WorkMeter.add(s[1] - s[0]);
    if (!sentenceSubjectTexts.add(t.substring(s[0], s[1]))) {
      return;
    }
    sentenceSubjects.add(s);
    if (sentenceSubjects.size() > MAX_SHARED) {
      sentenceSubjects.remove(0);
    }
  }

  /** The subjects named so far have had their shared rank; a later 均 speaks of those named after it. */
  void clearSentenceSubjects() {
    sentenceSubjects.clear();
    sentenceSubjectTexts.clear();
  }
}
