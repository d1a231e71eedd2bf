package io.github.gongbao.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The progress bar of {@code extract} on a terminal's stderr: a bar and percentage when the total size is
 * known, inputs done, MB/s and the time left. Redrawn at most a few times a second on one line, erased at
 * the end. {@link #none()} draws nothing (stderr not a terminal). Used from one thread.
 */
class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR = 24;

  private final @Nullable PrintWriter err;
  private final long totalBytes;
  private final LongSupplier bytesDone;
  private final long start = System.nanoTime();
  private long lastDraw = start - REDRAW_NANOS;
  private long inputs;
  private long fallbackBytes;
  private boolean drawn;

  Progress(@Nullable PrintWriter err, long totalBytes, LongSupplier bytesDone) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.bytesDone = bytesDone;
  }

  /** @return a progress that shows nothing */
  static Progress none() {
    return new Progress(null, 0, () -> 0) {
      @Override
      void done(long bytes, boolean input) {
        // nothing to show
      }

      @Override
      void clear() {
        // nothing shown
      }
    };
  }

  /**
   * Counts one input done and redraws when due.
   *
   * @param bytes the input's size (for standard input, the decoded text's length), used when no byte
   *     count of the underlying files is known
   */
  void inputDone(long bytes) {
    done(bytes, true);
  }

  /**
   * Counts bytes done, and one input when {@code input} (a whole input, or the last piece of a file read in pieces),
   * and redraws when due.
   */
  void done(long bytes, boolean input) {
    if (input) {
      inputs++;
    }
    fallbackBytes += bytes;
    PrintWriter out = err;
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(out, now);
    }
  }

  private void draw(PrintWriter out, long now) {
    long done = Math.max(bytesDone.getAsLong(), totalBytes > 0 ? 0 : fallbackBytes);
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    double rate = done / 1e6 / seconds;
    StringBuilder line = new StringBuilder("\r");
    if (totalBytes > 0) {
      double f = Math.min(1.0, (double) done / totalBytes);
      int filled = (int) Math.round(f * BAR);
      line.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3.0f%% ", f * 100));
    }
    line.append(String.format(Locale.ROOT, "%,d inputs, %.1f MB", inputs, done / 1e6));
    if (totalBytes > 0) {
      line.append(String.format(Locale.ROOT, " of %.1f MB", totalBytes / 1e6));
    }
    line.append(String.format(Locale.ROOT, ", %.1f MB/s", rate));
    if (totalBytes > 0 && rate > 0 && done > 0) {
      long left = Math.round((totalBytes - done) / 1e6 / rate);
      line.append(String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60));
    }
    line.append("\u001B[K");
    out.print(line);
    out.flush();
    drawn = true;
  }

  /** Erases the progress line, if one was drawn. */
  void clear() {
    PrintWriter out = err;
    if (drawn && out != null) {
      out.print("\r\u001B[K");
      out.flush();
      drawn = false;
    }
  }
}
