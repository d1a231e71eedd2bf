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
  private static final ReportContext NONE = new ReportContext(null, null, null, null);

  /** Each null when the caller did not say. */
  private final @Nullable String place;
  private final @Nullable Integer year;
  private final @Nullable String source;
  private final @Nullable String opening;

  private ReportContext(@Nullable String place, @Nullable Integer year, @Nullable String source,
      @Nullable String opening) {
    this.place = place;
    this.year = year;
    this.source = source;
    this.opening = opening;
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
    return new ReportContext(Objects.requireNonNull(name, "name"), year, source, opening);
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
    return new ReportContext(place, year, source, opening);
  }

  /**
   * @param source the record id or file the text came from; every claim carries it
   * @return a context with that source
   */
  public ReportContext withSource(String source) {
    return new ReportContext(place, year, Objects.requireNonNull(source, "source"), opening);
  }

  /**
   * For a text that is a later piece of a longer report (a huge file read in pieces): the opening of the whole
   * report, where the parser looks for the place and the year it is about instead of in the piece's own first
   * lines, so that every piece's claims name the same place and year as one parse of the whole would. A place or
   * year given with {@link #withPlace} or {@link #withYear} still comes first.
   *
   * <pre>{@code
   * ReportContext rest = ReportContext.none().withOpening(firstPiece);   // only its first characters are kept
   * Report r = parser.parse(laterPiece, rest);                           // offsets point into laterPiece
   * }</pre>
   *
   * @param text the report's text from its start (at least its first {@link ReportParser#PLACE_OPENING}
   *     characters, when it has that many); only those are kept
   * @return a context with that opening
   */
  public ReportContext withOpening(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int end = Math.min(text.length(), ReportParser.PLACE_OPENING);
    return new ReportContext(place, year, source, text.subSequence(0, end).toString());
  }

  /** @return the opening given with {@link #withOpening}, if any (at most {@link ReportParser#PLACE_OPENING} characters) */
  public Optional<String> opening() {
    return Optional.ofNullable(opening);
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
        && Objects.equals(source, c.source) && Objects.equals(opening, c.opening);
  }

  @Override
  public int hashCode() {
    return Objects.hash(place, year, source, opening);
  }

  @Override
  public String toString() {
    return "ReportContext[place=" + place + ", year=" + year + ", source=" + source
        + (opening == null ? "" : ", opening=" + opening.length() + " chars") + "]";
  }
}
