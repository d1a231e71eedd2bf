package io.github.gongbao.examples.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    return decodeAutoNamed(bytes).text();
  }

  /**
   * A decoded text and the charset it was decoded from, as the HTML view names it ({@code UTF-8 (auto)},
   * {@code GB18030 (auto)}).
   *
   * @param text the text
   * @param charset the charset's name for people
   */
  record Decoded(String text, String charset) {}

  /**
   * Like {@link #decodeAuto}, also naming the charset that decoded the bytes (without decoding them a second
   * time to find out, which would double the memory a large file takes).
   */
  static Decoded decodeAutoNamed(byte[] bytes) {
    if (isAscii(bytes)) {
      // the common fast path for plain ASCII
      return new Decoded(new String(bytes, StandardCharsets.US_ASCII), "UTF-8 (auto)");
    }
    ReportDecodingException utf8Error;
    try {
      return new Decoded(TextDecoder.decode(bytes, StandardCharsets.UTF_8), "UTF-8 (auto)");
    } catch (ReportDecodingException e) {
      utf8Error = e;
    }
    Detection detection = detect(bytes);
    for (Charset cs : detection.candidates()) {
      try {
        String text = TextDecoder.decode(bytes, cs);
        if (text.codePoints().anyMatch(Character::isIdeographic)) {
          return new Decoded(text, cs.name() + " (auto)");
        }
      } catch (ReportDecodingException e) {
        // try the next candidate
      }
    }
    throw detection.refusal(utf8Error.byteOffset());
  }

  /**
   * What ICU4J's charset detector makes of some bytes that are not UTF-8: the Chinese (and confidently detected
   * Unicode) charsets to try, in the detector's order, and its best guess for the message when none fits.
   *
   * @param candidates the charsets to try, most likely first
   * @param found the detector's best guess for people, {@code nothing} when it found none
   */
  record Detection(List<Charset> candidates, String found) {
    /** @return the refusal of bytes that are not UTF-8 (first bad byte at {@code utf8Offset}) nor in a candidate */
    RefusedException refusal(long utf8Offset) {
      return new RefusedException("not valid UTF-8 at byte offset " + utf8Offset
          + ", and not in a Chinese encoding: the detector found " + found
          + "; give --encoding CHARSET to read it anyway");
    }
  }

  /**
   * @param bytes the bytes, or the first megabyte or so of a file too large to hold
   * @return the charsets worth trying for them
   */
  static Detection detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    CharsetMatch best = matches == null || matches.length == 0 ? null : matches[0];
    List<Charset> candidates = new ArrayList<>();
    for (CharsetMatch m : matches == null ? new CharsetMatch[0] : matches) {
      String name = m.getName().toUpperCase(Locale.ROOT);
      boolean chinese = CHINESE.contains(name);
      boolean unicode = name.startsWith("UTF-16") || name.startsWith("UTF-32");
      if (!chinese && !(unicode && m.getConfidence() >= UNICODE_MIN_CONFIDENCE)) {
        continue;
      }
      Charset cs = chinese && (name.equals("GB2312") || name.equals("GBK")) ? Charset.forName("GB18030")
          : Charset.isSupported(name) ? Charset.forName(name) : null;
      if (cs != null && !candidates.contains(cs)) {
        candidates.add(cs);
      }
    }
    String found = best == null ? "nothing" : best.getName() + " (confidence " + best.getConfidence() + ")";
    return new Detection(List.copyOf(candidates), found);
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
