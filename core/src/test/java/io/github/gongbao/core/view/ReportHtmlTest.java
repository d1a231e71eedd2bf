package io.github.gongbao.core.view;

import static io.github.gongbao.core.view.Pages.amount;
import static io.github.gongbao.core.view.Pages.growth;
import static io.github.gongbao.core.view.Pages.indicator;
import static io.github.gongbao.core.view.Pages.marks;
import static io.github.gongbao.core.view.Pages.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Indicator;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.Script;
import io.github.gongbao.core.model.SkipReason;
import io.github.gongbao.core.model.SkippedFigure;
import io.github.gongbao.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
  private static final String TEXT = "全市一般公共预算收入52.3亿元，同比增长6.1%。";
  private static final String INJECTED = "<script>window.__gbInjected=1</script></textarea><img src=x "
      + "onerror=\"window.__gbInjected=2\">&amp;";

  private static String resource(String name) throws IOException {
    try (InputStream in = ReportHtmlTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode data(String page) throws IOException {
    int open = page.indexOf("<script type=\"application/json\" id=\"gb-data\">");
    int start = page.indexOf('>', open) + 1;
    return new ObjectMapper().readTree(page.substring(start, page.indexOf("</script>", start)));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void reportTextIsEscapedAndShownVerbatim() {
    String text = "前言" + INJECTED + "\n结尾";
    String page = ReportHtml.render(Report.builder().build(), text, PageInfo.titled("</title><script>x()</script>"));
    assertFalse(page.contains("__gbInjected=1</script>"), "the injected script survived as markup");
    assertFalse(page.contains("<img"), "the injected image survived as markup");
    assertFalse(page.contains("</textarea>"));
    assertTrue(page.contains("&lt;script&gt;window.__gbInjected=1&lt;/script&gt;&lt;/textarea&gt;&lt;img"));
    assertTrue(page.contains("&amp;amp;"), "an & in the text is escaped too");
    assertEquals(2, count(page, "<script"), "only the data block and the page's own script");
    assertTrue(page.contains("<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>"));
    assertEquals(text, Pages.articleText(page));
  }

  @Test
  void claimFieldsCannotCloseTheDataBlock() throws IOException {
    String name = "</script><script>alert(1)</script>收入";
    String text = name + "52.3亿元";
    Indicator i = indicator(name, amount("52.3", span(text, "52.3亿元")), growth("1", span(text, "52.3")));
    String page = ReportHtml.render(Report.of(List.of(i), Script.SIMPLIFIED), text);
    int start = page.indexOf("id=\"gb-data\">") + "id=\"gb-data\">".length();
    String block = page.substring(start, page.indexOf("</script>", start));
    assertFalse(block.contains("<") || block.contains(">"), "every < and > in the data is escaped: " + block);
    assertTrue(page.substring(start + block.length()).startsWith("</script>\n<script>"), "the block ends once");
    JsonNode claims = data(page).get("claims");
    assertEquals(2, claims.size());
    assertEquals(name, claims.get(0).get("subject").asText());
    assertEquals("52.3亿元", claims.get(0).get("quote").asText());
  }

  @Test
  void everyClaimOfARealReportHasMarksThatSpellItsEvidence() throws IOException {
    String text = resource("/reports/01-chengyang-h1-review.txt");
    Report report = ReportParser.create().parse(text);
    List<Claim> claims = report.claims();
    assertTrue(claims.size() > 50, "a real report with many claims: " + claims.size());
    String page = ReportHtml.render(report, text);
    List<Pages.Mark> marks = marks(page);
    Set<Integer> covered = new TreeSet<>();
    StringBuilder[] evidence = new StringBuilder[claims.size()];
    marks.removeIf(m -> m.claims().isEmpty()); // skipped figures only (the parser now reports them)
    for (Pages.Mark m : marks) {
      for (String id : m.claims().split(" ")) {
        int i = Integer.parseInt(id);
        covered.add(i);
        evidence[i] = evidence[i] == null ? new StringBuilder(m.text()) : evidence[i].append(m.text());
      }
    }
    assertEquals(claims.size(), covered.size(), "claims with a highlighted span");
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      assertEquals(text.substring(c.start(), c.end()), evidence[i].toString(), "evidence of claim " + i);
    }
    for (Pages.Mark m : marks) {
      Claim innermost = claims.get(Integer.parseInt(m.claims().split(" ")[0]));
      assertTrue(m.classes().startsWith("gb-m f-" + TextWriter.family(innermost.attr())), "colour of " + m);
    }
    assertEquals(claims.size(), data(page).get("claims").size());
    assertEquals(text, Pages.articleText(page));
    assertTrue(page.contains("<span class=\"gb-total\">" + claims.size() + " claims</span>"), "summary");
  }

  @Test
  void nestedSpansAreCutIntoPiecesInnermostFirst() {
    String text = "全市一般公共预算收入52.3亿元，同比增长6.1%。";
    Indicator i = indicator("一般公共预算收入", amount("52.3", span(text, "一般公共预算收入52.3亿元")),
        growth("6.1", span(text, "52.3亿元")));
    List<Pages.Mark> marks = marks(ReportHtml.render(Report.of(List.of(i), Script.SIMPLIFIED), text));
    assertEquals(2, marks.size(), marks::toString);
    assertEquals(new Pages.Mark("gb-m f-amount", "0", "", "", "一般公共预算收入"), marks.get(0));
    assertEquals(new Pages.Mark("gb-m f-growth multi", "1 0", "", "", "52.3亿元"), marks.get(1));
  }

  @Test
  void overlappingSpansGiveThreePieces() {
    String text = "ABCDEFGHIJKLMNO";
    Indicator i = indicator("X", amount("1", Span.of(0, 10, "ABCDEFGHIJ")), growth("2", Span.of(5, 15, "FGHIJKLMNO")));
    List<Pages.Mark> marks = marks(ReportHtml.render(Report.of(List.of(i), Script.UNKNOWN), text));
    assertEquals(List.of("ABCDE", "FGHIJ", "KLMNO"), marks.stream().map(Pages.Mark::text).toList());
    assertEquals(List.of("0", "0 1", "1"), marks.stream().map(Pages.Mark::claims).toList());
  }

  @Test
  void anEmptySpanAndOffsetsPastTheEndStillGiveAMark() {
    String text = "收入52.3亿元";
    Indicator i = indicator("收入", amount("52.3", Span.of(2, 2, "")), growth("1", Span.of(6, 40, "亿元")));
    String page = ReportHtml.render(Report.of(List.of(i), Script.SIMPLIFIED), text);
    List<Pages.Mark> marks = marks(page);
    assertEquals(List.of("0", "1"), marks.stream().map(Pages.Mark::claims).toList());
    assertTrue(marks.get(0).classes().contains("empty"));
    assertEquals("亿元", marks.get(1).text());
    assertEquals(text, Pages.articleText(page));
  }

  @Test
  void emptyReportShowsTheTextAndSaysSo() throws IOException {
    String text = "本文没有数字。\n第二行。";
    String page = ReportHtml.render(Report.builder().script(Script.SIMPLIFIED).build(), text);
    assertTrue(marks(page).isEmpty());
    assertTrue(page.contains("<span class=\"gb-total\">0 claims</span>"));
    assertTrue(page.contains("No claims were read from this text."));
    assertEquals(0, data(page).get("claims").size());
    assertEquals(text, Pages.articleText(page));
  }

  @Test
  void skippedFigureIsMarkedWithItsReason() throws IOException {
    String text = "实施“3+13+N”产业链群，全市一般公共预算收入52.3亿元。";
    Span slogan = span(text, "“3+13+N”");
    Indicator i = indicator("一般公共预算收入", amount("52.3", span(text, "52.3亿元")),
        growth("1", span(text, "52.3")));
    Report report = Report.builder().addFacts(i).script(Script.SIMPLIFIED)
        .addSkipped(SkippedFigure.of(slogan, SkipReason.PLUS_JOINED_CODE)).build();
    String page = ReportHtml.render(report, text, PageInfo.titled("t").withCharset("GB18030"));
    Pages.Mark skip = marks(page).get(0);
    assertEquals(new Pages.Mark("gb-m skip", "", "0", "plus_joined_code", "“3+13+N”"), skip);
    assertEquals(2, marks(page).stream().filter(m -> !m.claims().isEmpty()).map(Pages.Mark::claims)
        .flatMap(c -> List.of(c.split(" ")).stream()).distinct().count());
    assertTrue(page.contains("data-skipped=\"1\">skipped 1</span>"));
    assertTrue(page.contains("<span>charset GB18030</span>"));
    assertTrue(page.contains("<span>script simplified</span>"));
    JsonNode s = data(page).get("skipped").get(0);
    assertEquals("plus_joined_code", s.get("reason").asText());
    assertEquals("“3+13+N”", s.get("text").asText());
  }

  @Test
  void traditionalTextKeepsItsCharactersAndLanguage() throws IOException {
    String text = "全市一般公共預算收入52.3億元，同比增長6.1%。";
    Report report = ReportParser.create().parse(text);
    assertEquals(Script.TRADITIONAL, report.script());
    String page = ReportHtml.render(report, text);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
    assertEquals(text, Pages.articleText(page));
    assertEquals(report.claims().size(), data(page).get("claims").size());
    assertTrue(report.claims().size() >= 2);
  }

  @Test
  void policyAllowsExactlyThePagesOwnScriptAndStyle() throws Exception {
    String page = ReportHtml.render(Report.builder().build(), TEXT);
    String csp = ReportHtml.contentSecurityPolicy();
    assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">"));
    assertTrue(csp.startsWith("default-src 'none'; "), csp);
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertTrue(script.find());
    assertTrue(csp.contains("script-src '" + sha256(script.group(1)) + "'"), csp);
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
    assertTrue(style.find());
    assertTrue(csp.contains("style-src '" + sha256(style.group(1)) + "'"), csp);
    assertFalse(Pattern.compile("(src|href)=\"(?!data:)").matcher(page).find(), "an external asset");
    assertFalse(page.contains("@import") || page.contains("url("), "a stylesheet reference");
  }

  private static String sha256(String s) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sameInputGivesTheSamePage() {
    Report report = ReportParser.create().parse(TEXT);
    assertEquals(ReportHtml.render(report, TEXT), ReportHtml.render(report, TEXT));
  }

  @Test
  void nullsAreRefused() {
    Report r = Report.builder().build();
    assertThrows(NullPointerException.class, () -> ReportHtml.render(null, ""));
    assertThrows(NullPointerException.class, () -> ReportHtml.render(r, null));
    assertThrows(NullPointerException.class, () -> ReportHtml.render(r, "", null));
  }
}
