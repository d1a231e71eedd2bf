package io.github.gongbao.examples.cli;

import io.github.gongbao.units.ChineseNumeralFormatter;
import io.github.gongbao.units.ChineseNumeralFormatter.Style;
import io.github.gongbao.units.ChineseNumerals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gongbao numeral [TEXT…]}: Chinese numerals to plain decimals, or with {@code --to-chinese} numbers
 * to Chinese numerals.
 */
@Command(
    name = "numeral",
    mixinStandardHelpOptions = true,
    header = "Chinese numerals to plain decimals, and back.",
    versionProvider = GongbaoCli.Version.class,
    description = {"Reads Chinese numerals (三千零五十, 壹仟贰佰, 3.91万, 一亿零五百万) and prints their exact "
        + "values as plain decimals; with --to-chinese, writes numbers as Chinese numerals.",
        "With no TEXT, reads one numeral per line from standard input and prints one line per input line: "
            + "the result, or 'error: ' and the message."},
    footer = {"", "Exit codes: 0 success, 1 a TEXT argument or a line of standard input is not a numeral "
        + "(every line still gets its output line), 2 usage."})
final class NumeralCommand implements Callable<Integer> {
  @ParentCommand GongbaoCli cli;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Numerals to convert.")
  List<String> texts = new ArrayList<>();

  @Option(names = {"-c", "--to-chinese"},
      description = "Write each number (1234.5, or any numeral read above) as a Chinese numeral.")
  boolean toChinese;

  @Option(names = "--financial", description = "With --to-chinese: financial numerals (壹仟贰佰叁拾肆).")
  boolean financial;

  @Option(names = "--compact", description = "With --to-chinese: digits and one scale word (79.9亿).")
  boolean compact;

  @Option(names = "--traditional", description = "With --to-chinese: Traditional characters (萬, 億, 點).")
  boolean traditional;

  @Override
  public Integer call() throws IOException {
    if (!toChinese && (financial || compact || traditional)) {
      throw new ParameterException(spec.commandLine(),
          "--financial, --compact and --traditional go with --to-chinese");
    }
    if (financial && compact) {
      throw new ParameterException(spec.commandLine(), "--financial and --compact exclude each other");
    }
    ChineseNumeralFormatter formatter = formatter();
    PrintWriter out = spec.commandLine().getOut();
    if (!texts.isEmpty()) {
      int errors = 0;
      for (String t : texts) {
        String line = convert(t, formatter);
        errors += line.startsWith("error: ") ? 1 : 0;
        out.println(line);
      }
      out.flush();
      return errors == 0 ? 0 : 1;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(cli.stdin(), StandardCharsets.UTF_8));
    boolean first = true;
    int errors = 0;
    for (String line; (line = in.readLine()) != null; first = false) {
      if (first && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String result = convert(line, formatter);
      errors += result.startsWith("error: ") ? 1 : 0;
      out.println(result);
      out.flush();
    }
    return errors == 0 ? 0 : 1;
  }

  private ChineseNumeralFormatter formatter() {
    ChineseNumeralFormatter f =
        traditional ? ChineseNumeralFormatter.traditional() : ChineseNumeralFormatter.simplified();
    if (financial) {
      f = f.style(Style.FINANCIAL);
    } else if (compact) {
      f = f.style(Style.COMPACT);
    }
    return f;
  }

  /** @return the converted value, or {@code error: } and the message */
  private String convert(String text, ChineseNumeralFormatter formatter) {
    try {
      BigDecimal value = ChineseNumerals.parse(text);
      return toChinese ? formatter.format(value) : value.toPlainString();
    } catch (IllegalArgumentException | ArithmeticException e) {
      return "error: " + Messages.of(e);
    }
  }
}
