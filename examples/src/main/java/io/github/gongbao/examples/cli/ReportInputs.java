package io.github.gongbao.examples.cli;

import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that read many reports at once ({@code panel}, {@code coverage}), as a picocli mixin:
 * the same FILE arguments, {@code --encoding}, {@code --jsonl}, {@code --text-field}, {@code --id-field} and
 * {@code --threads} as {@code extract}, read by {@link Inputs} and parsed by {@link OrderedParser}.
 */
final class ReportInputs {
  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Report text files or folders (read recursively: *.txt, or *.jsonl with --jsonl); - for "
          + "standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-e", "--encoding"}, defaultValue = "auto", paramLabel = "CHARSET",
      description = "auto (default: UTF-8, else ICU4J charset detection), UTF-8, GB18030, Big5 or any Java "
          + "charset name.")
  String encoding = "auto";

  @Option(names = "--jsonl", description = "Read every FILE (and *.jsonl files in folders) as JSON Lines: one "
      + "report per line, a JSON object with the text in --text-field.")
  boolean jsonl;

  @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
      description = "With --jsonl: the field holding the report's text (default: text).")
  String textField = "text";

  @Option(names = "--id-field", paramLabel = "NAME",
      description = "With --jsonl: the field that names the report as its source (default: FILE:LINE).")
  @Nullable String idField;

  @Option(names = "--threads", paramLabel = "N",
      description = "Parse on N threads (default: one per core).")
  @Nullable Integer threads;

  /** Receives each report that was read, in input order. */
  interface Sink {
    /**
     * @param source the report's source: the file as given, the record's id, or {@code -} for standard input
     * @param text the decoded text
     * @param report the report
     * @throws IOException if writing fails
     */
    void accept(String source, String text, Report report) throws IOException;
  }

  /**
   * Reads, decodes and parses every input, hands each report to {@code sink} in input order, and names on stderr
   * each input that could not be read (the others are still read).
   *
   * @param cli the command line (standard input)
   * @param spec the running command, for usage errors and stderr
   * @param sink what receives the reports
   * @return how many inputs could not be read
   * @throws IOException if the sink fails
   */
  int read(GongbaoCli cli, CommandSpec spec, Sink sink) throws IOException {
    Charset charset = charset(spec);
    if (!jsonl && (idField != null || !textField.equals("text"))) {
      throw new ParameterException(spec.commandLine(), "--text-field and --id-field go with --jsonl");
    }
    Integer n = threads;
    int workers = n != null ? n : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    List<String> args = files;
    if (args.isEmpty()) {
      if (cli.stdinIsTerminal()) {
        throw new ParameterException(spec.commandLine(), "give FILE or DIR (or pipe reports to standard input)");
      }
      args = List.of("-");
    } else if (args.stream().filter(f -> f.equals("-")).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) given more than once");
    }
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.name();
    int[] failures = {0};
    try (Inputs inputs = Inputs.of(List.of(), args, cli.stdin(), jsonl, textField, idField);
        OrderedParser pipeline = new OrderedParser(ReportParser.create(), charset, workers)) {
      boolean several = jsonl || args.size() > 1 || args.stream().anyMatch(f -> Files.isDirectory(Path.of(f)));
      Progress progress = cli.stderrIsTerminal() && several
          ? new Progress(err, inputs.totalBytes(), inputs::bytesRead) : Progress.none();
      pipeline.run(inputs, parsed -> {
        progress.inputDone(parsed.input().size());
        String text = parsed.text();
        Report report = parsed.report();
        if (text == null || report == null) {
          progress.clear();
          err.println("gongbao: " + name + ": " + parsed.input().name() + ": " + parsed.problem());
          failures[0]++;
        } else {
          sink.accept(parsed.sourceOrDash(), text, report);
        }
      });
      progress.clear();
    }
    err.flush();
    return failures[0];
  }

  private @Nullable Charset charset(CommandSpec spec) {
    return charsetOption(encoding, spec);
  }

  /**
   * The charset an {@code --encoding} option names, for every command that reads reports.
   *
   * @return null for {@code auto} (detect it)
   * @throws ParameterException naming the option's value when no such charset exists
   */
  static @Nullable Charset charsetOption(String encoding, CommandSpec spec) {
    if (encoding.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParameterException(spec.commandLine(),
          "unknown encoding '" + encoding + "' (use auto, UTF-8, GB18030 or Big5)");
    }
  }

}
