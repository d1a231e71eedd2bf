package io.github.gongbao.core.view;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.Script;
import io.github.gongbao.core.model.SkipReason;
import io.github.gongbao.core.model.SkippedFigure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the whole page, top to bottom, in one pass; see {@link ReportHtml} for what it holds. */
final class PageWriter {
  private PageWriter() {}

  static void write(Report report, String text, PageInfo info, Appendable out) throws IOException {
    List<Claim> claims = report.claims();
    List<SkippedFigure> skipped = report.skipped();
    String lang = report.script() == Script.TRADITIONAL ? "zh-Hant" : "zh-Hans";
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(PageAssets.CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Gongbao\">\n<title>");
    HtmlText.content(info.title(), out);
    out.append("</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>").append(PageAssets.CSS)
        .append("</style>\n</head>\n<body>\n<header class=\"gb-head\">\n<h1>");
    HtmlText.content(info.title(), out);
    out.append("</h1>\n");
    summary(claims, skipped, report.script(), info, text.length(), out);
    out.append("</header>\n<main class=\"gb-main\">\n<article id=\"gb-text\" class=\"gb-text\" aria-label=\"Report text\">");
    text(claims, skipped, text, out);
    out.append("</article>\n");
    panel(claims.isEmpty(), out);
    out.append("</main>\n<div id=\"gb-card\" class=\"gb-card\" role=\"tooltip\" hidden></div>\n")
        .append("<script type=\"application/json\" id=\"gb-data\">");
    ClaimsJson.write(claims, skipped, out);
    out.append("</script>\n<script>").append(PageAssets.JS).append("</script>\n</body>\n</html>\n");
  }

  private static void summary(List<Claim> claims, List<SkippedFigure> skipped, Script script, PageInfo info,
      int length, Appendable out) throws IOException {
    Map<ClaimAttr, Integer> counts = new EnumMap<>(ClaimAttr.class);
    for (Claim c : claims) {
      counts.merge(c.attr(), 1, Integer::sum);
    }
    out.append("<p id=\"gb-summary\" class=\"gb-summary\"><span class=\"gb-total\">").append(count(claims.size()))
        .append(claims.size() == 1 ? " claim" : " claims").append("</span>");
    for (Map.Entry<ClaimAttr, Integer> e : counts.entrySet()) {
      out.append(" <span class=\"gb-k f-").append(TextWriter.family(e.getKey())).append("\" data-attr=\"")
          .append(e.getKey().code()).append("\">").append(e.getKey().code()).append(' ')
          .append(count(e.getValue())).append("</span>");
    }
    out.append(" <span class=\"gb-k skip\" data-skipped=\"").append(Integer.toString(skipped.size()))
        .append("\">skipped ").append(count(skipped.size())).append("</span>")
        .append(" <span>script ").append(script.name().toLowerCase(Locale.ROOT)).append("</span>")
        .append(" <span>charset ");
    HtmlText.content(info.charset().orElse("not given"), out);
    out.append("</span> <span>").append(count(length)).append(" characters</span></p>\n")
        .append("<p class=\"gb-legend\" aria-hidden=\"true\"><mark class=\"gb-m f-amount\">amount</mark> ")
        .append("<mark class=\"gb-m f-growth\">growth (yoy, mom)</mark> ")
        .append("<mark class=\"gb-m f-comparison\">comparison (pp_change, pp_vs)</mark> ")
        .append("<mark class=\"gb-m f-share\">share</mark> <mark class=\"gb-m f-rank\">rank</mark> ")
        .append("<mark class=\"gb-m skip\" data-r=\"reason\">skipped figure</mark></p>\n");
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static void text(List<Claim> claims, List<SkippedFigure> skipped, String text, Appendable out)
      throws IOException {
    int n = claims.size() + skipped.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    List<ClaimAttr> attrs = new ArrayList<>(claims.size());
    List<SkipReason> reasons = new ArrayList<>(skipped.size());
    int len = text.length();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      starts[i] = Math.min(c.start(), len);
      ends[i] = Math.max(starts[i], Math.min(c.end(), len));
      attrs.add(c.attr());
    }
    for (int j = 0; j < skipped.size(); j++) {
      SkippedFigure s = skipped.get(j);
      int k = claims.size() + j;
      starts[k] = Math.min(s.span().start(), len);
      ends[k] = Math.max(starts[k], Math.min(s.span().end(), len));
      reasons.add(s.reason());
    }
    TextWriter w = new TextWriter(text, attrs, reasons, out);
    w.begin();
    Segments.cut(len, starts, ends, claims.size(), w);
    w.end();
  }

  private static void panel(boolean empty, Appendable out) throws IOException {
    out.append("<aside class=\"gb-panel\" aria-label=\"Claims\">\n<div class=\"gb-filters\">")
        .append("<label>attr <select id=\"gb-attr\"><option value=\"\">all</option>");
    for (ClaimAttr a : ClaimAttr.values()) {
      out.append("<option>").append(a.code()).append("</option>");
    }
    out.append("</select></label> <label>subject <input id=\"gb-subject\" type=\"search\" "
        + "placeholder=\"filter\" autocomplete=\"off\"></label></div>\n")
        .append("<p id=\"gb-shown\" class=\"gb-shown\" aria-live=\"polite\"></p>\n")
        .append(empty ? "<p class=\"gb-none\">No claims were read from this text.</p>\n" : "")
        .append("<button id=\"gb-earlier\" type=\"button\" hidden>show earlier rows</button>\n")
        .append("<table id=\"gb-table\"><thead><tr>");
    String[][] cols = {{"i", "#"}, {"subject", "subject"}, {"attr", "attr"}, {"value", "value"},
        {"unit", "unit"}, {"period", "period"}, {"region", "region"}};
    for (String[] c : cols) {
      out.append("<th aria-sort=\"none\"><button type=\"button\" data-k=\"").append(c[0]).append("\">")
          .append(c[1]).append("</button></th>");
    }
    out.append("</tr></thead><tbody id=\"gb-rows\"></tbody></table>\n")
        .append("<button id=\"gb-more\" type=\"button\" hidden>show more rows</button>\n")
        .append("<noscript><p>The claims table and the cards need JavaScript.</p></noscript>\n</aside>\n");
  }
}
