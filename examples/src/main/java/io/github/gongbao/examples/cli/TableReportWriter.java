package io.github.gongbao.examples.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims as aligned columns for a terminal (wide CJK characters count as two columns): subject, attr,
 * value, unit, scope or benchmark, region, period and the evidence text; columns empty in every row are
 * left out. Buffers all rows to align them.
 */
final class TableReportWriter implements ReportWriter {
  private static final int EVIDENCE_MAX = 28;
  private static final List<String> HEADER =
      List.of("subject", "attr", "value", "unit", "scope/vs", "region", "period", "evidence");

  private final Writer out;
  private final boolean withFile;
  private final List<List<String>> rows = new ArrayList<>();
  private int derived;
  private int reports;

  TableReportWriter(Writer out, boolean withFile) {
    this.out = out;
    this.withFile = withFile;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    reports++;
    for (Claim c : report.claims()) {
      List<String> row = new ArrayList<>();
      if (withFile) {
        row.add(file);
      }
      row.add(c.subject());
      row.add(c.derived() ? c.attr().code() + "*" : c.attr().code());
      row.add(c.value());
      row.add(c.unit().orElse(""));
      row.add(c.attr() == ClaimAttr.RANK ? c.scope().orElse("") : c.benchmark().orElse(""));
      row.add(c.region().orElse(""));
      row.add(c.period().orElse(""));
      row.add(evidence(text, c));
      rows.add(row);
      if (c.derived()) {
        derived++;
      }
    }
  }

  @Override
  public void finish() throws IOException {
    if (reports == 0) {
      out.flush();   // every input failed: no empty table
      return;
    }
    List<String> header = new ArrayList<>();
    if (withFile) {
      header.add("file");
    }
    header.addAll(HEADER);
    // columns after subject, attr and value that are empty in every row are left out
    int always = (withFile ? 1 : 0) + 3;
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      final int col = i;
      if (i < always || rows.stream().anyMatch(r -> !r.get(col).isEmpty())) {
        shown.add(i);
      }
    }
    List<List<String>> table = new ArrayList<>();
    table.add(pick(header, shown));
    for (List<String> row : rows) {
      table.add(pick(row, shown));
    }
    int[] widths = new int[shown.size()];
    for (List<String> row : table) {
      measure(row, widths);
    }
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    table.add(1, rule);
    for (List<String> row : table) {
      line(row, widths);
    }
    out.write("(" + rows.size() + (rows.size() == 1 ? " claim" : " claims")
        + (derived > 0 ? "; * marks " + derived + " derived" : "") + ")\n");
    out.flush();
  }

  private static List<String> pick(List<String> row, List<Integer> columns) {
    List<String> picked = new ArrayList<>(columns.size());
    for (int c : columns) {
      picked.add(row.get(c));
    }
    return picked;
  }

  private static String evidence(String text, Claim c) {
    if (c.derived() || c.end() > text.length()) {
      return "";
    }
    String s = text.substring(c.start(), c.end()).replaceAll("\\s+", " ").strip();
    if (s.codePointCount(0, s.length()) > EVIDENCE_MAX) {
      s = s.substring(0, s.offsetByCodePoints(0, EVIDENCE_MAX - 1)) + "…";
    }
    return s;
  }

  private static void measure(List<String> row, int[] widths) {
    for (int i = 0; i < row.size(); i++) {
      widths[i] = Math.max(widths[i], width(row.get(i)));
    }
  }

  private void line(List<String> row, int[] widths) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      sb.append(cell);
      if (i < row.size() - 1) {
        sb.append(" ".repeat(widths[i] - width(cell) + 2));
      }
    }
    out.write(sb.toString().stripTrailing());
    out.write('\n');
  }

  /** @return the number of terminal columns {@code s} takes: two for wide and full-width characters */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      w += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}
