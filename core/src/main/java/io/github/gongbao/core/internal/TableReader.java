package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.ClaimAttr;

import io.github.gongbao.units.Scales;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.internal.NumberScanner;
import io.github.gongbao.units.internal.NumberToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tables room: reads tables flattened into text, rows with {@code |} between cells or one cell a line, as
 * claims: the row's name is the subject, each column says what its numbers are (a header with 增长 or 同比 gives
 * growth rates, 比重 or 占 shares, a unit in brackets or a {@code 单位：万元} line above gives amounts). A row that
 * restates the prose collapses into the prose's claim like any repeat. Linear in the text; works on folded text.
 */
final class TableReader {
  private static final Lexicon.Words GROWTH_HEADER = Lexicon.standard().words("table_growth_header");
  private static final Lexicon.Words SHARE_HEADER = Lexicon.standard().words("table_share_header");
  /** A header or row name longer than this is prose, not a table cell. */
  private static final int MAX_CELL = 24;

  private final String t;
  private final List<int[]> lines = new ArrayList<>();

  private TableReader(String folded) {
    this.t = folded;
    int s = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i == folded.length() || folded.charAt(i) == '\n') {
        int e = i > s && folded.charAt(i - 1) == '\r' ? i - 1 : i;
        lines.add(new int[] {s, e});
        s = i + 1;
      }
    }
  }

  /** @return the drafts of every flattened table in {@code folded}, in order */
  static List<Draft> read(String folded) {
    if (folded.indexOf('|') < 0 && folded.indexOf('表') < 0 && folded.indexOf('行') < 0
        && folded.indexOf('项') < 0 && folded.indexOf('指') < 0) {
      return List.of();
    }
    TableReader r = new TableReader(folded);
    List<Draft> out = new ArrayList<>();
    int i = 0;
    while (i < r.lines.size()) {
      int next = r.pipeTable(i, out);
      if (next == i) {
        next = r.columnTable(i, out);
      }
      i = next == i ? i + 1 : next;
    }
    return out;
  }

  /** A header of cells separated by |, then rows whose cells after the first are numbers; returns the next line. */
  private int pipeTable(int h, List<Draft> out) {
    List<int[]> header = cells(h);
    if (header.size() < 2 || hasNumber(header.get(0))) {
      return h;
    }
    Column[] columns = new Column[header.size()];
    for (int c = 1; c < header.size(); c++) {
      columns[c] = column(header.get(c), h);
      if (columns[c] == null) {
        return h;
      }
    }
    int i = h + 1;
    for (; i < lines.size(); i++) {
      List<int[]> row = cells(i);
      if (row.size() != header.size() || !isName(row.get(0))) {
        break;
      }
      int[] name = row.get(0);
      for (int c = 1; c < row.size(); c++) {
        emit(out, name, row.get(c), columns[c], lines.get(i)[0], row.get(c)[1]);
      }
    }
    return i == h + 1 ? h : i;
  }

  /** A label line, column header lines, then rows of a name line and one number line per column. */
  private int columnTable(int h, List<Draft> out) {
    if (!isName(lines.get(h)) || h + 1 >= lines.size()) {
      return h;
    }
    List<Column> columns = new ArrayList<>();
    int i = h + 1;
    while (i < lines.size() && !hasNumber(lines.get(i)) && isShort(lines.get(i))) {
      Column c = column(lines.get(i), h);
      if (c == null || !c.explicit) {
        break;
      }
      columns.add(c);
      i++;
    }
    if (columns.isEmpty()) {
      return h;
    }
    int rows = 0;
    while (i + columns.size() < lines.size() && isName(lines.get(i))) {
      boolean numbers = true;
      for (int c = 1; c <= columns.size(); c++) {
        numbers &= isNumber(lines.get(i + c));
      }
      if (!numbers) {
        break;
      }
      int[] name = lines.get(i);
      for (int c = 1; c <= columns.size(); c++) {
        emit(out, name, lines.get(i + c), columns.get(c - 1), name[0], lines.get(i + c)[1]);
      }
      i += columns.size() + 1;
      rows++;
    }
    return rows == 0 ? h : i;
  }

  /** What a column's numbers are. */
  private static final class Column {
    final ClaimAttr attr;
    /** Amounts only: the unit of the column's numbers. */
    @Nullable Unit unit;
    String scaleWord = "";
    /** The header said so itself (a unit in brackets, 增长, 比重), not only a 单位 line above. */
    boolean explicit;

    Column(ClaimAttr attr) {
      this.attr = attr;
    }
  }

  private @Nullable Column column(int[] cell, int headerLine) {
    if (GROWTH_HEADER.indexOf(t, cell[0], cell[1]) >= 0) {
      Column c = new Column(ClaimAttr.YOY_PCT);
      c.explicit = true;
      return c;
    }
    if (SHARE_HEADER.indexOf(t, cell[0], cell[1]) >= 0) {
      Column c = new Column(ClaimAttr.SHARE_PCT);
      c.explicit = true;
      return c;
    }
    NumberToken unit = unitIn(cell[0], cell[1]);
    boolean explicit = unit != null;
    for (int k = headerLine - 1; unit == null && k >= Math.max(0, headerLine - 2); k--) {
      int[] l = lines.get(k);
      int at = Texts.indexOf(t, "单位", l[0], l[1]);
      if (at >= 0) {
        unit = unitIn(at, l[1]);
      }
    }
    if (unit == null) {
      return null;
    }
    Column c = new Column(ClaimAttr.AMOUNT);
    c.explicit = explicit;
    c.unit = unit.unit();
    c.scaleWord = unit.scaleWord();
    return c;
  }

  /** The unit named in [from, to), such as 亿元 in 增加值(亿元) or 万元 in 单位：万元, read as a quantity of 1. */
  private @Nullable NumberToken unitIn(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '(' || c == ':' || c == '：') {
        int end = i + 1;
        while (end < to && t.charAt(end) != ')') {
          end++;
        }
        List<NumberToken> toks = NumberScanner.scan("1" + t.substring(i + 1, end).strip());
        if (toks.size() == 1 && !toks.get(0).unit().equals(Unit.NUMBER)
            && !toks.get(0).unit().dimension().equals("percent")) {
          return toks.get(0);
        }
      }
    }
    return null;
  }

  private void emit(List<Draft> out, int[] name, int[] cell, @Nullable Column column, int start, int end) {
    BigDecimal n = number(cell);
    if (n == null || column == null) {
      return;
    }
    Draft d = new Draft(column.attr);
    int s = name[0];
    if (t.startsWith("其中", s)) {
      s += t.startsWith("其中:", s) || t.startsWith("其中：", s) ? 3 : 2;
    }
    int e = name[1];
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    d.subjectStart = s;
    d.subjectEnd = e;
    d.start = start;
    d.end = end;
    if (column.attr == ClaimAttr.AMOUNT) {
      d.number = n;
      d.scaleWord = column.scaleWord;
      d.unit = column.unit;
      d.value = n.multiply(Scales.valueOf(column.scaleWord));
    } else {
      d.value = n;
      d.statedAs = n.signum() < 0 ? io.github.gongbao.core.model.StatedAs.DECREASE
          : io.github.gongbao.core.model.StatedAs.INCREASE;
    }
    out.add(d);
  }

  private List<int[]> cells(int line) {
    int[] l = lines.get(line);
    List<int[]> out = new ArrayList<>();
    if (Texts.indexOf(t, "|", l[0], l[1]) < 0) {
      return out;
    }
    int s = l[0];
    for (int i = l[0]; i <= l[1]; i++) {
      if (i == l[1] || t.charAt(i) == '|') {
        int a = s;
        int b = i;
        while (a < b && Character.isWhitespace(t.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
          b--;
        }
        out.add(new int[] {a, b});
        s = i + 1;
      }
    }
    return out;
  }

  private boolean isShort(int[] span) {
    return span[1] - span[0] > 0 && span[1] - span[0] <= MAX_CELL;
  }

  /** A row name: short, with an ideograph, no digit. */
  private boolean isName(int[] span) {
    if (!isShort(span) || hasNumber(span)) {
      return false;
    }
    for (int i = span[0]; i < span[1]; i++) {
      if (Character.isIdeographic(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasNumber(int[] span) {
    for (int i = span[0]; i < span[1]; i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean isNumber(int[] span) {
    return number(span) != null;
  }

  /** A cell that is one plain number (126,480 / -18.4 / 5.6), else null. */
  private @Nullable BigDecimal number(int[] span) {
    String s = t.substring(span[0], span[1]).strip().replace(",", "");
    if (s.isEmpty() || s.length() > 20 || !s.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return null;
    }
    return new BigDecimal(s);
  }
}
