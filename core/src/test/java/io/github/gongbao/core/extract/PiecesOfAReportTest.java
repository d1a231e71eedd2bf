package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ImmutableClaim;
import io.github.gongbao.core.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A report read in pieces (the command line reads a huge file so, in bounded memory): {@link
 * ReportContext#withOpening} gives a later piece the whole report's place and year, and paragraphs that stand on
 * their own give the same claims in a piece as in the whole, offsets shifted by the piece's start. On sentences
 * written for these tests.
 */
class PiecesOfAReportTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static final String OPENING = "焦作市2024年一季度经济运行情况\n一季度，全市地区生产总值增长5.1%。\n";
  private static final String PIECE = "一季度，全市一般公共预算收入79.9亿元，同比增长4.5%。\n";

  @Test
  void aPieceWithTheOpeningNamesTheReportsPlaceAndYear() {
    Report alone = PARSER.parse(PIECE);
    assertEquals(Optional.empty(), alone.placeCode());
    assertEquals(Optional.empty(), alone.claims().get(0).periodLabel());

    Report piece = PARSER.parse(PIECE, ReportContext.none().withOpening(OPENING + PIECE));
    assertEquals(Optional.of("410800"), piece.placeCode());
    Claim c = piece.claims().get(0);
    assertEquals(Optional.of("410800"), c.regionCode());
    assertEquals(Optional.of(2024), c.year());
    assertEquals(Optional.of("2024-Q1"), c.periodLabel());
  }

  @Test
  void aPlaceOrYearGivenStillComesFirst() {
    Report piece = PARSER.parse(PIECE, ReportContext.none().withOpening(OPENING).withPlace("温县").withYear(2023));
    assertEquals(Optional.of("410825"), piece.placeCode());
    assertEquals(Optional.of("2023-Q1"), piece.claims().get(0).periodLabel());
  }

  @Test
  void onlyTheOpeningIsKept() {
    String longText = OPENING + "增".repeat(5000);
    ReportContext ctx = ReportContext.none().withOpening(longText);
    assertEquals(ReportParser.PLACE_OPENING, ctx.opening().orElseThrow().length());
    assertEquals(ctx, ReportContext.none().withOpening(longText.substring(0, ReportParser.PLACE_OPENING)));
    assertNotEquals(ctx, ReportContext.none());
    assertThrows(NullPointerException.class, () -> ReportContext.none().withOpening(null));
  }

  /** Paragraphs that each name their own period, region and indicator: read whole or in two pieces, the same claims. */
  @Test
  void independentParagraphsGiveTheSameClaimsInPieces() {
    String first = OPENING + "一季度，全市规模以上工业增加值增长8.4%，高于全省平均水平2个百分点，居全省第5位。\n";
    String second = "一季度，全市一般公共预算收入79.9亿元，同比增长4.5%。\n"
        + "一季度，全市社会消费品零售总额152.3亿元，增长6.2%。\n";
    List<Claim> whole = PARSER.parse(first + second).claims();
    List<Claim> pieces = new ArrayList<>(PARSER.parse(first).claims());
    for (Claim c : PARSER.parse(second, ReportContext.none().withOpening(first)).claims()) {
      pieces.add(ImmutableClaim.builder().from(c).start(c.start() + first.length()).end(c.end() + first.length())
          .build());
    }
    assertEquals(whole, pieces);
  }

  /**
   * A figure that names its own region keeps it, when the same indicator was stated for another region before:
   * today both figures go into one fact, which has the first figure's region.
   */
  @Test
  void aFigureKeepsTheRegionItNames() {
    String text = "全市一般公共预算支出100.1亿元，增长3.1%。\n全县一般公共预算支出200.2亿元，增长4.2%。\n"
        + "全市固定资产投资增长3.1%。\n全县固定资产投资增长4.2%。";
    List<String> rows = PARSER.parse(text).claims().stream()
        .map(c -> c.subject() + "|" + c.attr().code() + "|" + c.value() + "|" + c.region().orElse(""))
        .sorted().collect(Collectors.toList());
    assertEquals(List.of(
        "一般公共预算支出|amount|10010000000|全市", "一般公共预算支出|amount|20020000000|全县",
        "一般公共预算支出|yoy_pct|3.1|全市", "一般公共预算支出|yoy_pct|4.2|全县",
        "固定资产投资|yoy_pct|3.1|全市", "固定资产投资|yoy_pct|4.2|全县"), rows);
  }
}
