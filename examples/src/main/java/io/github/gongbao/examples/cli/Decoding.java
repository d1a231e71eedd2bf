package io.github.gongbao.examples.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --encoding auto}: UTF-8 if the bytes are valid UTF-8, else a Chinese encoding that ICU4J's charset
 * detector finds and that decodes the bytes. Text in no Chinese encoding (Latin-1 {@code café}, a damaged
 * UTF-8 file) is refused with what was detected, never read silently as Chinese gibberish.
 */
final class Decoding {
  /** Multi-byte Chinese encodings the detector names (GB2312 and GBK are read as their superset GB18030). */
  private static final Set<String> CHINESE = Set.of("GB18030", "GBK", "GB2312", "BIG5", "EUC-TW", "ISO-2022-CN");
  /** Below this confidence a detected UTF-16/32 without byte order mark is a guess, not a finding. */
  private static final int UNICODE_MIN_CONFIDENCE = 50;

  private Decoding() {}

  /**
   * Decodes {@code bytes} as UTF-8, else in the Chinese encoding detected.
   *
   * @return the text
   * @throws RefusedException if no Chinese encoding decodes the bytes; its message names the UTF-8 error
   *     offset and what the detector found
   */
  static String decodeAuto(byte[] bytes) {
    if (isAscii(bytes)) {
      return new String(bytes, StandardCharsets.US_ASCII);   // the common fast path for plain ASCII
    }
    ReportDecodingException utf8Error;
    try {
      return TextDecoder.decode(bytes, StandardCharsets.UTF_8);
    } catch (ReportDecodingException e) {
      utf8Error = e;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    CharsetMatch best = matches == null || matches.length == 0 ? null : matches[0];
    for (CharsetMatch m : matches == null ? new CharsetMatch[0] : matches) {
      String name = m.getName().toUpperCase(Locale.ROOT);
      boolean chinese = CHINESE.contains(name);
      boolean unicode = name.startsWith("UTF-16") || name.startsWith("UTF-32");
      if (!chinese && !(unicode && m.getConfidence() >= UNICODE_MIN_CONFIDENCE)) {
        continue;
      }
      Charset cs = chinese && (name.equals("GB2312") || name.equals("GBK")) ? Charset.forName("GB18030")
          : Charset.isSupported(name) ? Charset.forName(name) : null;
      if (cs == null) {
        continue;
      }
      try {
        String text = TextDecoder.decode(bytes, cs);
        if (text.codePoints().anyMatch(Character::isIdeographic)) {
          return text;
        }
      } catch (ReportDecodingException e) {
        // try the next candidate
      }
    }
    String detected = best == null ? "nothing" : best.getName() + " (confidence " + best.getConfidence() + ")";
    throw new RefusedException("not valid UTF-8 at byte offset " + utf8Error.byteOffset()
        + ", and not in a Chinese encoding: the detector found " + detected
        + "; give --encoding CHARSET to read it anyway");
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** The input was not decoded; the message says why, in one line. */
  static final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }
}
