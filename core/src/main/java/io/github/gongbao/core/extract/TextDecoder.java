package io.github.gongbao.core.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes report bytes strictly (a bad byte is an error with its offset, never a silent U+FFFD), in a
 * given charset or in the one ICU4J's {@link CharsetDetector} finds. Stateless and thread safe.
 */
public final class TextDecoder {
  private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile(
      "(?i)(GB18030|GBK|GB2312|Big5|EUC-TW|ISO-2022-CN|UTF-16|UTF-32)");

  private TextDecoder() {}

  /**
   * @return the text of {@code bytes} in {@code charset}
   * @throws ReportDecodingException at the first malformed or unmappable byte
   */
  public static String decode(byte[] bytes, Charset charset) {
    CharsetDecoder dec = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    var result = dec.decode(in, out, true);
    if (result.isError()) {
      throw new ReportDecodingException(charset.name(), in.position());
    }
    result = dec.flush(out);
    if (result.isError()) {
      throw new ReportDecodingException(charset.name(), in.position());
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * Detects the charset and decodes. UTF-8 is tried first (it is never mistaken for another), then the
   * detector's candidates in order of confidence.
   *
   * @throws ReportDecodingException if no candidate decodes the bytes; names UTF-8 and its offset
   */
  public static String decode(byte[] bytes) {
    ReportDecodingException utf8Error;
    try {
      return decode(bytes, StandardCharsets.UTF_8);
    } catch (ReportDecodingException e) {
      utf8Error = e;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    if (matches != null) {
      for (CharsetMatch m : matches) {
        Charset cs = supported(m.getName());
        // a single-byte charset decodes any bytes, so it would turn a damaged UTF-8 file into silent
        // gibberish; reports are Chinese, so only the multi-byte Chinese (and Unicode) encodings count
        if (cs == null || cs.equals(StandardCharsets.UTF_8) || !CHINESE.matcher(cs.name()).lookingAt()) {
          continue;
        }
        try {
          return decode(bytes, cs);
        } catch (ReportDecodingException e) {
          // try the next candidate
        }
      }
    }
    throw utf8Error;
  }

  /** @return the charset of that name (GB18030 for its subsets), or null when this JVM has none */
  private static @Nullable Charset supported(String name) {
    try {
      // GB18030 is a superset of GB2312 and GBK, which the detector reports for simplified text
      if (name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK")) {
        return Charset.forName("GB18030");
      }
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

}
