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
    String text = charset == null ? Decoding.decodeAuto(bytes) : TextDecoder.decode(bytes, charset);
    return new Loaded(source, text, DecodedCharset.name(bytes, text, charset));
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
      Loaded load(@Nullable Charset charset) throws IOException {
        throw problem;
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
