package io.github.gongbao.examples.cli;

import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.extract.TextDecoder;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gongbao extract [FILE…]}: reads reports and prints their claims or facts. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    header = "Reads reports and prints every quantitative claim.",
    versionProvider = GongbaoCli.Version.class,
    description = {"With no FILE, or FILE -, reads standard input; with no input and a terminal, runs on the bundled "
            + "sample report."},
    footer = {"", "Exit codes: 0 success, 1 a file could not be read or decoded (the others are still "
        + "processed), 2 usage."})
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand GongbaoCli cli;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Report text files; - for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
      converter = LowerCaseEnums.FormatConverter.class, completionCandidates = LowerCaseEnums.FormatNames.class,
      description = "table (default; aligned columns), json (facts, GongbaoJson), claims (JSON Lines), csv, "
          + "html (a page per report; several need --out).")
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

  @Override
  public Integer call() throws IOException {
    Charset charset = charset();
    List<Input> inputs = inputs();
    if (format == Format.HTML && outDir == null && inputs.size() > 1) {
      throw new ParameterException(spec.commandLine(), "--format html writes one page per input: give --out DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReportParser parser = ReportParser.builder().includeDerived(derived).build();
    boolean progress = inputs.size() > 1 && cli.terminal();
    Writer stdout = spec.commandLine().getOut();
    ReportWriter shared = outDir == null ? format.writer(stdout, inputs.size() > 1) : null;
    if (outDir != null && !createOutDir(err)) {
      return 1;
    }
    Set<String> usedNames = new HashSet<>();
    int failures = 0;
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      if (progress) {
        err.print("\r[" + (i + 1) + "/" + inputs.size() + "] " + input.name() + "\u001B[K");
        err.flush();
      }
      String problem = null;
      String text = null;
      String decodedAs = null;
      Report report = null;
      try {
        byte[] bytes = input.read();
        text = charset == null ? decodeAuto(bytes) : TextDecoder.decode(bytes, charset);
        decodedAs = format == Format.HTML ? DecodedCharset.name(bytes, text, charset) : null;
        report = parser.parse(text);
      } catch (ReportDecodingException e) {
        problem = "not valid " + e.charset() + " at byte offset " + e.byteOffset()
            + (charset == null ? " (nor in any Chinese charset detected)" : "");
      } catch (IOException e) {
        problem = Messages.of(e);
      } catch (RuntimeException e) {
        // the parser promises never to throw; if it does, name the file and go on with the others
        problem = "internal error in the parser (please report it): " + e.getClass().getSimpleName() + ": "
            + Messages.of(e);
      }
      if (progress) {
        err.print("\r\u001B[K");
        err.flush();
      }
      if (problem != null) {
        err.println("gongbao: extract: " + input.name() + ": " + problem);
        failures++;
      } else if (shared != null) {
        shared.write(input.name(), text, report, decodedAs);
        stdout.flush();
      } else if (!writeToOutDir(input, text, report, decodedAs, usedNames, err)) {
        failures++;
      }
    }
    if (shared != null) {
      shared.finish();
    }
    err.flush();
    return failures == 0 ? 0 : 1;
  }

  private boolean createOutDir(PrintWriter err) {
    try {
      Files.createDirectories(outDir);
      return true;
    } catch (IOException e) {
      err.println("gongbao: extract: " + outDir + ": cannot create the output directory: " + Messages.of(e));
      return false;
    }
  }

  private boolean writeToOutDir(Input input, String text, Report report, String decodedAs, Set<String> usedNames,
      PrintWriter err) {
    Path target = outDir.resolve(uniqueName(input.stem(), usedNames) + "." + format.extension());
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      ReportWriter rw = format.writer(w, false);
      rw.write(input.name(), text, report, decodedAs);
      rw.finish();
    } catch (IOException e) {
      err.println("gongbao: extract: " + target + ": cannot write: " + Messages.of(e));
      return false;
    }
    err.println("gongbao: extract: " + input.name() + " -> " + target + " (" + report.claims().size()
        + " claims)");
    return true;
  }

  /**
   * UTF-8 if the bytes are valid UTF-8, else the charset ICU4J detects; but a detected decoding without a
   * single Han character (a stray bad byte in a UTF-8 file read as Latin-1) is refused with the UTF-8 error,
   * since a Chinese report decoded right has Han characters.
   */
  static String decodeAuto(byte[] bytes) {
    try {
      return TextDecoder.decode(bytes, StandardCharsets.UTF_8);
    } catch (ReportDecodingException utf8Error) {
      String text = TextDecoder.decode(bytes);
      if (text.codePoints().noneMatch(Character::isIdeographic)) {
        throw utf8Error;
      }
      return text;
    }
  }

  private static String uniqueName(String stem, Set<String> used) {
    String name = stem;
    for (int n = 2; !used.add(name); n++) {
      name = stem + "-" + n;
    }
    return name;
  }

  private Charset charset() {
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

  private List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    if (sample != null) {
      if (!files.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--sample takes no FILE");
      }
      inputs.add(Input.sample(sample));
      return inputs;
    }
    if (files.isEmpty()) {
      if (cli.terminal()) {
        spec.commandLine().getErr().println("gongbao: no input given, so running on the bundled sample report "
            + SampleReport.SIMPLIFIED.fileName() + " (made up for this demo). Give FILE… or pipe a report "
            + "to read your own.");
        inputs.add(Input.sample(SampleReport.SIMPLIFIED));
      } else {
        inputs.add(Input.stdin(cli.stdin()));
      }
      return inputs;
    }
    boolean stdinUsed = false;
    for (String f : files) {
      if (f.equals("-")) {
        if (stdinUsed) {
          throw new ParameterException(spec.commandLine(), "standard input (-) given more than once");
        }
        stdinUsed = true;
        inputs.add(Input.stdin(cli.stdin()));
      } else {
        inputs.add(Input.file(f));
      }
    }
    return inputs;
  }
}
