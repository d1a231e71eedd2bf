package io.github.gongbao.examples.bench;

import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.SkippedFigure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A fuzzing campaign outside the build: mutated reports (spans inserted, deleted and duplicated; random Unicode,
 * surrogates, NULs, long digit runs) through one shared parser, checking the parser's promises on each: it never
 * throws, every span starts and ends on a code-point boundary and spells the input at its offsets, and claims
 * stay under half the input's characters (a claim needs at least a digit and a unit or a per cent sign). Prints a summary and exits 1 on the first broken promise, with
 * its reproducer.
 *
 * <pre>
 * java -cp examples/target/gongbao-benchmarks.jar io.github.gongbao.examples.bench.FuzzCampaign [INPUTS] [SEED]
 * </pre>
 */
public final class FuzzCampaign {
  private static final String SPICE = "增长下降持平个百分点亿元万人%第位居全省前列，。、；：（）“”|\n\t 0123456789零一二十百千万亿";

  private FuzzCampaign() {}

  /**
   * @param args the number of inputs (default 1,000,000) and the seed (default 1)
   * @throws IOException if the bundled report cannot be read
   */
  public static void main(String[] args) throws IOException {
    int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
    String base;
    try (InputStream in = FuzzCampaign.class.getResourceAsStream(ReportParserBenchmark.RESOURCE)) {
      if (in == null) {
        throw new IOException("the benchmark report " + ReportParserBenchmark.RESOURCE + " is missing");
      }
      base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ReportParser parser = ReportParser.create();
    Random r = new Random(seed);
    long chars = 0;
    long claims = 0;
    long start = System.nanoTime();
    for (int i = 0; i < inputs; i++) {
      String text = mutate(base, r);
      chars += text.length();
      @Nullable String problem;
      try {
        Report report = parser.parse(text);
        claims += report.claims().size();
        problem = check(text, report);
      } catch (RuntimeException e) {
        problem = "threw " + e;
      }
      if (problem != null) {
        System.out.println("input " + i + " (seed " + seed + "): " + problem);
        System.out.println("reproducer: " + escape(text));
        System.exit(1);
      }
    }
    System.out.printf("%,d inputs, %,d characters, %,d claims, no broken promise (%.0f s, seed %d)%n", inputs, chars,
        claims, (System.nanoTime() - start) / 1e9, seed);
  }

  /** A window of the report, mutated a few times. */
  static String mutate(String base, Random r) {
    int from = r.nextInt(base.length());
    int len = Math.min(base.length() - from, 1 + r.nextInt(600));
    StringBuilder sb = new StringBuilder(base.substring(from, from + len));
    int edits = 1 + r.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
      switch (r.nextInt(6)) {
        case 0 -> sb.insert(at, SPICE.charAt(r.nextInt(SPICE.length())));
        case 1 -> {
          if (sb.length() > 0) {
            int end = Math.min(sb.length(), at + 1 + r.nextInt(20));
            sb.delete(Math.min(at, sb.length() - 1), end);
          }
        }
        case 2 -> {
          int end = Math.min(sb.length(), at + r.nextInt(40));
          sb.insert(at, sb.substring(at, end));
        }
        case 3 -> sb.insert(at, (char) r.nextInt(0x10000)); // lone surrogates and NULs included
        case 4 -> sb.insert(at, "9".repeat(1 + r.nextInt(40)));
        default -> sb.insert(at, new String(Character.toChars(0x10000 + r.nextInt(0x20000))));
      }
    }
    return sb.toString();
  }

  /** @return what promise the report breaks, or null */
  static @Nullable String check(String text, Report report) {
    int n = report.claims().size();
    if (n > text.length() / 2 + 1) {
      return n + " claims from " + text.length() + " characters";
    }
    for (Claim c : report.claims()) {
      String bad = span(text, c.start(), c.end(), c.quote().orElse(null));
      if (bad != null) {
        return bad + " in " + c;
      }
    }
    for (SkippedFigure s : report.skipped()) {
      String bad = span(text, s.span().start(), s.span().end(), s.span().text());
      if (bad != null) {
        return bad + " in " + s;
      }
    }
    return null;
  }

  private static @Nullable String span(String text, int start, int end, @Nullable String quote) {
    if (start < 0 || end > text.length() || start > end) {
      return "span [" + start + ", " + end + ") outside the input";
    }
    if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
        && Character.isHighSurrogate(text.charAt(start - 1))) {
      return "span starts inside a code point";
    }
    if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
        && Character.isHighSurrogate(text.charAt(end - 1))) {
      return "span ends inside a code point";
    }
    if (quote != null && !text.substring(start, end).equals(quote)) {
      return "span text differs from the input";
    }
    return null;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }
}
