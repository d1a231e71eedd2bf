package io.github.gongbao.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the development corpus is: {@code ../shared/corpus} beside a checkout (seen from the module or from the
 * repository root), or the folder the {@code gongbao.corpus} system property names. A user's clone has none, and
 * the tests that read it skip.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** @return the corpus folder, or empty when it is absent */
  public static Optional<Path> dir() {
    String given = System.getProperty("gongbao.corpus");
    List<Path> candidates = given != null && !given.isBlank() ? List.of(Path.of(given))
        : List.of(Path.of("..", "shared", "corpus"), Path.of("..", "..", "shared", "corpus"));
    for (Path p : candidates) {
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
