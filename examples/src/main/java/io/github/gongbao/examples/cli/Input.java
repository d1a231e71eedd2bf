package io.github.gongbao.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.extract.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One input of {@code extract}: a file, standard input, the bundled sample, or one record of a JSON Lines
 * corpus. What is cheap (the name) is known at once; reading and decoding ({@link #load}) runs on a worker.
 */
abstract class Input {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;

  private Input(String name) {
    this.name = name;
  }

  /** @return the name shown in messages and the table: the path, {@code -}, or {@code FILE:LINE} */
  String name() {
    return name;
  }

  /** @return the stem for an output file name in {@code --out DIR} */
  abstract String stem();

  /** @return the input's size in bytes, for progress */
  abstract long size();

  /**
   * Where a piece of a file read in pieces ({@link TextChunks}) lies in the whole text.
   *
   * @param offset the piece's start in the whole text (UTF-16 units): claims are shifted by it
   * @param last whether it is the file's last piece (after it, the file is done)
   * @param opening the whole text's opening, for the pieces after the first (null for the first), so that
   *     their place and year are the whole report's
   */
  record Part(long offset, boolean last, @Nullable String opening) {}

  /** @return for a piece of a file read in pieces, where it lies; null for a whole input */
  @Nullable Part part() {
    return null;
  }

  /**
   * Reads and decodes the input.
   *
   * @param charset the charset, or null to detect it ({@link Decoding#decodeAuto})
   * @return the text and the source its claims name
   * @throws IOException if the input cannot be read
   */
  abstract Loaded load(@Nullable Charset charset) throws IOException;

  /**
   * An input's text, the source written into its claims (null for standard input), and the charset it was
   * decoded from, as the HTML view names it ({@code UTF-8 (auto)}, {@code GB18030}).
   */
  record Loaded(@Nullable String source, String text, String charset) {}

  static Loaded decode(@Nullable String source, byte[] bytes, @Nullable Charset charset) {
    if (charset == null) {
      Decoding.Decoded decoded = Decoding.decodeAutoNamed(bytes);
      return new Loaded(source, decoded.text(), decoded.charset());
    }
    return new Loaded(source, TextDecoder.decode(bytes, charset), charset.name());
  }

  static Input file(Path p, String shown) {
    return new Input(shown) {
      @Override
      String stem() {
        return stemOf(p.getFileName() == null ? "output" : p.getFileName().toString());
      }

      @Override
      long size() {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }

      @Override
      Loaded load(@Nullable Charset charset) throws IOException {
        if (Files.isDirectory(p)) {
          throw new IOException("is a directory");
        }
        return decode(shown, Files.readAllBytes(p), charset);
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
      long size() {
        return 0;
      }

      @Override
      Loaded load(@Nullable Charset charset) throws IOException {
        return decode(null, in.readAllBytes(), charset);
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
      long size() {
        return 0;
      }

      @Override
      Loaded load(@Nullable Charset charset) throws IOException {
        return decode(sample.fileName(), sample.bytes(), charset);
      }
    };
  }

  /**
   * One line of a JSON Lines corpus.
   *
   * @param where the file and line ({@code corpus.jsonl:17}), the name when the record has no id
   * @param line the JSON object
   * @param textField the field holding the report's text
   * @param idField the field whose value becomes the claims' source, or null
   */
  static Input record(String where, String line, String textField, @Nullable String idField) {
    return new Input(where) {
      @Override
      String stem() {
        return where.replaceAll("[^\\p{L}\\p{N}._-]", "-");
      }

      @Override
      long size() {
        return line.length();
      }

      @Override
      Loaded load(@Nullable Charset charset) throws IOException {
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException("not a JSON object: " + Messages.of(e));
        }
        if (node == null || !node.isObject()) {
          throw new IOException("not a JSON object");
        }
        JsonNode text = node.get(textField);
        if (text == null || !text.isTextual()) {
          throw new IOException("no text field \"" + textField + "\" (choose it with --text-field)");
        }
        String source = where;
        if (idField != null) {
          JsonNode id = node.get(idField);
          if (id == null || id.isNull() || id.isContainerNode()) {
            throw new IOException("no id field \"" + idField + "\" (choose it with --id-field)");
          }
          source = id.asText();
        }
        return new Loaded(source, text.asText(), "UTF-8 (JSON Lines)");
      }
    };
  }

  /** An input that could not even be listed or read as a record: fails with {@code problem} when loaded. */
  static Input failed(String name, IOException problem) {
    return failing(name, problem, null);
  }

  /**
   * A piece of a large file, already read and decoded (by {@link Inputs}, in file order).
   *
   * @param file the file as given (its source and name)
   * @param p the file
   * @param text the piece's text
   * @param charset the charset the file is decoded from, as shown to people
   * @param part where the piece lies
   * @param bytes about how many bytes of the file the piece took, for progress
   */
  static Input piece(String file, Path p, String text, String charset, Part part, long bytes) {
    return new Input(file) {
      @Override
      String stem() {
        return stemOf(p.getFileName() == null ? "output" : p.getFileName().toString());
      }

      @Override
      long size() {
        return bytes;
      }

      @Override
      Part part() {
        return part;
      }

      @Override
      Loaded load(@Nullable Charset charset2) {
        return new Loaded(file, text, charset);
      }
    };
  }

  /**
   * An input that fails with {@code problem} when loaded: a file that could not be opened or decoded, or the
   * failure that ends a file read in pieces (then {@code part} says it is the file's last).
   *
   * @param problem an {@link IOException}, or the {@link RuntimeException} decoding threw
   */
  static Input failing(String name, Exception problem, @Nullable Part part) {
    return new Input(name) {
      @Override
      String stem() {
        return "failed";
      }

      @Override
      long size() {
        return 0;
      }

      @Override
      @Nullable Part part() {
        return part;
      }

      @Override
      Loaded load(@Nullable Charset charset) throws IOException {
        if (problem instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) problem;
      }
    };
  }

  private static String stemOf(String fileName) {
    String s = fileName;
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    s = s.substring(slash + 1);
    int dot = s.lastIndexOf('.');
    s = dot > 0 ? s.substring(0, dot) : s;
    s = s.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return s.isEmpty() ? "output" : s;
  }
}
