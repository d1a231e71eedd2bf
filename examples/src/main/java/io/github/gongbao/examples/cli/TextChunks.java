package io.github.gongbao.examples.cli;

import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One huge text file read in pieces, so that {@code extract} holds a few pieces and their reports at a time
 * instead of the whole text and one report of it (a 50 MB file needs about 1.6 GB of heap parsed as one text, and
 * fails at {@code -Xmx256m}).
 *
 * <p>A piece ends at a paragraph boundary: after the last newline before {@link Settings#targetChars}, else after
 * the first newline up to {@link Settings#maxChars}, else (a line longer than that) at {@code maxChars}, moved
 * back one character when it would split a surrogate pair. Each piece is parsed with the same {@link ReportParser},
 * the pieces after the first with the whole text's opening ({@code ReportContext.withOpening}) so that they name
 * the place and year one parse would, and their claims' offsets are shifted by the piece's start.
 *
 * <p>Claims that stand within a paragraph come out exactly as from one parse. What may differ, at a piece boundary
 * only: a period, region or topic carried from one paragraph to the next (上半年，… in one paragraph framing the
 * next), a list or table whose parts fall on both sides, a repeated figure given twice instead of once (repeats
 * are collapsed within a piece), and the script a piece is read in (decided per piece, which matters only for the
 * few characters shared by both scripts).
 *
 * <p>The bytes are decoded twice: first checked to their end without keeping the text (so that a file that does
 * not decode is refused before any of its claims are written, as a whole file would be, and so that {@code
 * --encoding auto} can choose the charset), then decoded piece by piece. Not thread safe: one consumer.
 */
final class TextChunks implements AutoCloseable {
  /**
   * When and how files are read in pieces.
   *
   * @param thresholdBytes files larger than this are read in pieces; smaller ones are one text and one parse
   * @param targetChars a piece ends at the last newline before this many characters
   * @param maxChars a piece with no newline before {@code targetChars} ends at the first newline up to this many
   *     characters, else at this many (the longest piece; at least 2)
   */
  record Settings(long thresholdBytes, int targetChars, int maxChars) {
    /**
     * The command line's settings: files above 4 MiB (a single parse of 4 MiB of Chinese text peaks near 150 MB
     * of heap) in pieces of up to 256 Ki characters, cut at a newline, and of 1 Mi characters at most.
     */
    static final Settings STANDARD = new Settings(4L << 20, 1 << 18, 1 << 20);

    Settings {
      if (targetChars < 1 || maxChars < Math.max(2, targetChars)) {
        throw new IllegalArgumentException("need 1 <= targetChars <= maxChars, 2 <= maxChars");
      }
    }
  }

  /**
   * One piece of the text.
   *
   * @param text the piece
   * @param offset where it starts in the whole text (UTF-16 units)
   * @param last whether it is the last piece
   */
  record Chunk(String text, long offset, boolean last) {}

  /** The largest offset a claim can carry ({@code Claim.end()} is an int). */
  static final long MAX_OFFSET = Integer.MAX_VALUE;

  private final InputStream in;
  private final StreamDecoder decoder;
  private final String charsetName;
  private final Settings settings;
  private final CharBuffer buffer;
  private boolean more = true;
  private long emitted;
  private boolean started;

  /**
   * Reads text from {@code in}, which it closes, in {@code charset}.
   *
   * @param charsetName the charset as shown to people ({@code UTF-8 (auto)})
   */
  TextChunks(InputStream in, Charset charset, String charsetName, Settings settings) {
    this.in = in;
    this.decoder = new StreamDecoder(in, charset);
    this.charsetName = charsetName;
    this.settings = settings;
    this.buffer = CharBuffer.allocate(settings.maxChars());
  }

  /**
   * Opens a large file: checks that it decodes to its end, in {@code charset} or, for auto, in UTF-8, else in the
   * Chinese charset that ICU4J's detector finds in its first megabyte and that decodes all of it.
   *
   * @param charset the charset, or null to detect it
   * @param counted wraps the stream of the second reading (to count bytes for progress)
   * @return the pieces, ready to read
   * @throws ReportDecodingException if the file does not decode in {@code charset}
   * @throws Decoding.RefusedException if, for auto, no charset decodes it
   * @throws IOException if the file cannot be read
   */
  static TextChunks open(Path file, @Nullable Charset charset, Settings settings,
      java.util.function.UnaryOperator<InputStream> counted) throws IOException {
    Charset chosen;
    String name;
    if (charset != null) {
      try (InputStream in = Files.newInputStream(file)) {
        StreamDecoder.check(in, charset);
      }
      chosen = charset;
      name = charset.name();
    } else {
      chosen = detect(file);
      name = chosen.name() + " (auto)";
    }
    return new TextChunks(counted.apply(Files.newInputStream(file)), chosen, name, settings);
  }

  private static Charset detect(Path file) throws IOException {
    ReportDecodingException utf8Error;
    try (InputStream in = Files.newInputStream(file)) {
      StreamDecoder.check(in, StandardCharsets.UTF_8);
      return StandardCharsets.UTF_8;
    } catch (ReportDecodingException e) {
      utf8Error = e;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1 << 20);
    }
    Decoding.Detection detection = Decoding.detect(head);
    for (Charset cs : detection.candidates()) {
      try (InputStream in = Files.newInputStream(file)) {
        if (StreamDecoder.check(in, cs)) {
          return cs;
        }
      } catch (ReportDecodingException e) {
        // try the next candidate
      }
    }
    throw detection.refusal(utf8Error.byteOffset());
  }

  /** @return the charset the text is decoded from, as shown to people */
  String charsetName() {
    return charsetName;
  }

  /**
   * @return the next piece, or null after the last
   * @throws ReportDecodingException if the bytes stop decoding (the file changed since it was opened)
   * @throws IOException if the file cannot be read, or the text is too long for a claim's offsets
   */
  @Nullable Chunk next() throws IOException {
    if (more) {
      // fills the buffer, or all but one unit when the next character is a pair (then it starts the next piece)
      more = decoder.decode(buffer);
    }
    int length = buffer.position();
    if (length == 0) {
      return null;
    }
    char[] chars = buffer.array();
    int start = 0;
    if (!started) {
      started = true;
      if (chars[0] == '\uFEFF') {
        start = 1;   // a byte order mark is not text (TextDecoder drops it too)
      }
    }
    int cut = cut(chars, start, length, !more, settings);
    String text = new String(chars, start, cut - start);
    System.arraycopy(chars, cut, chars, 0, length - cut);
    buffer.position(length - cut);
    if (more) {
      more = decoder.decode(buffer);   // read ahead: a text that ended with the buffer full ends here, as last
    }
    long offset = emitted;
    emitted += text.length();
    if (emitted > MAX_OFFSET) {
      throw new IOException("longer than " + MAX_OFFSET + " characters: claim offsets cannot point further; "
          + "split the file");
    }
    return new Chunk(text, offset, !more && buffer.position() == 0);
  }

  /**
   * Where the piece starting at {@code from} ends.
   *
   * @param chars the buffered text
   * @param from where the piece starts
   * @param length how many characters are buffered ({@code maxChars}, or one less when the next is a pair, unless
   *     the text has ended)
   * @param ended whether the text ends with the buffer
   * @return the end of the piece (exclusive): after a newline, at the text's end, or at {@code maxChars} on a
   *     code point boundary
   */
  static int cut(char[] chars, int from, int length, boolean ended, Settings settings) {
    int target = from + settings.targetChars();
    if (ended && length <= target) {
      return length;
    }
    for (int i = Math.min(target, length) - 1; i >= from; i--) {
      if (chars[i] == '\n') {
        return i + 1;
      }
    }
    int limit = Math.min(length, from + settings.maxChars());
    for (int i = target; i < limit; i++) {
      if (chars[i] == '\n') {
        return i + 1;
      }
    }
    if (ended && length <= limit) {
      return length;
    }
    // a line longer than maxChars: a hard cut, never between the halves of a surrogate pair
    return Character.isHighSurrogate(chars[limit - 1]) && limit - 1 > from ? limit - 1 : limit;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
