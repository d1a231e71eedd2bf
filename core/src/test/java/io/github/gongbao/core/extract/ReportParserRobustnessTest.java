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
 * <p><b>Linearity, by counting work.</b> For each kind of adversarial text (a long digit run, 万万万…, repeated
 * brackets, text with no punctuation, "增长5%" repeated, one huge line of Chinese numerals, random CJK, and the
 * families of issue 10: a schedule comparison repeated, distinct subjects in one endless sentence, a shared rank
 * after many subjects) the test parses 1 MB and 4 MB of it and counts the characters the engine's scans examine
 * ({@code WorkMeter}). Work per input character must stay under {@value #MAX_WORK_PER_CHAR} at both sizes, and
 * work at 4 MB must be under {@value #MAX_WORK_RATIO} times the work at 1 MB (linear gives 4, quadratic 16). The
 * counts do not depend on the machine's speed or load, so the test cannot fail at random; timings belong in the
 * JMH benchmarks. Claims per character are bounded too: output stays linear in input.
 *
 * <p><b>Thread safety.</b> One parser shared by eight threads parsing different texts at the same time
 * gives the same reports and claims as parsing them one after another.
 */
class ReportParserRobustnessTest {
  /** Work counted per input character; the engine's windows are bounded (clause 300, lead 48, lookback 16). */
  static final long MAX_WORK_PER_CHAR = 400;
  /** Work at 4 MB over work at 1 MB; linear is 4. */
  static final double MAX_WORK_RATIO = 4.5;
  /** Claims per input character. */
  static final double MAX_CLAIMS_PER_CHAR = 0.25;
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
        Arguments.of("random CJK", (IntFunction<String>) n -> randomCjk(n, 11)),
        Arguments.of("进度快1%， repeated", (IntFunction<String>) n -> repeat("进度快1%，", n)),
        Arguments.of("distinct subjects, one sentence", (IntFunction<String>) n -> distinctSubjects(n, "产量增长1%，")),
        Arguments.of("table rows, one cell a line", (IntFunction<String>) n -> repeat("行业\n产值（亿元）\n农业\n12.3\n", n)),
        Arguments.of("pipe table rows", (IntFunction<String>) n -> repeat("项目 | 完成数 | 增长(%)\n契税 | 7,930 | -18.4\n", n)),
        Arguments.of("shared rank after each subject",
            (IntFunction<String>) n -> distinctSubjects(n, "产量增长1%，均居全省第1位，")));
  }

  /** Two-character names, all distinct, each followed by {@code statement}, with no sentence end: about n bytes. */
  static String distinctSubjects(int bytes, String statement) {
    StringBuilder sb = new StringBuilder(bytes / 3 + 16);
    for (int i = 0; sb.length() * 3 < bytes; i++) {
      sb.append((char) (0x4E00 + i % 20000)).append((char) (0x4E00 + i / 20000 % 20000)).append(statement);
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void linearOnAdversarialInput(String name, IntFunction<String> make) {
    String small = make.apply(MB);
    String large = make.apply(4 * MB);
    long wSmall = work(small);
    long wLarge = work(large);
    double ratio = (double) wLarge / wSmall;
    System.out.printf("%-34s 1 MB (%,d chars) work %,d   4 MB (%,d chars) work %,d   ratio %.2f%n",
        name, small.length(), wSmall, large.length(), wLarge, ratio);
    assertTrue(wSmall <= MAX_WORK_PER_CHAR * small.length(), () -> name + ": work " + wSmall + " for "
        + small.length() + " characters");
    assertTrue(wLarge <= MAX_WORK_PER_CHAR * large.length(), () -> name + ": work " + wLarge + " for "
        + large.length() + " characters");
    assertTrue(ratio < MAX_WORK_RATIO, () -> String.format("%s: work(4 MB)/work(1 MB) = %.2f, not linear", name,
        ratio));
  }

  /** Parses {@code text} once with the work meter on; checks offsets and the claims' count. */
  private static long work(String text) {
    io.github.gongbao.core.internal.WorkMeter.start();
    Report r;
    long counted;
    try {
      r = PARSER.parse(text);
    } finally {
      counted = io.github.gongbao.core.internal.WorkMeter.stop();
    }
    ReportParserProperties.checkOffsets(text, r);
    int claims = r.claims().size();
    assertTrue(claims <= MAX_CLAIMS_PER_CHAR * text.length() + 1, () -> claims + " claims from " + text.length()
        + " characters");
    return counted;
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
