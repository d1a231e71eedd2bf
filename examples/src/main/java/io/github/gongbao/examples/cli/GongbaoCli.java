package io.github.gongbao.examples.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gongbao} command line: {@code extract}, {@code panel}, {@code coverage}, {@code numeral} and
 * {@code convert}.
 *
 * <pre>{@code
 * java -jar gongbao.jar extract --format claims report.txt
 * java -jar gongbao.jar numeral 三千零五十
 * java -jar gongbao.jar convert 1.5万吨标准煤 --to tce
 * }</pre>
 *
 * <p>Exit codes: 0 success, 1 input problems (a file missing or unreadable, bytes that do not decode, a
 * numeral or quantity that does not parse), 2 usage. User errors are one line on stderr, never a stack
 * trace. Output is UTF-8.
 *
 * <p>In tests, build it with {@link #GongbaoCli(InputStream, boolean)} to give stdin and say whether a
 * terminal is attached, and run it with {@link #commandLine()}{@code .setOut(..).setErr(..).execute(..)}.
 */
@Command(
    name = "gongbao",
    mixinStandardHelpOptions = true,
    versionProvider = GongbaoCli.Version.class,
    description = "Reads Chinese government economic reports into exact typed facts.",
    subcommands = {ExtractCommand.class, PanelCommand.class, CoverageCommand.class, NumeralCommand.class,
        ConvertCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 input problem, 2 usage.",
        "Examples:",
        "  gongbao extract --format claims report.txt",
        "  gongbao panel corpus/ --conflicts conflicts.csv > panel.csv",
        "  gongbao coverage corpus/",
        "  gongbao numeral 一亿零五百万",
        "  gongbao convert 1.5万吨标准煤 --to tce"})
public final class GongbaoCli implements Runnable {
  /** The one-line message for running out of memory. */
  static final String OUT_OF_MEMORY = "gongbao: out of memory; give Java more with -Xmx (java -Xmx2g -jar "
      + "gongbao.jar …), use extract --format claims or csv (which read a large file in pieces), or read a corpus "
      + "as JSON Lines records (extract --jsonl) instead of one huge text";

  /** The version printed by {@code --version}. */
  public static final String VERSION = "0.1.0";

  private final InputStream stdin;
  private final BooleanSupplier stdinTerminal;
  private final BooleanSupplier stderrTerminal;

  @Spec CommandSpec spec;

  /** When {@code extract} reads a large file in pieces, and how large they are. */
  private TextChunks.Settings pieces = TextChunks.Settings.STANDARD;
  private @Nullable OutputStream stdoutBytes;

  /**
   * A command line on the process's stdin; whether stdin and stderr are terminals is asked of the
   * operating system, each on its own (so that {@code gongbao extract | head} on a terminal still knows
   * stdin is a terminal).
   */
  public GongbaoCli() {
    this(System.in, () -> Terminal.isTerminal(Terminal.STDIN), () -> Terminal.isTerminal(Terminal.STDERR));
  }

  /**
   * A command line reading {@code stdin}, with a fixed answer to "is a terminal attached" for stdin and
   * stderr alike.
   *
   * @param stdin what {@code extract} and {@code numeral} read when given no input
   * @param terminal whether stdin and stderr are a terminal (bundled sample, progress line)
   */
  public GongbaoCli(InputStream stdin, boolean terminal) {
    this(stdin, () -> terminal, () -> terminal);
  }

  /**
   * A command line reading {@code stdin}, with fixed answers for stdin and stderr.
   *
   * @param stdin what {@code extract} and {@code numeral} read when given no input
   * @param stdinTerminal whether stdin is a terminal ({@code extract} with no input runs on the sample)
   * @param stderrTerminal whether stderr is a terminal ({@code extract} shows a progress bar)
   */
  public GongbaoCli(InputStream stdin, boolean stdinTerminal, boolean stderrTerminal) {
    this(stdin, () -> stdinTerminal, () -> stderrTerminal);
  }

  private GongbaoCli(InputStream stdin, BooleanSupplier stdinTerminal, BooleanSupplier stderrTerminal) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.stdinTerminal = stdinTerminal;
    this.stderrTerminal = stderrTerminal;
  }

  /**
   * For tests: reads files in pieces with other settings (a small threshold instead of megabytes of text).
   *
   * @return this
   */
  GongbaoCli withPieces(TextChunks.Settings settings) {
    this.pieces = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** @return when {@code extract --format claims|csv} reads a large file in pieces, and how large they are */
  TextChunks.Settings pieces() {
    return pieces;
  }

  /**
   * Lets {@code extract --format claims} write UTF-8 bytes to {@code out}, the stream under the command line's
   * {@code getOut()} writer (which it flushes first), instead of characters to that writer.
   *
   * @return this
   */
  GongbaoCli withStdoutBytes(OutputStream out) {
    this.stdoutBytes = Objects.requireNonNull(out, "out");
    return this;
  }

  /** @return the byte stream under the command line's out writer, when it has one; null in a plain command line */
  @Nullable OutputStream stdoutBytes() {
    return stdoutBytes;
  }

  /** @return what the subcommands read as standard input */
  InputStream stdin() {
    return stdin;
  }

  /** @return whether standard input is a terminal (then {@code extract} with no input runs on the sample) */
  boolean stdinIsTerminal() {
    return stdinTerminal.getAsBoolean();
  }

  /** @return whether standard error is a terminal (then {@code extract} shows its progress bar there) */
  boolean stderrIsTerminal() {
    return stderrTerminal.getAsBoolean();
  }

  /** Without a subcommand: prints the usage and fails as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }

  /** @return a picocli command line for this object, with case-insensitive enum values and one-line errors */
  public CommandLine commandLine() {
    return configure(new CommandLine(this));
  }

  /**
   * Applies the settings every gongbao command line needs: case-insensitive enum values, and user errors
   * as one line on stderr instead of a stack trace.
   *
   * @param cl a command line built on a {@link GongbaoCli}
   * @return {@code cl}
   */
  public static CommandLine configure(CommandLine cl) {
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter err = c.getErr();
      err.println("gongbao: " + (c.getParent() == null ? "" : c.getCommandName() + ": ") + ex.getMessage());
      err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return c.getCommandSpec().exitCodeOnInvalidInput();
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (ex instanceof CommandLine.ParameterException pe) {
        throw pe;
      }
      commandLine.getOut().flush();
      err.println("gongbao: " + commandLine.getCommandName() + ": " + Messages.of(ex));
      err.flush();
      return 1;
    });
    return cl;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // stdout buffered and flushed by the commands (per report, and at the end), not per line; System.out
    // flushes (one write(2)) per write it is given, so the encoder's 8 KiB chunks are gathered first
    OutputStream stdout = new BufferedOutputStream(System.out, 1 << 20);
    GongbaoCli cli = new GongbaoCli().withStdoutBytes(stdout);
    CommandLine cl = cli.commandLine();
    cl.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16),
        false));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    int code;
    try {
      code = cl.execute(args);
      cl.getOut().flush();
    } catch (OutOfMemoryError e) {
      // one line, never a stack trace; commands that read large inputs say which input it was
      System.err.println(OUT_OF_MEMORY);
      code = 1;
    }
    cl.getErr().flush();
    System.exit(code);
  }

  /** Supplies {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gongbao " + VERSION};
    }
  }
}
