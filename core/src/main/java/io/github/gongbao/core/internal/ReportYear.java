package io.github.gongbao.core.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report is about, when its caller does not say: the first year its opening names (2024年上半年…,
 * 二〇二四年国民经济和社会发展统计公报), which in this genre is the reporting year. Stateless.
 */
public final class ReportYear {
  /** A headline and a lead paragraph; a year named later is more often an earlier year compared with. */
  private static final int OPENING = 300;
  private static final Pattern YEAR = Pattern.compile(
      "((?:19|20)[0-9]{2})\\s*年|([一二][〇零○][〇零○一二三四五六七八九]{2})年");

  private ReportYear() {}

  /** @return the first year named in the opening of {@code folded}, if any */
  public static Optional<Integer> find(String folded) {
    Matcher m = YEAR.matcher(folded).region(0, Math.min(folded.length(), OPENING));
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      return Optional.of(Integer.parseInt(m.group(1)));
    }
    int y = 0;
    for (char c : m.group(2).toCharArray()) {
      y = y * 10 + "〇一二三四五六七八九".indexOf(c == '零' || c == '○' ? '〇' : c);
    }
    return Optional.of(y);
  }
}
