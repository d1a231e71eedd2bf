package io.github.gongbao.core.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link Period}s from text as written, in either script (Traditional is folded first: 首四個月 reads as
 * 首四个月). Stateless and thread safe.
 */
final class PeriodParser {
  /** A month number; 元 is 元月, January (元至九月). */
  private static final String NUM = "([0-9]{1,2}|十[一二]?|[一二两三四五六七八九元])";
  /** 2024年, or digit by digit in Chinese: 二〇二四年, 二零一九年. */
  private static final Pattern YEAR = Pattern.compile("([0-9]{4}|[一二][〇零○][〇零○一二三四五六七八九]{2})\\s*年");
  /** 前三季度, 前三季, 首两个季度. */
  private static final Pattern MONTH_RANGE =
      Pattern.compile(NUM + "\\s*月?\\s*(?:[~～〜\\-－—–‐―]+|至|到)\\s*" + NUM + "\\s*月");
  private static final Pattern MONTH = Pattern.compile(NUM + "\\s*月");
  private static final Pattern FIRST_QUARTERS = Pattern.compile("[前首]([一二两三四1-4])(?:个)?季度?");
  /** 三季度, 第3季, 第三季度; 首季 and 次季 are the first and second (statistics-office usage). */
  private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])季度?|([首次])季");
  /** 前十个月, 首四个月: the first N months. */
  private static final Pattern FIRST_MONTHS = Pattern.compile("[前首]" + NUM + "个月");

  private PeriodParser() {}

  static Period parse(String asWritten) {
    String t = toHalfWidthDigits(io.github.gongbao.units.internal.CharFold.fold(asWritten));
    ImmutablePeriod.Builder b = Period.builder().asWritten(asWritten);
    Matcher y = YEAR.matcher(t);
    String rest = t;
    if (y.find()) {
      int year = yearValue(y.group(1));
      boolean valid = year >= 1 && year <= 9999;
      if (valid) {
        b.year(year); // 0000年 is no year: the period keeps its months and its words, and parse never throws
      }
      rest = t.substring(0, y.start()) + t.substring(y.end());
      String r = rest.strip();
      if (valid && (r.isEmpty() || r.equals("度"))) {
        rest = "全年"; // 2019年 or 2019年度 alone: the whole year (a 统计公报's 2019年全市生产总值)
      }
    }
    int[] months = months(rest);
    if (months != null) {
      b.firstMonth(months[0]).lastMonth(months[1]);
    }
    return b.build();
  }

  /** @return the first and last month {@code t} names, or null when it names none (or an impossible one) */
  private static int @Nullable [] months(String t) {
    if (t.contains("上半年")) {
      return new int[] {1, 6};
    }
    if (t.contains("下半年")) {
      return new int[] {7, 12};
    }
    if (t.contains("全年")) {
      return new int[] {1, 12};
    }
    Matcher m = FIRST_QUARTERS.matcher(t);
    if (m.find()) {
      return new int[] {1, 3 * small(m.group(1))};
    }
    m = QUARTER.matcher(t);
    if (m.find()) {
      int q = m.group(1) != null ? small(m.group(1)) : m.group(2).equals("首") ? 1 : 2;
      return new int[] {3 * q - 2, 3 * q};
    }
    m = FIRST_MONTHS.matcher(t);
    if (m.find()) {
      int z = small(m.group(1));
      return valid(z) ? new int[] {1, z} : null;
    }
    m = MONTH_RANGE.matcher(t);
    if (m.find()) {
      int a = small(m.group(1));
      int z = small(m.group(2));
      return valid(a) && valid(z) && a <= z ? new int[] {a, z} : null;
    }
    m = MONTH.matcher(t);
    if (m.find()) {
      int a = small(m.group(1));
      return valid(a) ? new int[] {a, a} : null;
    }
    return null;
  }

  /** @return the year of 2024 or of 二〇二四 (digit by digit) */
  private static int yearValue(String digits) {
    int v = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : "〇零○".indexOf(c) >= 0 ? 0 : digit(c);
      v = v * 10 + d;
    }
    return v;
  }

  private static boolean valid(int month) {
    return month >= 1 && month <= 12;
  }

  /** @return the value of a small number written in digits or Chinese numerals (up to 12) */
  private static int small(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    if (s.startsWith("十")) {
      return 10 + (s.length() > 1 ? digit(s.charAt(1)) : 0);
    }
    return digit(s.charAt(0));
  }

  private static int digit(char c) {
    return Optional.of("一二三四五六七八九".indexOf(c)).filter(i -> i >= 0).map(i -> i + 1)
        .orElse(c == '两' ? 2 : c == '元' ? 1 : 0);
  }

  private static String toHalfWidthDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    return b.toString();
  }
}
