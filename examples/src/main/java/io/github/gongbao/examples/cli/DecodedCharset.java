package io.github.gongbao.examples.cli;

import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Names the charset a report was decoded from, for the summary line of {@code --format html}. */
final class DecodedCharset {
  private static final List<String> CHINESE = List.of("GB18030", "Big5", "Big5-HKSCS", "x-EUC-TW", "UTF-16");

  private DecodedCharset() {}

  /**
   * @param given the charset of {@code --encoding}, or null for auto
   * @return {@code given}'s name; for auto, {@code UTF-8} when the bytes are UTF-8, else the Chinese charset
   *     that encodes {@code text} back to exactly {@code bytes}, else "detected"
   */
  static String name(byte[] bytes, String text, @Nullable Charset given) {
    if (given != null) {
      return given.name();
    }
    try {
      TextDecoder.decode(bytes, StandardCharsets.UTF_8);
      return "UTF-8 (auto)";
    } catch (ReportDecodingException notUtf8) {
      for (String name : CHINESE) {
        if (Charset.isSupported(name) && Arrays.equals(text.getBytes(Charset.forName(name)), bytes)) {
          return Charset.forName(name).name() + " (auto)";
        }
      }
      return "detected (auto)";
    }
  }
}
