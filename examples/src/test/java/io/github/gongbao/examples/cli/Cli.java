package io.github.gongbao.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line in-process with captured streams. */
final class Cli {
  private Cli() {}

  /** The outcome of one run. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  static Result run(String... args) {
    return run(new byte[0], false, args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), false, args);
  }

  static Result run(byte[] stdin, boolean terminal, String... args) {
    return run(new GongbaoCli(new ByteArrayInputStream(stdin), terminal).commandLine(), args);
  }

  /** Runs a command line as the brief's plain {@code new CommandLine(new GongbaoCli())} builds it. */
  static Result runPlain(String... args) {
    return run(new CommandLine(new GongbaoCli(new ByteArrayInputStream(new byte[0]), false)), args);
  }

  static Result run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
