package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
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
