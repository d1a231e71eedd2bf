package io.github.gongbao.examples;

import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Parses a report and prints its facts: each indicator or fiscal line with its amounts, growth rates,
 * comparisons, rankings and shares.
 *
 * <pre>{@code
 * java -cp examples/target/gongbao.jar io.github.gongbao.examples.ParseReport [FILE]
 * }</pre>
 */
public final class ParseReport {
  static final String TEXT = "上半年，全市一般公共预算收入79.9亿元，同比增长4.5%，高于全省平均水平1.2个百分点，"
      + "增速居全省第2位。其中，税收收入56.1亿元，占一般公共预算收入的比重为70.2%。城镇新增就业3.2万人。";

  private ParseReport() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
  }

  /**
   * Parses {@code args[0]} (or the text above) and prints its facts; a file that cannot be read or decoded
   * is one line on {@code err}.
   *
   * @return the exit code: 0, or 1 if the file could not be read or decoded
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    ReportParser parser = ReportParser.create();          // immutable, thread safe: build once
    if (args.length == 0) {
      print(parser.parse(TEXT), out);
      return 0;
    }
    try {
      // a file's bytes, charset detected (UTF-8, GB18030, Big5 …)
      print(parser.parse(Files.readAllBytes(Path.of(args[0]))), out);
      return 0;
    } catch (NoSuchFileException e) {
      err.println("ParseReport: " + args[0] + ": no such file");
    } catch (IOException e) {
      err.println("ParseReport: " + args[0] + ": cannot read: " + e.getMessage());
    } catch (ReportDecodingException e) {
      err.println("ParseReport: " + args[0] + ": " + e.getMessage());
    }
    return 1;
  }

  static void print(Report report, PrintStream out) {
    out.println(report.facts().size() + " facts, script " + report.script());
    for (Fact f : report.facts()) {
      out.println(f.getClass().getSimpleName().replace("Immutable", "") + " " + f.name()
          + f.region().map(r -> "  " + r.asWritten()).orElse("")
          + f.period().map(p -> "  [" + p.asWritten() + "]").orElse(""));
      f.amounts().forEach(a -> out.println("  amount      " + a.quantity() + " = "
          + a.quantity().value().toPlainString() + " " + a.quantity().unit().code()));
      f.growthRates().forEach(g -> out.println("  growth      " + g.percent().toPlainString() + "% "
          + g.basis().toString().toLowerCase(Locale.ROOT)));
      f.comparisons().forEach(c -> out.println("  comparison  " + c.points().toPlainString() + " points "
          + c.kind().toString().toLowerCase(Locale.ROOT) + c.benchmark().map(b -> " vs " + b).orElse("")));
      f.rankings().forEach(r -> out.println("  rank        " + r.position().map(String::valueOf)
          .or(r::tier).orElse("?") + " in " + r.scope()));
      f.shares().forEach(s -> out.println("  share       " + s.percent().toPlainString() + "%"
          + s.parent().map(p -> " of " + p).orElse("")));
    }
  }
}
