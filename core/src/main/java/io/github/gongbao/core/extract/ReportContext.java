package io.github.gongbao.core.extract;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a caller knows about a report that its text may not say: the place it is about, its year, and the record
 * it came from (from a URL, file metadata or a crawler's database).
 *
 * <pre>{@code
 * ReportContext ctx = ReportContext.none().withPlace("焦作市").withYear(2024).withSource("jiaozuo/2024-h1.html");
 * Report r = ReportParser.create().parse(text, ctx);   // 上半年 becomes 2024-H1, 全市 becomes 410800 焦作市
 * }</pre>
 *
 * <p>Immutable and thread safe; every {@code with} method returns a new context.
 */
public final class ReportContext {
  private static final ReportContext NONE = new ReportContext(null, null, null);

  /** Each null when the caller did not say. */
  private final @Nullable String place;
  private final @Nullable Integer year;
  private final @Nullable String source;

  private ReportContext(@Nullable String place, @Nullable Integer year, @Nullable String source) {
    this.place = place;
    this.year = year;
    this.source = source;
  }

  /** @return a context that says nothing: the parser finds place and year in the text */
  public static ReportContext none() {
    return NONE;
  }

  /**
   * @param name the place the report is about, as a division name (焦作市, 温县, 香港) or a six-digit code
   * @return a context with that place
   */
  public ReportContext withPlace(String name) {
    return new ReportContext(Objects.requireNonNull(name, "name"), year, source);
  }

  /**
   * @param year the report's year, for periods that state none (上半年)
   * @return a context with that year
   * @throws IllegalArgumentException if the year is not within 1000–9999
   */
  public ReportContext withYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must be within 1000–9999, was " + year);
    }
    return new ReportContext(place, year, source);
  }

  /**
   * @param source the record id or file the text came from; every claim carries it
   * @return a context with that source
   */
  public ReportContext withSource(String source) {
    return new ReportContext(place, year, Objects.requireNonNull(source, "source"));
  }

  /** @return the place given, if any */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  /** @return the year given, if any */
  public Optional<Integer> year() {
    return Optional.ofNullable(year);
  }

  /** @return the source given, if any */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportContext c && Objects.equals(place, c.place) && Objects.equals(year, c.year)
        && Objects.equals(source, c.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(place, year, source);
  }

  @Override
  public String toString() {
    return "ReportContext[place=" + place + ", year=" + year + ", source=" + source + "]";
  }
}
