package io.github.gongbao.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One input of {@code extract}: a file, standard input or the bundled sample, read as bytes. */
abstract class Input {
  private final String name;

  private Input(String name) {
    this.name = name;
  }

  /** @return the name shown in output rows and messages */
  String name() {
    return name;
  }

  /** @return the stem for an output file name in {@code --out DIR} */
  abstract String stem();

  /** @return the whole content */
  abstract byte[] read() throws IOException;

  static Input file(String arg) {
    Path p = Path.of(arg);
    return new Input(arg) {
      @Override
      String stem() {
        Path f = p.getFileName();
        String s = f == null ? "output" : f.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
      }

      @Override
      byte[] read() throws IOException {
        if (Files.isDirectory(p)) {
          throw new IOException("is a directory");
        }
        return Files.readAllBytes(p);
      }
    };
  }

  static Input stdin(InputStream in) {
    return new Input("-") {
      @Override
      String stem() {
        return "stdin";
      }

      @Override
      byte[] read() throws IOException {
        return in.readAllBytes();
      }
    };
  }

  static Input sample(SampleReport sample) {
    return new Input(sample.fileName()) {
      @Override
      String stem() {
        return "sample";
      }

      @Override
      byte[] read() {
        try {
          return sample.bytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
