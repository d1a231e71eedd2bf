package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The time a figure refers to: the words as written, and the year and month range when they can be
 * read from them.
 *
 * <pre>{@code
 * Period p = Period.parse("2024年上半年");
 * p.year();        // Optional[2024]
 * p.firstMonth();  // Optional[1]
 * p.lastMonth();   // Optional[6]
 * }</pre>
 *
 * <p>{@link #firstMonth()} and {@link #lastMonth()} are both present or both absent, within 1–12, first
 * not after last. Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"asWritten", "year", "firstMonth", "lastMonth"})
public abstract class Period {
  Period() {}

  /** @return the period as written in the report (上半年, 1—9月, 2024年 …) */
  public abstract String asWritten();

  /** @return the calendar year when the text states it */
  public abstract Optional<Integer> year();

  /** @return the first month of the range (1–12) when known */
  public abstract Optional<Integer> firstMonth();

  /** @return the last month of the range (1–12, inclusive) when known */
  public abstract Optional<Integer> lastMonth();

  /** @return a builder of periods */
  public static ImmutablePeriod.Builder builder() {
    return ImmutablePeriod.builder();
  }

  /**
   * Reads a period as written, in either script: 上半年 (1–6), 下半年 (7–12), 一季度 / 第一季度 (1–3),
   * 二季度 (4–6), 前三季度 (1–9), 1~6月份 / 1—9月 / 1-5月 (ranges), 5月份 (5–5), 全年 (1–12), 2024年
   * (year only), and combinations such as 2024年上半年. Text it does not recognise keeps only
   * {@link #asWritten()}. Never throws for a non-null argument.
   *
   * @param asWritten the period as written
   * @return the period
   */
  public static Period parse(String asWritten) {
    return PeriodParser.parse(asWritten);
  }

  /**
   * The period as data, the key a panel joins on: {@code 2024} for a whole year, {@code 2024-H1}/{@code -H2},
   * {@code 2024-Q3}, {@code 2024-05} for one month, else {@code 2024-01/2024-10}. {@link #fromLabel} reads it back.
   *
   * @return the label, or empty without a year or months
   */
  public Optional<String> label() {
    if (year().isEmpty() || firstMonth().isEmpty() || lastMonth().isEmpty()) {
      return Optional.empty();
    }
    int y = year().get();
    int a = firstMonth().get();
    int b = lastMonth().get();
    if (a == 1 && b == 12) {
      return Optional.of(String.valueOf(y));
    }
    if (b - a == 5 && (a == 1 || a == 7)) {
      return Optional.of(y + (a == 1 ? "-H1" : "-H2"));
    }
    if (b - a == 2 && a % 3 == 1) {
      return Optional.of(y + "-Q" + (a / 3 + 1));
    }
    // months are 1–12 (checked): two digits by hand, what "%d-%02d" gives, without a Formatter per call
    if (a == b) {
      return Optional.of(y + "-" + twoDigits(a));
    }
    return Optional.of(y + "-" + twoDigits(a) + "/" + y + "-" + twoDigits(b));
  }

  private static String twoDigits(int month) {
    return month < 10 ? "0" + month : String.valueOf(month);
  }

  private static final Pattern LABEL = Pattern.compile(
      "([0-9]{1,4})(?:-(?:H([12])|Q([1-4])|([0-9]{2})(?:/([0-9]{1,4})-([0-9]{2}))?))?");

  /**
   * Reads a {@link #label()} back: {@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-05},
   * {@code 2024-01/2024-10}. The period's {@link #asWritten()} is the label.
   *
   * <pre>{@code
   * Period.fromLabel("2024-Q3").firstMonth();   // Optional[7]
   * }</pre>
   *
   * @param label a label as {@link #label()} writes it
   * @return the period with its year and months
   * @throws InvalidValueException if {@code label} is not a label, naming it; or if its year or months are out of
   *     range or a range spans two years
   */
  public static Period fromLabel(String label) {
    java.util.Objects.requireNonNull(label, "label");
    Matcher m = LABEL.matcher(label);
    if (!m.matches()) {
      throw new InvalidValueException("Period", "label", "'" + label + "' is not a period label such as 2024, "
          + "2024-H1, 2024-Q3, 2024-05 or 2024-01/2024-10");
    }
    int y = Integer.parseInt(m.group(1));
    int a;
    int b;
    if (m.group(2) != null) {
      a = m.group(2).equals("1") ? 1 : 7;
      b = a + 5;
    } else if (m.group(3) != null) {
      a = 3 * Integer.parseInt(m.group(3)) - 2;
      b = a + 2;
    } else if (m.group(4) != null) {
      a = Integer.parseInt(m.group(4));
      b = m.group(6) != null ? Integer.parseInt(m.group(6)) : a;
      if (m.group(5) != null && Integer.parseInt(m.group(5)) != y) {
        throw new InvalidValueException("Period", "label", "'" + label + "' spans two years");
      }
    } else {
      a = 1;
      b = 12;
    }
    return builder().asWritten(label).year(y).firstMonth(a).lastMonth(b).build();
  }

  /** @return a period of only the given text, with no year or months */
  public static Period of(String asWritten) {
    return builder().asWritten(asWritten).build();
  }

  @Value.Check
  void check() {
    if (firstMonth().isPresent() != lastMonth().isPresent()) {
      throw new InvalidValueException("Period", firstMonth().isPresent() ? "lastMonth" : "firstMonth",
          "must be present when the other end of the month range is");
    }
    firstMonth().ifPresent(m -> checkMonth("firstMonth", m));
    lastMonth().ifPresent(m -> checkMonth("lastMonth", m));
    if (firstMonth().isPresent() && firstMonth().get() > lastMonth().get()) {
      throw new InvalidValueException("Period", "lastMonth",
          "must not be before firstMonth " + firstMonth().get() + ", was " + lastMonth().get());
    }
    year().ifPresent(y -> {
      if (y < 1 || y > 9999) {
        throw new InvalidValueException("Period", "year", "must be within 1–9999, was " + y);
      }
    });
  }

  private static void checkMonth(String field, int m) {
    if (m < 1 || m > 12) {
      throw new InvalidValueException("Period", field, "must be within 1–12, was " + m);
    }
  }
}
