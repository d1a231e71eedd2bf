package io.github.gongbao.core.internal;

import io.github.gongbao.units.internal.NumberScanner;
import io.github.gongbao.units.internal.NumberToken;
import io.github.gongbao.core.model.SkippedFigure;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole report into drafts: folds the text, scans its numbers once, walks paragraphs, sentences
 * and clauses, and lets a {@link ClauseReader} read each clause. Linear in the text. Never throws on
 * any text.
 */
public final class ReportReader {
  private static final int MAX_CLAUSE = 300;

  private ReportReader() {}

  /** What a report gave: its drafts in order, repeats collapsed, and the numbers that gave no claim. */
  public record Reading(List<Draft> drafts, List<SkippedFigure> skipped) {}

  /** @return the reading of {@code original} */
  public static Reading read(String original) {
    return read(original, TextNormalizer.inspect(original));
  }

  /** @return the reading of {@code original}, folded already as {@code folded} */
  public static Reading read(String original, TextNormalizer.Folded folded) {
    String t = folded.text;
    List<NumberToken> tokens = withSharesInWords(t, NumberScanner.scan(t));
    List<Draft> drafts = new ArrayList<>();
    List<Skip> traps = new ArrayList<>();
    ClauseReader reader = new ClauseReader(t, drafts, traps);
    int ti = 0;
    int n = t.length();
    int clauseStart = 0;
    reader.startParagraph();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? t.charAt(i) : '\n';
      boolean para = c == '\n' || c == '\r';
      boolean sentence = para || c == '。' || c == '!' || c == '?';
      boolean punctuation = sentence || c == ';' || c == '；' || c == '，'
          || (c == ',' && !isThousands(t, i)) || (c == ':' && !isRatio(t, i))
          || isFrameGap(t, i);
      // no real clause is this long; capping it keeps the reader linear on text without punctuation. The cut
      // keeps the character it falls on (it starts the next clause) and never falls inside a surrogate pair.
      boolean cut = !punctuation && i - clauseStart >= MAX_CLAUSE && !Character.isLowSurrogate(c);
      if (!punctuation && !cut) {
        continue;
      }
      List<NumberToken> toks = new ArrayList<>();
      while (ti < tokens.size() && tokens.get(ti).start() < i) {
        NumberToken tok = tokens.get(ti);
        if (tok.start() >= clauseStart) {
          toks.add(tok);
        }
        ti++;
      }
      if (i > clauseStart) {
        reader.read(clauseStart, i, toks);
      }
      clauseStart = cut ? i : i + 1;
      if (para) {
        reader.startParagraph();
      } else if (sentence) {
        reader.startSentence();
      }
    }
    List<Draft> tables = TableReader.read(t);
    if (!tables.isEmpty()) {
      drafts.addAll(tables);
      drafts.sort(java.util.Comparator.comparingInt(d -> d.start)); // stable: prose before a table row at a tie
    }
    List<Draft> collapsed = DraftCollapser.collapse(t, drafts);
    if (folded.traditional) {
      OriginalSpelling.apply(original, t, collapsed);
    }
    return new Reading(collapsed, SkippedFigures.of(original, t, tokens, collapsed, traps));
  }

  /**
   * 年增百分之十五点二, 占比重三成三, 约占五分之一: shares written in words replace the numbers inside them, as
   * percentages (per-mille kept). Both lists are in order; one merge.
   */
  private static List<NumberToken> withSharesInWords(String t, List<NumberToken> tokens) {
    if (t.indexOf('分') < 0 && t.indexOf('成') < 0) {
      return tokens; // every share in words has 分之 or 成
    }
    List<io.github.gongbao.units.QuantityMatch> shares = io.github.gongbao.units.QuantityFinder.standard()
        .findShares(t);
    if (shares.isEmpty()) {
      return tokens;
    }
    List<NumberToken> out = new ArrayList<>(tokens.size());
    int next = 0;
    for (NumberToken tok : tokens) {
      while (next < shares.size() && shares.get(next).end() <= tok.start()) {
        out.add(token(shares.get(next++)));
      }
      if (next < shares.size() && shares.get(next).start() < tok.end()) {
        continue; // inside a share in words
      }
      out.add(tok);
    }
    while (next < shares.size()) {
      out.add(token(shares.get(next++)));
    }
    return out;
  }

  private static NumberToken token(io.github.gongbao.units.QuantityMatch m) {
    return new NumberToken(m.start(), m.end(), m.end(), m.quantity().number(), "", m.quantity().unit(), true);
  }

  private static boolean isThousands(String t, int i) {
    return i > 0 && i + 3 < t.length() && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1))
        && Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3))
        && (i + 4 >= t.length() || !Character.isDigit(t.charAt(i + 4)));
  }

  /**
   * A space after a statement and before a period opens a new clause, as in a headline of two statements
   * (猪肉价格下降逾一成 3月份CPI同比上涨2.7%).
   */
  private static boolean isFrameGap(String t, int i) {
    if ((t.charAt(i) != ' ' && t.charAt(i) != '\u3000') || i == 0 || i + 1 >= t.length()) {
      return false;
    }
    char before = t.charAt(i - 1);
    return (Character.isIdeographic(before) || before == '%') && Periods.matchAt(t, i + 1, t.length()) > 0;
  }

  private static boolean isRatio(String t, int i) {
    return i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
  }
}
