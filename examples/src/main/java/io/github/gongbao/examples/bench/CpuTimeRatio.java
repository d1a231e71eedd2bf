package io.github.gongbao.examples.bench;

import io.github.gongbao.core.extract.ReportParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ratio of {@code parse} to the naive regex scan of {@link ReportParserBenchmark}, in CPU time of this thread
 * rather than wall time: on a shared host whose other jobs steal the cores, wall-clock benchmarks swing by ±100%
 * while the CPU time a thread is given moves much less. Rounds alternate the two, after warming both up, and the
 * median ratio of the rounds is printed. A complement to the JMH benchmark, not a replacement: run both.
 *
 * <pre>{@code
 * java -cp examples/target/gongbao-benchmarks.jar io.github.gongbao.examples.bench.CpuTimeRatio [rounds] [seconds]
 * }</pre>
 */
public final class CpuTimeRatio {
  private CpuTimeRatio() {}

  /** Counts the results, so that the JIT cannot drop the work (printed at the end). */
  private static final java.util.concurrent.atomic.AtomicLong sink = new java.util.concurrent.atomic.AtomicLong();

  /** @param args rounds (default 10) and seconds per measurement (default 2) */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String text = ReportParserBenchmark.load();
    ReportParser parser = ReportParser.create();
    Supplier<Object> parse = () -> parser.parse(text);
    Supplier<Object> naive = () -> ReportParserBenchmark.naive(text);
    for (int w = 0; w < 3; w++) { // warm-up: let the JIT settle both
      cpuMicrosPerOp(parse, seconds);
      cpuMicrosPerOp(naive, seconds);
    }
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double p = cpuMicrosPerOp(parse, seconds);
      double n = cpuMicrosPerOp(naive, seconds);
      ratios.add(p / n);
      System.out.printf("round %2d: parse %,8.0f µs, naive %,8.0f µs, ratio %.2f%n", r + 1, p, n, p / n);
    }
    Collections.sort(ratios);
    System.out.printf("median ratio %.2f (min %.2f, max %.2f) over %d rounds%n", ratios.get(ratios.size() / 2),
        ratios.get(0), ratios.get(ratios.size() - 1), rounds);
    System.out.println("(checksum " + sink.get() + ")");
  }

  private static double cpuMicrosPerOp(Supplier<Object> op, int seconds) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long cpu0 = mx.getCurrentThreadCpuTime();
    int n = 0;
    while (System.nanoTime() < end) {
      sink.addAndGet(System.identityHashCode(op.get()) & 1);
      n++;
    }
    return (mx.getCurrentThreadCpuTime() - cpu0) / 1e3 / n;
  }
}
