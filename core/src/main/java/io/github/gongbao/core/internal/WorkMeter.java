package io.github.gongbao.core.internal;

/**
 * Counts the characters the engine's scans examine, so that tests can prove linear time by counting work rather
 * than by timing it (a timed test fails at random on a loaded machine). Off unless a test turns it on for its own
 * thread; when off, each scan pays one read of a static field.
 */
public final class WorkMeter {
  private static volatile boolean enabled;
  /** Per thread: [0] characters examined, [1] characters folded. */
  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[2]);

  private WorkMeter() {}

  /** Turns counting on (for every thread) and clears this thread's count. For tests. */
  public static void start() {
    COUNT.get()[0] = 0;
    COUNT.get()[1] = 0;
    enabled = true;
  }

  /** @return the work counted on this thread since {@link #start()}, and turns counting off */
  public static long stop() {
    enabled = false;
    return COUNT.get()[0];
  }

  /**
   * @return the characters folded on this thread since {@link #start()}: the engine folds a report once, so this
   *     stays at the report's length (call before {@link #stop()})
   */
  public static long folded() {
    return COUNT.get()[1];
  }

  /** Counts {@code chars} characters folded, when counting is on. */
  static void addFolded(long chars) {
    if (enabled) {
      COUNT.get()[1] += chars;
    }
  }

  /** Adds {@code units} of work (characters examined) when counting is on. */
  static void add(long units) {
    if (enabled) {
      COUNT.get()[0] += Math.max(0, units);
    }
  }
}
