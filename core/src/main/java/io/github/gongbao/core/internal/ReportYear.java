package io.github.gongbao.core.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report is about, when its caller does not say: the first year its opening names (2024年上半年…,
 * 二〇二四年国民经济和社会发展统计公报), which in this genre is the reporting year; failing that, the year of its
 * dateline (a page's 2022-6-17), a year earlier when the opening's period ends after the dateline's month (a
 * December release dated in January). Stateless.
 */
public final class ReportYear {
  /** A headline and a lead paragraph; a year named later is more often an earlier year compared with. */
  private static final int OPENING = 300;
  private static final Pattern YEAR = Pattern.compile(Periods.YEAR);
  /** A full date: 2022-6-17, 2022/06/17, 2022.6.17, 2022年6月17日. */
  private static final Pattern DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})(?:[-/.]|年)(1[0-2]|0?[1-9])(?:[-/.]|月)(3[01]|[12][0-9]|0?[1-9])(?![0-9])");

  private ReportYear() {}

  /**
   * @return the first year named in the opening of {@code folded} that frames a period (2021年上半年, 2024年1-10月,
   *     2024年国民经济…), else the first year named there; empty when the opening names none
   */
  public static Optional<Integer> find(String folded) {
    int end = Math.min(folded.length(), OPENING);
    Matcher m = YEAR.matcher(folded).region(0, end);
    Integer first = null;
    while (m.find()) {
      char before = m.start() > 0 ? folded.charAt(m.start() - 1) : ' ';
      if (before == '比' || before == '较' || before == '与' || before == '、') {
        continue; // 同比2020年增长48%、2019年增长14%: years compared with, not the report's
      }
      int year = value(m);
      if (first == null) {
        first = year;
      }
      int after = m.end();
      if (Periods.matchAt(folded, after, Math.min(folded.length(), after + 12)) > 0 || startsReport(folded, after)) {
        return Optional.of(year); // 比2019年同期增长 names a year compared with, 2021年上半年 the report's
      }
    }
    return first != null ? Optional.of(first) : fromDateline(folded, end);
  }

  private static Optional<Integer> fromDateline(String folded, int openingEnd) {
    Matcher d = DATE.matcher(folded);
    if (!d.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(d.group(1));
    int month = Integer.parseInt(d.group(2));
    for (int i = 0; i < openingEnd; i++) {
      int len = Periods.matchAt(folded, i, openingEnd);
      if (len > 0) {
        Optional<Integer> last = io.github.gongbao.core.model.Period.parse(folded.substring(i, i + len)).lastMonth();
        return Optional.of(last.isPresent() && last.get() > month ? year - 1 : year);
      }
    }
    return Optional.of(year);
  }

  private static boolean startsReport(String t, int at) {
    return t.startsWith("国民经济", at) || t.startsWith("全年", at) || t.startsWith("度", at) || t.startsWith("以来", at);
  }

  private static int value(Matcher m) {
    // 2024年 or 二〇二四年: the numerals of the units module read both
    return io.github.gongbao.units.ChineseNumerals.parse(m.group().substring(0, m.group().length() - 1)).intValue();
  }

}
