package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.SkipReason;
import io.github.gongbao.core.model.SkippedFigure;
import io.github.gongbao.core.model.Span;
import io.github.gongbao.units.internal.NumberToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says which numbers of a report gave no claim, and why: the trap check that passed one over, a repeat of a
 * claim already made, a contribution, a date or document number, or nothing the genre's patterns account for.
 * A number inside a claim's evidence (the 5 of 第5位) is part of that claim, not skipped. Linear after sorting.
 */
final class SkippedFigures {
  private static final Lexicon.Words CONTRIBUTION = Lexicon.standard().words("contribution");
  /** How far before a number a contribution word (拉动, 贡献) may stand. */
  private static final int CONTRIBUTION_WINDOW = 10;

  private SkippedFigures() {}

  static List<SkippedFigure> of(String original, String folded, List<NumberToken> tokens, List<Draft> drafts,
      List<Skip> traps) {
    List<int[]> claimed = new ArrayList<>();
    List<int[]> repeated = new ArrayList<>();
    for (Draft d : drafts) {
      claimed.add(new int[] {d.start, d.end});
      repeated.addAll(d.repeats);
    }
    claimed.sort(Comparator.comparingInt(a -> a[0]));
    repeated.sort(Comparator.comparingInt(a -> a[0]));
    Map<Integer, SkipReason> trapAt = new HashMap<>();
    for (Skip s : traps) {
      trapAt.put(s.start(), s.reason());
    }
    List<SkippedFigure> out = new ArrayList<>();
    Cover claims = new Cover(claimed);
    Cover repeats = new Cover(repeated);
    for (NumberToken tok : tokens) {
      if (claims.covers(tok.start(), tok.end())) {
        continue;
      }
      SkipReason reason = repeats.covers(tok.start(), tok.end()) ? SkipReason.REPEAT
          : trapAt.getOrDefault(tok.start(), explain(folded, tok));
      out.add(SkippedFigure.of(Span.of(tok.start(), tok.end(), original.substring(tok.start(), tok.end())),
          reason));
    }
    return out;
  }

  /** A reason for a number no check refused and no claim used: what stands around it, else unread. */
  private static SkipReason explain(String t, NumberToken tok) {
    int before = tok.start() - 1;
    char next = tok.end() < t.length() ? t.charAt(tok.end()) : ' ';
    if ((before >= 0 && (t.charAt(before) == '〔' || t.charAt(before) == '[')) || (next == '号' && before >= 0
        && t.charAt(before) == '〕')) {
      return SkipReason.DOCUMENT_NUMBER;
    }
    if (next == '年' || next == '月' || next == '日') {
      return SkipReason.DATE;
    }
    if (CONTRIBUTION.indexOf(t, Math.max(0, tok.start() - CONTRIBUTION_WINDOW), tok.start()) >= 0) {
      return SkipReason.CONTRIBUTION;
    }
    return SkipReason.UNREAD;
  }

  /** Intervals sorted by start, asked about positions in increasing order: one forward sweep. */
  private static final class Cover {
    private final List<int[]> spans;
    private int next;
    private int reach = -1;

    Cover(List<int[]> sorted) {
      this.spans = sorted;
    }

    boolean covers(int start, int end) {
      while (next < spans.size() && spans.get(next)[0] <= start) {
        reach = Math.max(reach, spans.get(next)[1]);
        next++;
      }
      return reach >= end;
    }
  }
}
