package io.github.gongbao.examples.cli;

import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.jspecify.annotations.Nullable;

/** {@code gongbao extract [FILE…]}: reads reports and prints their claims or facts. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    header = "Reads reports and prints every quantitative claim.",
    versionProvider = GongbaoCli.Version.class,
    description = {"With no FILE, or FILE -, reads standard input; with no FILE and a terminal on standard input, "
            + "runs on the bundled sample report. A folder is read recursively (*.txt; *.jsonl with --jsonl).",
        "Claims carry a source: the file name, or with --jsonl the record's --id-field (else FILE:LINE); "
            + "standard input has none. Every format has the same columns and shape for one input or many; "
            + "json is one line per input: {\"source\":…,\"report\":{…}}.",
        "Inputs are parsed on every core, output in input order; a progress bar shows on a terminal's stderr.",
        "With --format claims or csv, a file above 4 MiB is read in pieces cut at newlines (bounded memory; claims "
            + "keep offsets into the whole file)."},
    footer = {"", "Exit codes: 0 success, 1 a file could not be read or decoded (the others are still "
        + "processed), 2 usage."})
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand GongbaoCli cli;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Report text files; - for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
      converter = LowerCaseEnums.FormatConverter.class, completionCandidates = LowerCaseEnums.FormatNames.class,
      description = "table (default; aligned columns), json (one line per input: {\"source\":…,\"report\":…}), "
          + "claims (JSON Lines, one claim a line), csv (the same columns as claims), html (a page per report; "
          + "several need --out).")
  Format format;

  @Option(names = {"-e", "--encoding"}, defaultValue = "auto", paramLabel = "CHARSET",
      description = "auto (default: UTF-8, else ICU4J charset detection), UTF-8, GB18030, Big5 or any Java "
          + "charset name.")
  String encoding;

  @Option(names = "--derived", description = "Also print facts computed from stated ones (marked derived).")
  boolean derived;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Write one output file per input into DIR (NAME.jsonl, NAME.csv, NAME.json, NAME.table.txt, "
          + "NAME.html).")
  Path outDir;

  @Option(names = "--sample", arity = "0..1", fallbackValue = "simplified", paramLabel = "SCRIPT",
      converter = LowerCaseEnums.SampleConverter.class,
      description = "Run on the bundled sample report: simplified (default) or traditional.")
  SampleReport sample;

  @Option(names = "--jsonl", description = "Read every FILE (and standard input, and *.jsonl files in folders) "
      + "as JSON Lines: one report per line, a JSON object with the text in --text-field.")
  boolean jsonl;

  @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
      description = "With --jsonl: the field holding the report's text (default: text).")
  String textField;

  @Option(names = "--id-field", paramLabel = "NAME",
      description = "With --jsonl: the field copied to every claim as its source (default: FILE:LINE).")
  String idField;

  @Option(names = "--threads", paramLabel = "N",
      description = "Parse on N threads (default: one per core); output stays in input order.")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    Charset charset = charset();
    if (!jsonl && (idField != null || !textField.equals("text"))) {
      throw new ParameterException(spec.commandLine(), "--text-field and --id-field go with --jsonl");
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (format == Format.HTML && outDir == null && (jsonl || files.size() > 1
        || files.stream().anyMatch(f -> Files.isDirectory(Path.of(f))))) {
      throw new ParameterException(spec.commandLine(), "--format html writes one page per input: give --out DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReportParser parser = ReportParser.builder().includeDerived(derived).build();
    Writer stdout = spec.commandLine().getOut();
    if (outDir != null && !createOutDir(err)) {
      return 1;
    }
    try (Inputs inputs = inputs()) {
      if (format.readsInPieces()) {
        inputs.readLargeFilesInPieces(charset, cli.pieces());   // a huge file in bounded memory
      }
      boolean several = jsonl || files.size() > 1 || files.stream().anyMatch(f -> Files.isDirectory(Path.of(f)));
      ReportWriter shared = outDir == null ? sharedWriter(stdout, several) : null;
      Progress progress = cli.stderrIsTerminal() && (several || inputs.totalBytes() > PROGRESS_MIN_BYTES)
          ? new Progress(err, inputs.totalBytes(), inputs::bytesRead) : Progress.none();
      Set<String> usedNames = new HashSet<>();
      int[] failures = {0};
      PieceFile[] pieceFile = {null};   // with --out, the output of the file being read in pieces
      try (OrderedParser pipeline = new OrderedParser(parser, charset, workers)) {
        pipeline.run(inputs, parsed -> {
          Input.Part part = parsed.input().part();
          progress.done(parsed.input().size(), part == null || part.last());
          String text = parsed.text();
          Report report = parsed.report();
          if (text == null || report == null) {
            progress.clear();
            err.println("gongbao: extract: " + parsed.input().name() + ": " + parsed.problem());
            failures[0]++;
            if (part != null && part.last() && pieceFile[0] != null) {
              pieceFile[0].close();
              pieceFile[0] = null;
            }
          } else if (part != null) {
            if (shared != null) {
              shared.writePiece(parsed.sourceOrDash(), report, part.offset());
              stdout.flush();
            } else if (!writePieceToOutDir(parsed, report, part, pieceFile, usedNames, err, progress)) {
              failures[0]++;
            }
          } else if (shared != null) {
            shared.write(parsed.sourceOrDash(), text, report, Objects.requireNonNullElse(parsed.charset(), "unknown"));
            stdout.flush();
          } else if (!writeToOutDir(parsed, text, report, usedNames, err, progress)) {
            failures[0]++;
          }
        });
      } catch (OutOfMemoryError e) {
        progress.clear();
        err.println(GongbaoCli.OUT_OF_MEMORY);
        return 1;
      } finally {
        if (pieceFile[0] != null) {
          pieceFile[0].close();
        }
      }
      progress.clear();
      if (shared != null) {
        shared.finish();
      }
      err.flush();
      return failures[0] == 0 ? 0 : 1;
    }
  }

  /**
   * @return the writer of all reports to standard output: for claims, UTF-8 bytes straight to the stream under
   *     {@code stdout} when the command line has one (the same bytes, encoded once), else {@code stdout}'s format
   */
  private ReportWriter sharedWriter(Writer stdout, boolean several) throws IOException {
    OutputStream bytes = cli.stdoutBytes();
    if (format == Format.CLAIMS && bytes != null) {
      stdout.flush();   // nothing written to it may come after the bytes
      return new ClaimsLinesReportWriter(bytes);
    }
    return format.writer(stdout, several);
  }

  /** Above this many bytes one input gets a progress bar too. */
  private static final long PROGRESS_MIN_BYTES = 50_000_000L;

  private boolean createOutDir(PrintWriter err) {
    try {
      Files.createDirectories(outDir);
      return true;
    } catch (IOException e) {
      err.println("gongbao: extract: " + outDir + ": cannot create the output directory: " + Messages.of(e));
      return false;
    }
  }

  private boolean writeToOutDir(OrderedParser.Parsed parsed, String text, Report report, Set<String> usedNames,
      PrintWriter err, Progress progress) {
    Path target = outDir.resolve(uniqueName(parsed.input().stem(), usedNames) + "." + format.extension());
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      ReportWriter rw = format.writer(w, false);
      rw.write(parsed.sourceOrDash(), text, report, Objects.requireNonNullElse(parsed.charset(), "unknown"));
      rw.finish();
    } catch (IOException e) {
      progress.clear();
      err.println("gongbao: extract: " + target + ": cannot write: " + Messages.of(e));
      return false;
    }
    if (!jsonl) {
      progress.clear();
      err.println("gongbao: extract: " + parsed.input().name() + " -> " + target + " ("
          + report.claims().size() + " claims)");
    }
    return true;
  }

  /**
   * With {@code --out DIR}: the output file of a file read in pieces, open from its first piece to its last.
   * {@code writer} is null once writing failed (the file's remaining pieces are skipped).
   */
  private static final class PieceFile {
    final Path target;
    @Nullable Writer out;
    @Nullable ReportWriter writer;
    int claims;

    PieceFile(Path target, Writer out, ReportWriter writer) {
      this.target = target;
      this.out = out;
      this.writer = writer;
    }

    void close() {
      Writer w = out;
      out = null;
      writer = null;
      try {
        if (w != null) {
          w.close();
        }
      } catch (IOException e) {
        // reported when writing failed; a failed close after that adds nothing
      }
    }
  }

  private boolean writePieceToOutDir(OrderedParser.Parsed parsed, Report report, Input.Part part,
      PieceFile[] open, Set<String> usedNames, PrintWriter err, Progress progress) {
    PieceFile file = open[0];
    if (file == null) {
      Path target = outDir.resolve(uniqueName(parsed.input().stem(), usedNames) + "." + format.extension());
      try {
        Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        file = new PieceFile(target, w, format.writer(w, false));
      } catch (IOException e) {
        progress.clear();
        err.println("gongbao: extract: " + target + ": cannot write: " + Messages.of(e));
        file = new PieceFile(target, Writer.nullWriter(), format.writer(Writer.nullWriter(), false));
        file.close();   // the file's other pieces are skipped; the failure is counted once
        open[0] = part.last() ? null : file;
        return false;
      }
      open[0] = file;
    }
    ReportWriter rw = file.writer;
    if (rw == null) {
      if (part.last()) {
        open[0] = null;
      }
      return true;   // writing this file failed on an earlier piece, already reported
    }
    try {
      rw.writePiece(parsed.sourceOrDash(), report, part.offset());
      file.claims += report.claims().size();
      if (part.last()) {
        rw.finish();
        Writer w = file.out;
        file.out = null;
        if (w != null) {
          w.close();
        }
      }
    } catch (IOException e) {
      progress.clear();
      err.println("gongbao: extract: " + file.target + ": cannot write: " + Messages.of(e));
      file.close();
      if (part.last()) {
        open[0] = null;
      }
      return false;
    }
    if (part.last()) {
      open[0] = null;
      progress.clear();
      err.println("gongbao: extract: " + parsed.input().name() + " -> " + file.target + " (" + file.claims
          + " claims)");
    }
    return true;
  }

  private static String uniqueName(String stem, Set<String> used) {
    String name = stem;
    for (int n = 2; !used.add(name); n++) {
      name = stem + "-" + n;
    }
    return name;
  }

  private @Nullable Charset charset() {
    return ReportInputs.charsetOption(encoding, spec);
  }


  private Inputs inputs() throws IOException {
    List<Input> fixed = new ArrayList<>();
    List<String> args = files;
    if (sample != null) {
      if (!files.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--sample takes no FILE");
      }
      fixed.add(Input.sample(sample));
    } else if (files.isEmpty()) {
      if (cli.stdinIsTerminal()) {
        spec.commandLine().getErr().println("gongbao: no input given, so running on the bundled sample report "
            + SampleReport.SIMPLIFIED.fileName() + " (made up for this demo). Give FILE… or pipe a report "
            + "to read your own.");
        fixed.add(Input.sample(SampleReport.SIMPLIFIED));
      } else {
        args = List.of("-");
      }
    } else if (files.stream().filter(f -> f.equals("-")).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input (-) given more than once");
    }
    return Inputs.of(fixed, args, cli.stdin(), jsonl, textField, idField);
  }
}
