package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Report;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine's defects of issues 9 and 10, one named test each, on sentences written for these tests. Each asserts
 * the whole list of claims, so that an extra false claim fails it.
 */
class EngineDefectsTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<String> rows(String text) {
    return PARSER.parse(text).claims().stream().map(EngineDefectsTest::row).collect(Collectors.toList());
  }

  private static String row(Claim c) {
    return c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "|" + c.unit().orElse("") + "|"
        + c.period().orElse("");
  }

  @Test
  void aBreakdownWithTheSameRateIsNotARepeat() {
    assertEquals(List.of("固定资产投资|yoy_pct|5.2||", "民间固定资产投资|yoy_pct|5.2||"),
        rows("全市固定资产投资同比增长5.2%，其中民间固定资产投资增长5.2%。"));
  }

  @Test
  void theSameRateInAnotherPeriodIsNotARepeat() {
    assertEquals(List.of("工业投资|yoy_pct|8||一季度", "工业投资|yoy_pct|8||上半年"),
        rows("一季度，全市工业投资增长8.0%。\n上半年，全市工业投资增长8.0%。"));
  }

  @Test
  void aPagePrintedTwiceStillGivesEachClaimOnce() {
    String article = "上半年，全市工业投资增长8.0%。\n";
    assertEquals(List.of("工业投资|yoy_pct|8||上半年"), rows(article + article));
  }

  @Test
  void simplifiedCharactersThatAreAlsoTraditionalPassThroughUnchanged() {
    // 著, 于, 干, 后 are valid Simplified characters; the fold must not rewrite them (显著 is not 显着)
    List<Claim> claims = PARSER.parse("全市研发经费投入显著增长12.5%。").claims();
    assertEquals(1, claims.size());
    assertEquals("研发经费投入", claims.get(0).subjectSimplified());
  }

  @Test
  void aRankThatCannotBeReadWholeIsNoRank() {
    assertEquals(List.of(), rows("工业投资增速居全省第1234位。"));
    assertEquals(List.of(), rows("工业投资增速居全省第2147483648位。"));
  }

  @Test
  void aFrameWordAtTheForcedClauseCutDoesNotThrow() {
    assertEquals(List.of(), rows(" ".repeat(299) + "完成2%"));
    assertEquals(List.of(), rows("、".repeat(299) + "完成，增长5%。"));
  }

  @Test
  void theForcedClauseCutNeverSplitsACharacter() {
    String text = "x".repeat(300) + "\uD840\uDC00税收收入3亿元。";
    Report r = PARSER.parse(text);
    for (Claim c : r.claims()) {
      assertTrue(!Character.isLowSurrogate(text.charAt(c.start())), "span starts inside a code point: " + c);
      assertTrue(!Character.isLowSurrogate(c.subject().charAt(0)), "subject starts inside a code point: " + c);
    }
    assertEquals(List.of("税收收入|amount|300000000|CNY|"), r.claims().stream().map(EngineDefectsTest::row)
        .map(s -> s.replace("\uD840\uDC00", "")).collect(Collectors.toList()));
  }

  @Test
  void aSharedRankIsNotCopiedToEverySubjectOfALongSentence() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append((char) ('一' + i)).append((char) ('丁' + i)).append("产量增长1%，均居全省第1位，");
    }
    int chars = sb.length();
    int claims = PARSER.parse(sb.toString()).claims().size();
    assertTrue(claims <= chars / 4, "claims " + claims + " for " + chars + " characters");
  }

  @Test
  void aYearOutOfRangeIsNoYearAndPeriodParseDoesNotThrow() {
    io.github.gongbao.core.model.Period p = io.github.gongbao.core.model.Period.parse("0000年上半年");
    assertEquals(java.util.Optional.empty(), p.year());
    assertEquals(java.util.Optional.of(1), p.firstMonth());
    assertEquals(java.util.Optional.of(6), p.lastMonth());
  }

  @Test
  void aNumeralRefusedWholeIsNotSwallowedIntoASubject() {
    assertEquals(List.of(), rows("一般公共预算收入一千兆兆亿元。"));
    assertEquals(List.of("税收收入|amount|300000000|CNY|"), rows("一般公共预算收入一千兆兆亿元，税收收入3亿元。"));
  }

  @Test
  void kindsTravelAsEnumsNotStrings() {
    // issue 9, defect 4: 增长N倍 is MULTIPLE, a bare 持平 FLAT, a yield per mu a catalogue unit (kg/mu)
    Report r = PARSER.parse("全县粮食亩产达到512公斤；工业投资增长1.3倍，民间投资与上年同期持平。");
    assertEquals(List.of("粮食亩产|amount|512|kg/mu|", "工业投资|yoy_pct|130||", "民间投资|yoy_pct|0||"),
        r.claims().stream().map(EngineDefectsTest::row).collect(Collectors.toList()));
    List<io.github.gongbao.core.model.StatedAs> stated = r.facts().stream()
        .flatMap(f -> f.growthRates().stream()).map(g -> g.statedAs()).collect(Collectors.toList());
    assertEquals(List.of(io.github.gongbao.core.model.StatedAs.MULTIPLE, io.github.gongbao.core.model.StatedAs.FLAT),
        stated);
  }
}
