package io.github.gongbao.examples.cli;

import io.github.gongbao.core.extract.ReportDecodingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream strictly, a buffer at a time, as {@link io.github.gongbao.core.extract.TextDecoder} decodes
 * a whole array: a malformed or unmappable byte is a {@link ReportDecodingException} with its byte offset in the
 * stream, never a silent U+FFFD. Memory is one 64 KiB byte buffer whatever the stream's length. Not thread safe;
 * does not close the stream.
 */
final class StreamDecoder {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  /** Bytes of the stream dropped from {@link #bytes} so far: the offset of its first byte. */
  private long dropped;
  private boolean endOfInput;
  private boolean flushed;

  StreamDecoder(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();   // empty, in read mode
  }

  /**
   * Decodes into {@code out} until it is full, or has one unit left and the next character is a surrogate pair, or
   * the stream ends. Calling it again with no more room returns at once.
   *
   * @return false once the stream is decoded to its end (nothing more will come), else true
   * @throws ReportDecodingException at the first byte the charset does not decode, with its offset
   * @throws IOException if the stream cannot be read
   */
  boolean decode(CharBuffer out) throws IOException {
    while (!flushed) {
      if (!out.hasRemaining()) {
        return true;
      }
      if (!bytes.hasRemaining() && !endOfInput) {
        refill();
        continue;
      }
      CoderResult r = decoder.decode(bytes, out, endOfInput);
      if (r.isError()) {
        throw new ReportDecodingException(decoder.charset().name(), dropped + bytes.position());
      }
      if (r.isOverflow()) {
        return true;
      }
      if (!endOfInput) {
        refill();   // underflow: the buffer ends inside a character, or is used up
        continue;
      }
      r = decoder.flush(out);
      if (r.isError()) {
        throw new ReportDecodingException(decoder.charset().name(), dropped + bytes.position());
      }
      if (r.isOverflow()) {
        return true;
      }
      flushed = true;
    }
    return false;
  }

  private void refill() throws IOException {
    dropped += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /**
   * Decodes a whole stream without keeping the text: whether it decodes, and whether it holds an ideograph.
   *
   * @return true if the text has a CJK ideograph
   * @throws ReportDecodingException at the first byte {@code charset} does not decode
   * @throws IOException if the stream cannot be read
   */
  static boolean check(InputStream in, Charset charset) throws IOException {
    StreamDecoder d = new StreamDecoder(in, charset);
    CharBuffer scratch = CharBuffer.allocate(1 << 16);
    boolean ideograph = false;
    boolean more = true;
    while (more) {
      scratch.clear();
      more = d.decode(scratch);
      scratch.flip();
      if (!ideograph) {
        ideograph = scratch.codePoints().anyMatch(Character::isIdeographic);
      }
    }
    return ideograph;
  }
}
