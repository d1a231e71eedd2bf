package io.github.gongbao.core.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads {@link Period}s from text as written. Stateless and thread safe. */
final class PeriodParser {
  private static final String NUM = "([0-9]{1,2}|十[一二]?|[一二两三四五六七八九])";
  private static final Pattern YEAR = Pattern.compile("([0-9]{4})\\s*年");
  private static final Pattern MONTH_RANGE =
      Pattern.compile(NUM + "\\s*月?\\s*(?:[~～〜\\-－—–‐―]+|至|到)\\s*" + NUM + "\\s*月");
  private static final Pattern MONTH = Pattern.compile(NUM + "\\s*月");
  private static final Pattern FIRST_QUARTERS = Pattern.compile("前([一二两三四1-4])(?:个)?季度");
  private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])季度");

  private PeriodParser() {}

  static Period parse(String asWritten) {
    String t = toHalfWidthDigits(asWritten);
    ImmutablePeriod.Builder b = Period.builder().asWritten(asWritten);
    Matcher y = YEAR.matcher(t);
    String rest = t;
    if (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (year >= 1 && year <= 9999) {
        b.year(year); // 0000年 is no year: the period keeps its months and its words, and parse never throws
      }
      rest = t.substring(0, y.start()) + t.substring(y.end());
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
      int q = small(m.group(1));
      return new int[] {3 * q - 2, 3 * q};
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
        .orElse(c == '两' ? 2 : 0);
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
