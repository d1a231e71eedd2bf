package io.github.gongbao.core.panel;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.place.Gazetteer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * How many claims of a set of reports carry the keys that join them into a {@link Panel}: an indicator id, a year,
 * first and last months, a place code; and how many reports have a place code, among all and among those whose
 * text names a place. These are the numbers issue 12 sets targets for.
 *
 * <pre>{@code
 * Coverage.Builder b = Coverage.builder();
 * for (...) b.add(report, text);                        // each report with the text it was read from
 * System.out.print(b.build().toText());                 // claims with an indicator id  540 of 600  90.0%
 * }</pre>
 *
 * <p>A report's text names a place when the gazetteer finds a division name in its opening
 * ({@link io.github.gongbao.core.extract.ReportParser#PLACE_OPENING} characters), where the parser looks for the
 * report's place, other than in a dateline ({@link Gazetteer#findPlacesOutsideDatelines}): 人民网北京6月15日电
 * names the newsroom of a national report, not a place the parser could give it. Immutable and thread safe;
 * {@link Builder} is not thread safe.
 *
 * @param reports reports counted
 * @param claims claims of those reports
 * @param withIndicatorId claims with an indicator id
 * @param withYear claims with a year
 * @param withMonths claims with first and last months
 * @param withPeriodLabel claims with a period label
 * @param withRegionCode claims with a division code
 * @param reportsWithPlace reports with a place code (the report's own place, found or given)
 * @param reportsNamingPlace reports whose opening names a division
 * @param reportsNamingPlaceWithPlace of those, the reports with a place code
 */
public record Coverage(int reports, int claims, int withIndicatorId, int withYear, int withMonths,
    int withPeriodLabel, int withRegionCode, int reportsWithPlace, int reportsNamingPlace,
    int reportsNamingPlaceWithPlace) {
  /** The opening the parser reads for the report's place. */
  private static final int OPENING = io.github.gongbao.core.extract.ReportParser.PLACE_OPENING;

  /** @return a builder counting nothing yet */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param part a count
   * @param whole the count it is part of
   * @return {@code part / whole} in percent, one decimal, half up; 0 when {@code whole} is 0
   */
  public static BigDecimal percent(int part, int whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** @return the listing, one line a measure: label, part, "of", whole, percent */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    line(sb, "claims with an indicator id", withIndicatorId, claims);
    line(sb, "claims with a year", withYear, claims);
    line(sb, "claims with first and last months", withMonths, claims);
    line(sb, "claims with a period label", withPeriodLabel, claims);
    line(sb, "claims with a place code", withRegionCode, claims);
    line(sb, "reports with a place code", reportsWithPlace, reports);
    line(sb, "reports naming a place, with a place code", reportsNamingPlaceWithPlace, reportsNamingPlace);
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, int part, int whole) {
    sb.append(String.format(Locale.ROOT, "%-44s %6d of %6d  %5s%%%n", label, part, whole, percent(part, whole)));
  }

  /** Counts reports one at a time. Not thread safe. */
  public static final class Builder {
    private final Gazetteer gazetteer = Gazetteer.standard();
    private int reports;
    private int claims;
    private int withIndicatorId;
    private int withYear;
    private int withMonths;
    private int withPeriodLabel;
    private int withRegionCode;
    private int reportsWithPlace;
    private int reportsNamingPlace;
    private int reportsNamingPlaceWithPlace;

    private Builder() {}

    /**
     * Counts one report.
     *
     * @param report the report
     * @param text the text it was read from (for whether it names a place)
     * @return this builder
     */
    public Builder add(Report report, CharSequence text) {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(text, "text");
      reports++;
      for (Claim c : report.claims()) {
        claims++;
        withIndicatorId += c.indicatorId().isPresent() ? 1 : 0;
        withYear += c.year().isPresent() ? 1 : 0;
        withMonths += c.firstMonth().isPresent() && c.lastMonth().isPresent() ? 1 : 0;
        withPeriodLabel += c.periodLabel().isPresent() ? 1 : 0;
        withRegionCode += c.regionCode().isPresent() ? 1 : 0;
      }
      boolean placed = report.placeCode().isPresent();
      reportsWithPlace += placed ? 1 : 0;
      CharSequence opening = text.length() > OPENING ? text.subSequence(0, OPENING) : text;
      if (!gazetteer.findPlacesOutsideDatelines(opening).isEmpty()) {
        reportsNamingPlace++;
        reportsNamingPlaceWithPlace += placed ? 1 : 0;
      }
      return this;
    }

    /** @return the counts so far */
    public Coverage build() {
      return new Coverage(reports, claims, withIndicatorId, withYear, withMonths, withPeriodLabel, withRegionCode,
          reportsWithPlace, reportsNamingPlace, reportsNamingPlaceWithPlace);
    }
  }
}
