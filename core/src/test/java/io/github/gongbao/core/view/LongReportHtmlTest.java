package io.github.gongbao.core.view;

import static io.github.gongbao.core.view.Pages.amount;
import static io.github.gongbao.core.view.Pages.growth;
import static io.github.gongbao.core.view.Pages.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.Script;
import io.github.gongbao.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 20-million-character report renders in one pass, its text cut into blocks the browser lays out lazily. */
class LongReportHtmlTest {
  private static final String SENTENCE = "全市一般公共预算收入52.3亿元，同比增长6.1%。\n";

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void twentyMillionCharactersWithClaimsEveryTenthSentence() {
    int sentences = 20_000_000 / SENTENCE.length();
    StringBuilder b = new StringBuilder(sentences * SENTENCE.length());
    List<Fact> facts = new ArrayList<>();
    int amountAt = SENTENCE.indexOf("52.3亿元");
    int growthAt = SENTENCE.indexOf("同比增长6.1%");
    for (int i = 0; i < sentences; i++) {
      int at = b.length();
      b.append(SENTENCE);
      if (i % 10 == 0) {
        facts.add(indicator("一般公共预算收入", amount("52.3", Span.of(at + amountAt, at + amountAt + 6, "52.3亿元")),
            growth("6.1", Span.of(at + growthAt, at + growthAt + 8, "同比增长6.1%"))));
      }
    }
    String text = b.toString();
    Report report = Report.of(facts, Script.SIMPLIFIED);
    String page = ReportHtml.render(report, text);
    int claims = report.claims().size();
    assertEquals(2 * facts.size(), claims);
    assertEquals(claims, count(page, "<mark tabindex=\"0\" class=\"gb-m f-"));
    int chunks = count(page, "<div class=\"gb-chunk\">");
    assertTrue(chunks >= text.length() / (4 * TextWriter.CHUNK) && chunks <= text.length() / TextWriter.CHUNK + 1,
        chunks + " blocks");
    assertTrue(page.length() < 3L * text.length(), "page of " + page.length() + " characters");
  }

  @Test
  void aTextWithoutLineEndsIsStillCutIntoBoundedBlocks() {
    String text = "增长".repeat(500_000);
    String page = ReportHtml.render(Report.builder().build(), text);
    String[] blocks = page.substring(page.indexOf("<div class=\"gb-chunk\">"), page.indexOf("</article>"))
        .split("<div class=\"gb-chunk\">");
    int longest = 0;
    StringBuilder joined = new StringBuilder();
    for (String block : blocks) {
      String inner = block.replace("</div>", "");
      longest = Math.max(longest, inner.length());
      joined.append(inner);
    }
    assertEquals(text, joined.toString());
    assertTrue(longest <= 4 * TextWriter.CHUNK, "longest block " + longest);
    assertTrue(blocks.length > text.length() / (4 * TextWriter.CHUNK), blocks.length + " blocks");
  }
}
