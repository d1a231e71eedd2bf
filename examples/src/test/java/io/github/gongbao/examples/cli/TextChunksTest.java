package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.extract.ReportDecodingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link TextChunks} cuts a large file into pieces, with small settings instead of megabytes: at a newline when
 * there is one, else at the largest size on a code point boundary; offsets add up; the bytes are checked before
 * any piece is read.
 */
class TextChunksTest {
  @TempDir Path dir;

  /** @return every piece of {@code text} read as UTF-8 bytes with {@code settings} */
  static List<TextChunks.Chunk> pieces(String text, TextChunks.Settings settings) throws IOException {
    return pieces(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, settings);
  }

  static List<TextChunks.Chunk> pieces(byte[] bytes, Charset cs, TextChunks.Settings settings) throws IOException {
    List<TextChunks.Chunk> out = new ArrayList<>();
    try (TextChunks chunks = new TextChunks(new ByteArrayInputStream(bytes), cs, cs.name(), settings)) {
      for (TextChunks.Chunk c = chunks.next(); c != null; c = chunks.next()) {
        out.add(c);
      }
      assertNull(chunks.next());
    }
    return out;
  }

  private static List<String> texts(List<TextChunks.Chunk> chunks) {
    return chunks.stream().map(TextChunks.Chunk::text).toList();
  }

  @Test
  void aPieceEndsAfterTheLastNewlineBeforeTheTarget() throws IOException {
    String text = "甲乙丙\n丁戊\n己庚辛壬\n癸\n";
    List<TextChunks.Chunk> chunks = pieces(text, new TextChunks.Settings(0, 8, 20));
    assertEquals(List.of("甲乙丙\n丁戊\n", "己庚辛壬\n癸\n"), texts(chunks));
    assertEquals(0, chunks.get(0).offset());
    assertEquals(7, chunks.get(1).offset());   // shifted by the first piece's length
    assertFalse(chunks.get(0).last());
    assertTrue(chunks.get(1).last());
  }

  @Test
  void withNoNewlineBeforeTheTargetAPieceRunsToTheNextNewline() throws IOException {
    String text = "一二三四五六七八九十\n甲乙\n";
    assertEquals(List.of("一二三四五六七八九十\n", "甲乙\n"), texts(pieces(text, new TextChunks.Settings(0, 4, 16))));
  }

  @Test
  void aLineLongerThanTheMaximumIsCutHardAtACodePointBoundary() throws IOException {
    // U+20000 (CJK Extension B) is two UTF-16 units; a cut at 5 units would fall between them
    String rare = "\uD840\uDC00";
    String text = "abcd" + rare + "efgh" + rare + rare + "ij";
    List<TextChunks.Chunk> chunks = pieces(text, new TextChunks.Settings(0, 2, 5));
    assertEquals(String.join("", texts(chunks)), text);
    for (TextChunks.Chunk c : chunks) {
      String t = c.text();
      assertFalse(Character.isHighSurrogate(t.charAt(t.length() - 1)), () -> "piece ends inside a pair: " + t);
      assertFalse(Character.isLowSurrogate(t.charAt(0)), () -> "piece starts inside a pair: " + t);
      assertTrue(t.length() <= 5);
    }
    assertEquals("abcd", chunks.get(0).text());   // moved back from 5 to 4, before the pair
  }

  @Test
  void aTextThatEndsAsTheBufferFillsEndsWithALastPiece() throws IOException {
    List<TextChunks.Chunk> chunks = pieces("甲乙丙丁戊", new TextChunks.Settings(0, 2, 5));
    assertEquals(List.of("甲乙丙丁戊"), texts(chunks));
    assertTrue(chunks.get(0).last(), "the last piece says so, though the buffer was full when it was cut");
  }

  @Test
  void aTextShorterThanTheTargetIsOnePiece() throws IOException {
    List<TextChunks.Chunk> chunks = pieces("全市规模以上工业增加值增长8.4%", new TextChunks.Settings(0, 100, 200));
    assertEquals(1, chunks.size());
    assertTrue(chunks.get(0).last());
  }

  @Test
  void theByteOrderMarkIsDroppedAndOffsetsCountFromTheText() throws IOException {
    List<TextChunks.Chunk> chunks = pieces("\uFEFF甲乙\n丙丁\n", new TextChunks.Settings(0, 4, 10));
    assertEquals(List.of("甲乙\n", "丙丁\n"), texts(chunks));
    assertEquals(3, chunks.get(1).offset());
  }

  @Test
  void offsetsAddUpAndThePiecesMakeTheText() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      b.append("第").append(i).append("段，全市一般公共预算收入").append(i).append(".5亿元。");
      b.append(i % 7 == 0 ? "\uD83D\uDE00" : "").append(i % 3 == 0 ? "" : "\n");
    }
    String text = b.toString();
    List<TextChunks.Chunk> chunks = pieces(text, new TextChunks.Settings(0, 64, 256));
    long offset = 0;
    for (TextChunks.Chunk c : chunks) {
      assertEquals(offset, c.offset());
      assertEquals(text.substring((int) offset, (int) offset + c.text().length()), c.text());
      offset += c.text().length();
      assertTrue(c.last() || c.text().endsWith("\n"), "every piece but the last ends a paragraph here");
    }
    assertEquals(text.length(), offset);
  }

  @Test
  void otherCharsetsAreReadPieceByPiece() throws IOException {
    String text = "全市規模以上工業增加值增長8.4%。\n一般公共預算收入79.9億元。\n";
    for (String cs : List.of("GB18030", "Big5", "UTF-16")) {
      Charset charset = Charset.forName(cs);
      List<TextChunks.Chunk> chunks = pieces(text.getBytes(charset), charset, new TextChunks.Settings(0, 20, 40));
      assertEquals(text, String.join("", texts(chunks)), cs);
      assertEquals(2, chunks.size(), cs);
    }
  }

  @Test
  void aFileThatDoesNotDecodeIsRefusedBeforeAnyPieceWithItsByteOffset() throws IOException {
    byte[] good = "全市规模以上工业增加值增长8.4%\n".repeat(10).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF;
    Path p = dir.resolve("bad.txt");
    Files.write(p, bytes);
    ReportDecodingException e = assertThrows(ReportDecodingException.class, () -> TextChunks.open(p,
        StandardCharsets.UTF_8, new TextChunks.Settings(0, 8, 16), UnaryOperator.identity()));
    assertEquals(good.length, e.byteOffset());
    assertEquals("UTF-8", e.charset());
  }

  @Test
  void autoPicksUtf8ElseTheDetectedChineseCharset() throws IOException {
    String text = "全市规模以上工业增加值增长8.4%，一般公共预算收入79.9亿元，同比增长4.5%。\n".repeat(40);
    Path utf8 = dir.resolve("utf8.txt");
    Files.writeString(utf8, text, StandardCharsets.UTF_8);
    Path gb = dir.resolve("gb.txt");
    Files.write(gb, text.getBytes(Charset.forName("GB18030")));
    TextChunks.Settings s = new TextChunks.Settings(0, 100, 400);
    try (TextChunks a = TextChunks.open(utf8, null, s, UnaryOperator.identity());
        TextChunks b = TextChunks.open(gb, null, s, UnaryOperator.identity())) {
      assertEquals("UTF-8 (auto)", a.charsetName());
      assertEquals("GB18030 (auto)", b.charsetName());
      StringBuilder read = new StringBuilder();
      for (TextChunks.Chunk c = b.next(); c != null; c = b.next()) {
        read.append(c.text());
      }
      assertEquals(text, read.toString());
    }
  }

  @Test
  void settingsMustLeaveRoomForAPiece() {
    assertThrows(IllegalArgumentException.class, () -> new TextChunks.Settings(0, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new TextChunks.Settings(0, 10, 5));
    assertThrows(IllegalArgumentException.class, () -> new TextChunks.Settings(0, 1, 1));
  }
}
