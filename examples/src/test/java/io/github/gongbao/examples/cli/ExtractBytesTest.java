package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code extract --format claims} on the real standard output writes UTF-8 bytes itself: the bytes are those of
 * the characters it writes to a plain writer, encoded by Java's UTF-8 encoder, supplementary characters and
 * unpaired surrogates (from JSON Lines escapes) included.
 */
class ExtractBytesTest {
  @TempDir Path dir;

  private static byte[] runWithBytes(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GongbaoCli cli = new GongbaoCli(new ByteArrayInputStream(new byte[0]), false).withStdoutBytes(bytes);
    CommandLine cl = cli.commandLine();
    cl.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), false));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    cl.getOut().flush();
    assertEquals(0, code, err::toString);
    return bytes.toByteArray();
  }

  @Test
  void claimsAsBytesAreTheClaimsAsCharactersInUtf8() throws IOException {
    Path corpus = dir.resolve("c.jsonl");
    // ids with a character outside the BMP (𠀀, a surrogate pair) and with unpaired surrogates: JSON escapes
    // give a Java string any of them, and every claim of the record carries the id as its source
    Files.write(corpus, List.of(
        "{\"id\":\"a-\\ud840\\udc00\",\"text\":\"上半年，全市一般公共预算收入5.5亿元，同比增长3.1%。\"}",
        "{\"id\":\"b-\\ud800-\\udc00-\\ud800\",\"text\":\"上半年，𠀀县规模以上工业增加值增长6.2%，居全市第2位。\"}",
        "{\"id\":\"c-\\ud800\",\"text\":\"前三季度，全县固定资产投资增长4.4%\\udc01。\"}"), StandardCharsets.UTF_8);
    for (String[] args : List.of(
        new String[] {"extract", "-f", "claims", "--jsonl", "--id-field", "id", corpus.toString()},
        new String[] {"extract", "-f", "claims", "--sample"},
        new String[] {"extract", "-f", "claims", "--sample", "traditional", "--threads", "1"})) {
      Cli.Result chars = Cli.run(args);
      assertEquals(0, chars.code(), chars::toString);
      assertTrue(chars.out().contains("\"source\""), chars::toString);
      byte[] expected = chars.out().getBytes(StandardCharsets.UTF_8);   // unpaired surrogates become ?
      byte[] actual = runWithBytes(args);
      assertArrayEquals(expected, actual, String.join(" ", args));
      if (args[3].equals("--jsonl")) {
        String out = new String(actual, StandardCharsets.UTF_8);
        assertTrue(out.contains("\"source\":\"a-\uD840\uDC00\"") && out.contains("\"source\":\"b-?-?-?\"")
            && out.contains("\"source\":\"c-?\""), out);
      }
    }
  }
}
