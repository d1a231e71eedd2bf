package io.github.gongbao.examples.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One-line messages for exceptions shown to users. */
final class Messages {
  private Messages() {}

  /** @return a one-line message for {@code e}: its message, or its kind when it has none */
  static String of(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
