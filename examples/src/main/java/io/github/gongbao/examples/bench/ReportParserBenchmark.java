package io.github.gongbao.examples.bench;

import com.ibm.icu.text.Transliterator;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ReportParser#parse(CharSequence)} on a realistic city economic review of about 6,000 characters
 * ({@code bench/report-qinghe-2025h1.txt}, an original text in the genre with page debris), in Simplified
 * and in Traditional (converted with ICU4J {@code Simplified-Traditional}), beside a naive regex scan of
 * the same text as the baseline measured in the same run.
 *
 * <pre>{@code
 * mvn -B -ntp -q -DskipTests package
 * java -cp examples/target/gongbao.jar org.openjdk.jmh.Main ReportParserBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * # cold start: the first parse in a fresh JVM, ICU4J data loading included; run it several times
 * for i in 1 2 3 4 5 6 7 8 9; do java -cp examples/target/gongbao.jar \
 *     io.github.gongbao.examples.bench.ReportParserBenchmark; done
 * }</pre>
 *
 * <p>Times are µs per whole report. Throughput in MB/s of UTF-8 is the report's UTF-8 size (printed at
 * set-up) divided by the time per parse: {@code bytes / µs} is MB/s (10^6 bytes). {@code parse*} measure
 * {@code parse} alone (the claims view is computed lazily); {@code parseAndClaims*} add
 * {@link Report#claims()}, which is what {@code extract --format claims} does.
 *
 * <p>The baseline, {@link #naiveRegex}, is the extractor an analyst writes in an afternoon: one
 * {@link Pattern} for {@value #NAIVE} found along the text, each match kept as subject, verb and figure.
 * It reads growth rates only, and only in Simplified; Gongbao reads every statement kind, in both scripts,
 * with subjects, frames and spans, so the ratio is the price of that work, not a like-for-like race.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportParserBenchmark {
  /** The report, a UTF-8 resource. */
  static final String RESOURCE = "/bench/report-qinghe-2025h1.txt";

  /** The naive extractor's one pattern. */
  static final String NAIVE = "(\\S{2,12}?)(同比)?(增长|下降)(\\d+(?:\\.\\d+)?)%";

  private static final Pattern NAIVE_PATTERN = Pattern.compile(NAIVE);

  private ReportParser parser;
  private String simplified;
  private String traditional;

  /** Loads the report, converts it, and checks once that both scripts parse and give the same claims. */
  @Setup
  public void setUp() {
    parser = ReportParser.create();
    simplified = load();
    traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(simplified);
    Report s = parser.parse(simplified);
    Report t = parser.parse(traditional);
    System.out.printf("%nReport: %,d chars, %,d bytes UTF-8 (Traditional %,d bytes); Gongbao: %d facts, %d claims"
            + " (Traditional %d claims); naive regex: %d matches%n",
        simplified.length(), simplified.getBytes(StandardCharsets.UTF_8).length,
        traditional.getBytes(StandardCharsets.UTF_8).length, s.facts().size(), s.claims().size(),
        t.claims().size(), naive(simplified).size());
  }

  /** The report as a string. */
  static String load() {
    try (InputStream in = ReportParserBenchmark.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gongbao on the Simplified report. */
  @Benchmark
  public Report parseSimplified() {
    return parser.parse(simplified);
  }

  /** Gongbao on the Traditional report. */
  @Benchmark
  public Report parseTraditional() {
    return parser.parse(traditional);
  }

  /** Gongbao on the Simplified report, with the flat claims computed. */
  @Benchmark
  public Object parseAndClaimsSimplified() {
    return parser.parse(simplified).claims();
  }

  /** Gongbao on the Traditional report, with the flat claims computed. */
  @Benchmark
  public Object parseAndClaimsTraditional() {
    return parser.parse(traditional).claims();
  }

  /** The baseline: the naive regex scan of the Simplified report. */
  @Benchmark
  public List<String[]> naiveRegex() {
    return naive(simplified);
  }

  /** The naive extractor: subject, 增长/下降 and the figure of every match, in order. */
  static List<String[]> naive(String text) {
    List<String[]> out = new ArrayList<>();
    Matcher m = NAIVE_PATTERN.matcher(text);
    while (m.find()) {
      out.add(new String[] {m.group(1), m.group(3), m.group(4)});
    }
    return out;
  }

  /**
   * Cold start: times the first {@code parse} (and its claims) in this JVM, ICU4J data loading and class
   * loading included, then a second parse for comparison; prints milliseconds. Run it in several fresh
   * JVMs and take the median.
   */
  public static void main(String[] args) {
    String text = load();  // reading the resource is not the parser's work
    long t0 = System.nanoTime();
    Report first = ReportParser.create().parse(text);
    long t1 = System.nanoTime();
    int claims = first.claims().size();
    long t2 = System.nanoTime();
    Report second = ReportParser.create().parse(text);
    second.claims();
    long t3 = System.nanoTime();
    System.out.printf("first parse %.1f ms, first claims %.1f ms, first parse+claims %.1f ms, second parse+claims"
            + " %.2f ms (%d claims)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, (t3 - t2) / 1e6,
        claims);
    if (args.length > 0 && args[0].equals("--list")) {
      first.claims().forEach(c -> System.out.println(Arrays.asList(c.subject(), c.attr().code(), c.value(),
          c.unit().orElse(""), text.substring(c.start(), c.end()))));
    }
  }
}
