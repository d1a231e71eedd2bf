package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The laws of reading a text in pieces ({@link TextChunks}), for any well-formed text and any sizes: the pieces
 * put together are the text, each starts where the previous ended (its offset), none is longer than the maximum,
 * none starts or ends inside a surrogate pair, and a piece ends after a newline unless the text ends there or the
 * line was too long for one piece. These are what make the claims of a huge file, shifted by their piece's offset,
 * point into the whole text.
 */
class TextChunksProperties {
  /** Text of paragraphs: Han, ASCII, supplementary characters (CJK Extension B, emoji) and newlines. */
  @Provide
  Arbitrary<String> paragraphs() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(12)),
        Tuple.of(2, Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(6).map(s -> s.replace("\r", ""))),
        Tuple.of(3, Arbitraries.oneOf(Arbitraries.integers().between(0x20000, 0x2A6DF),
            Arbitraries.integers().between(0x1F300, 0x1FAFF)).map(Character::toString)),
        Tuple.of(2, Arbitraries.of("\n", "\r\n", "\n\n")),
        Tuple.of(1, Arbitraries.of("全市规模以上工业增加值增长8.4%", "一般公共預算收入79.9億元")));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<TextChunks.Settings> settings() {
    return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 40))
        .as((target, extra) -> new TextChunks.Settings(0, target, Math.max(2, target + extra)));
  }

  @Property(tries = 300)
  void piecesMakeTheTextAndKeepToCodePoints(@ForAll("paragraphs") String text,
      @ForAll("settings") TextChunks.Settings settings) throws IOException {
    List<TextChunks.Chunk> chunks = TextChunksTest.pieces(text, settings);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < chunks.size(); i++) {
      TextChunks.Chunk c = chunks.get(i);
      String t = c.text();
      assertEquals(joined.length(), c.offset(), "offset = characters before");
      assertEquals(i == chunks.size() - 1, c.last(), "last is the last piece");
      assertFalse(t.isEmpty(), "no empty piece");
      assertTrue(t.length() <= settings.maxChars(), "no piece longer than the maximum");
      assertFalse(Character.isLowSurrogate(t.charAt(0)), () -> "starts inside a pair at " + c.offset());
      assertFalse(Character.isHighSurrogate(t.charAt(t.length() - 1)), () -> "ends inside a pair: piece " + c);
      if (!c.last() && !t.endsWith("\n")) {
        // a hard cut: only when no newline lies within the maximum
        assertFalse(t.contains("\n"), () -> "cut off the newline inside " + t);
        assertTrue(t.length() >= settings.maxChars() - 1, () -> "a hard cut before the maximum: " + t);
      }
      joined.append(t);
    }
    assertEquals(text, joined.toString());
  }
}
