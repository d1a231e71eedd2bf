package io.github.gongbao.core.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a text at every start and end of a set of possibly overlapping or nested stretches, and hands
 * each piece to a {@link Sink} with the stretches that cover it. Stretches are items {@code 0 … n-1}
 * with offsets already clamped to {@code [0, length]}; the first {@code claimCount} are claims, the rest
 * skipped figures.
 *
 * <p>Time: {@code O(n log n)} to sort, then one pass over the pieces; each piece costs the number of
 * stretches covering it (one or two in real reports).
 */
final class Segments {
  /** Receives the pieces of the text in order; together they cover it exactly once. */
  interface Sink {
    /** A piece no stretch covers. */
    void plain(int from, int to) throws IOException;

    /**
     * A piece covered by stretches, or an empty piece ({@code from == to}) for an empty stretch.
     *
     * @param claims the claims covering it, innermost (shortest) first
     * @param skipped the skipped figures covering it, in order
     * @param skippedEnding those of {@code skipped} that end with this piece
     */
    void marked(int from, int to, int[] claims, int[] skipped, int[] skippedEnding) throws IOException;
  }

  private Segments() {}

  static void cut(int length, int[] starts, int[] ends, int claimCount, Sink sink) throws IOException {
    int n = starts.length;
    Integer[] byStart = ids(n);
    Arrays.sort(byStart, Comparator.comparingInt(i -> starts[i]));
    Integer[] byEnd = ids(n);
    Arrays.sort(byEnd, Comparator.comparingInt(i -> ends[i]));
    Comparator<Integer> innermostFirst =
        Comparator.<Integer>comparingInt(i -> ends[i] - starts[i]).thenComparingInt(i -> i);
    List<Integer> active = new ArrayList<>();
    int si = 0;
    int ei = 0;
    int pos = 0;
    while (true) {
      for (; ei < n && ends[byEnd[ei]] <= pos; ei++) {
        active.remove(byEnd[ei]);
      }
      for (; si < n && starts[byStart[si]] == pos; si++) {
        int id = byStart[si];
        if (ends[id] == pos) {
          int[] one = {id};
          int[] none = {};
          if (id < claimCount) {
            sink.marked(pos, pos, one, none, none);
          } else {
            sink.marked(pos, pos, none, one, one);
          }
        } else {
          active.add(id);
        }
      }
      if (pos >= length) {
        return;
      }
      int next = length;
      if (si < n) {
        next = Math.min(next, starts[byStart[si]]);
      }
      if (ei < n) {
        next = Math.min(next, ends[byEnd[ei]]);
      }
      if (active.isEmpty()) {
        sink.plain(pos, next);
      } else {
        emit(pos, next, active, ends, claimCount, innermostFirst, sink);
      }
      pos = next;
    }
  }

  private static void emit(int from, int to, List<Integer> active, int[] ends, int claimCount,
      Comparator<Integer> innermostFirst, Sink sink) throws IOException {
    List<Integer> claims = new ArrayList<>(active.size());
    List<Integer> skipped = new ArrayList<>(1);
    for (Integer id : active) {
      (id < claimCount ? claims : skipped).add(id);
    }
    claims.sort(innermostFirst);
    skipped.sort(Comparator.naturalOrder());
    int[] skippedIds = new int[skipped.size()];
    int ending = 0;
    for (int i = 0; i < skippedIds.length; i++) {
      skippedIds[i] = skipped.get(i);
      ending += ends[skippedIds[i]] == to ? 1 : 0;
    }
    int[] skippedEnding = new int[ending];
    for (int i = 0, j = 0; i < skippedIds.length; i++) {
      if (ends[skippedIds[i]] == to) {
        skippedEnding[j++] = skippedIds[i];
      }
    }
    sink.marked(from, to, claims.stream().mapToInt(Integer::intValue).toArray(), skippedIds, skippedEnding);
  }

  private static Integer[] ids(int n) {
    Integer[] ids = new Integer[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    return ids;
  }
}
