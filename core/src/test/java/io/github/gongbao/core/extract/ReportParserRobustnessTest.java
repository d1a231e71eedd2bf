package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial input and concurrency for {@link ReportParser#parse(CharSequence)}.
 *
 * <p><b>Linearity.</b> For each kind of adversarial text (a long digit run, 万万万…, repeated brackets,
 * text with no punctuation at all, "增长5%" repeated, one huge line of Chinese numerals, random CJK) the
 * test parses 1 MB and 4 MB of it (sizes in bytes of UTF-8) and checks that parsing does not throw and
 * that the <em>ratio</em> of times t(4 MB) / t(1 MB) stays below {@value #MAX_RATIO} (linear time gives
 * about 4, quadratic about 16). It checks the ratio, not an absolute time: the machine's speed cancels
 * out. A 256 KB piece of the same text is parsed first as warm-up; then the minimum of {@value #RUNS}
 * runs at 1 MB is taken, and the 4 MB text is timed once, and again (up to {@value #RUNS} times in all,
 * keeping the minimum) only while the ratio is over the bound, so that a garbage collection or a JIT
 * compilation in one run does not decide the result while the whole test stays within about a minute on
 * a two-core machine (parsing adversarial text runs at about 1 MB/s).
 *
 * <p><b>Thread safety.</b> One parser shared by eight threads parsing different texts at the same time
 * gives the same reports and claims as parsing them one after another.
 */
class ReportParserRobustnessTest {
  /** Generous bound on t(4 MB) / t(1 MB); linear is about 4. */
  static final double MAX_RATIO = 11.0;
  static final int RUNS = 3;
  static final int MB = 1 << 20;

  private static final ReportParser PARSER = ReportParser.create();

  /** Repeats {@code unit} until the text has {@code bytes} bytes of UTF-8 (or just over). */
  static String repeat(String unit, int bytes) {
    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
    return unit.repeat((bytes + unitBytes - 1) / unitBytes);
  }

  /** Random characters from {@code alphabet}, seeded, up to {@code bytes} bytes of UTF-8. */
  static String random(String alphabet, int bytes, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int n = 0;
    while (n < bytes) {
      char c = alphabet.charAt(r.nextInt(alphabet.length()));
      sb.append(c);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return sb.toString();
  }

  /** Random characters of the CJK Unified Ideographs block, seeded. */
  static String randomCjk(int bytes, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(bytes / 3 + 1);
    for (int n = 0; n < bytes; n += 3) {
      sb.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00 + 1)));
    }
    return sb.toString();
  }

  static Stream<Arguments> adversarial() {
    return Stream.of(
        Arguments.of("long digit run", (IntFunction<String>) n -> repeat("1234567890", n)),
        Arguments.of("万万万…", (IntFunction<String>) n -> repeat("万", n)),
        Arguments.of("repeated brackets ((((", (IntFunction<String>) n -> repeat("(", n)),
        Arguments.of("mixed open brackets", (IntFunction<String>) n -> repeat("（【《「〔[", n)),
        Arguments.of("no punctuation at all", (IntFunction<String>) n -> repeat(
            "全市规模以上工业增加值同比增长五点五个百分点占全省比重居第三位固定资产投资一千二百三十四亿元", n)),
        Arguments.of("repeated 增长5%", (IntFunction<String>) n -> repeat("增长5%", n)),
        Arguments.of("one line of Chinese numerals",
            (IntFunction<String>) n -> random("一二三四五六七八九十百千万亿零两点", n, 7)),
        Arguments.of("random CJK", (IntFunction<String>) n -> randomCjk(n, 11)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void linearOnAdversarialInput(String name, IntFunction<String> make) {
    String small = make.apply(MB);
    String large = make.apply(4 * MB);
    PARSER.parse(make.apply(MB / 4));  // warm-up
    long tSmall = minTime(small, RUNS);
    long tLarge = minTime(large, 1);
    for (int run = 1; run < RUNS && (double) tLarge / tSmall >= MAX_RATIO; run++) {
      tLarge = Math.min(tLarge, minTime(large, 1));
    }
    final long tLargeMin = tLarge;
    double ratio = (double) tLargeMin / tSmall;
    System.out.printf("%-30s 1 MB (%,d chars) %,8.1f ms   4 MB (%,d chars) %,8.1f ms   ratio %.2f%n",
        name, small.length(), tSmall / 1e6, large.length(), tLargeMin / 1e6, ratio);
    assertTrue(ratio < MAX_RATIO, () -> String.format(
        "%s: t(4 MB)/t(1 MB) = %.2f (%.1f ms / %.1f ms), not linear", name, ratio, tLargeMin / 1e6, tSmall / 1e6));
  }

  private static long minTime(String text, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      Report r = PARSER.parse(text);
      long t = System.nanoTime() - t0;
      ReportParserProperties.checkOffsets(text, r);
      best = Math.min(best, t);
    }
    return best;
  }

  // ------------------------------------------------------------------ thread safety

  private static final String[] SUBJECTS = {
    "地区生产总值", "规模以上工业增加值", "固定资产投资", "一般公共预算收入", "社会消费品零售总额",
    "税收收入", "进出口总额", "工业投资", "民间投资", "建筑业总产值"
  };

  /** A report of a few dozen sentences, different for each seed; odd seeds in Traditional. */
  static String report(int seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(seed % 3 == 0 ? "上半年，全市" : "1~6月份，全市");
    for (int i = 0; i < 40; i++) {
      String s = SUBJECTS[r.nextInt(SUBJECTS.length)];
      String a = r.nextInt(9999) + "." + r.nextInt(10);
      String x = (1 + r.nextInt(30)) + "." + r.nextInt(10);
      switch (r.nextInt(4)) {
        case 0:
          sb.append(s).append(a).append("亿元，同比增长").append(x).append("%。");
          break;
        case 1:
          sb.append(s).append("同比下降").append(x).append("%。");
          break;
        case 2:
          sb.append(s).append("完成").append(a).append("亿元，增长").append(x).append("%，居全省第")
              .append(1 + r.nextInt(16)).append("位。");
          break;
        default:
          sb.append(s).append("增长").append(x).append("%，高于全省").append(r.nextInt(5)).append('.')
              .append(r.nextInt(10)).append("个百分点。");
          break;
      }
      if (r.nextInt(8) == 0) {
        sb.append('\n');
      }
    }
    String text = sb.toString();
    return seed % 2 == 1 ? Transliterator.getInstance("Simplified-Traditional").transliterate(text) : text;
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sharedParserIsThreadSafe() throws Exception {
    int threads = 8;
    int rounds = 20;
    List<String> texts = new ArrayList<>();
    List<Report> expected = new ArrayList<>();
    List<List<Claim>> expectedClaims = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      texts.add(report(i));
      Report r = PARSER.parse(texts.get(i));
      expected.add(r);
      expectedClaims.add(r.claims());
      assertFalse(r.claims().isEmpty(), "the texts must give claims for the test to mean anything");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Report>>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String text = texts.get(i);
        Callable<List<Report>> task = () -> {
          start.await();
          List<Report> out = new ArrayList<>();
          for (int k = 0; k < rounds; k++) {
            Report r = PARSER.parse(text);
            r.claims();  // computed lazily: compute it here, under contention
            out.add(r);
          }
          return out;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (int i = 0; i < threads; i++) {
        for (Report r : futures.get(i).get(60, TimeUnit.SECONDS)) {
          assertEquals(expected.get(i), r, "report of text " + i);
          assertEquals(expectedClaims.get(i), r.claims(), "claims of text " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
