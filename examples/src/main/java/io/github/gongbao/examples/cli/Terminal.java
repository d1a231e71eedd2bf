package io.github.gongbao.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal. Java 17 has only {@code System.console()}, which is non-null
 * when stdin <em>and</em> stdout are both terminals; {@code gongbao extract | head} has a terminal on stdin
 * and a pipe on stdout. On Linux the file descriptor's link in {@code /proc/self/fd} names the device;
 * elsewhere the console check is the answer.
 */
final class Terminal {
  /** Standard input. */
  static final int STDIN = 0;
  /** Standard error. */
  static final int STDERR = 2;

  private Terminal() {}

  /**
   * @param fd 0 for stdin, 1 for stdout, 2 for stderr
   * @return whether that stream is a terminal
   */
  @SuppressWarnings("SystemConsoleNull")   // Java 17, the target: console() is null without a terminal
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // no /proc: fall back to the console check
    }
    return System.console() != null;
  }
}
