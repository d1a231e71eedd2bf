package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.Bound;
import io.github.gongbao.core.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * The qualifiers room: what kind of figure a claim is (its status: an estimate, a target, a forecast …), how exact
 * (its bound: about, at least, at most) and, for growth, its basis (since the start of the year, real, comparable
 * …), from the words around the figure. The word lists are data ({@code lexicon.txt}). Works on folded text.
 * Stateless apart from the text.
 */
final class FigureQualifiers {
  private static final Lexicon.Words PRELIMINARY = Lexicon.standard().words("status_preliminary");
  private static final Lexicon.Words ESTIMATE = Lexicon.standard().words("status_estimate");
  private static final Lexicon.Words TARGET = Lexicon.standard().words("status_target");
  private static final Lexicon.Words FORECAST = Lexicon.standard().words("status_forecast");
  private static final Lexicon.Words COMPLETION = Lexicon.standard().words("completion");
  /** Every status word, for one scan of a clause before the four lists (most clauses hold none). */
  private static final Lexicon.Words ANY_STATUS = Lexicon.standard().union("status_preliminary", "status_estimate",
      "status_target", "status_forecast");
  private static final Lexicon.Words APPROX_BEFORE = Lexicon.standard().words("bound_approximate_before");
  private static final Lexicon.Words APPROX_AFTER = Lexicon.standard().words("bound_approximate_after");
  private static final Lexicon.Words AT_LEAST_BEFORE = Lexicon.standard().words("bound_at_least_before");
  private static final Lexicon.Words AT_LEAST_AFTER = Lexicon.standard().words("bound_at_least_after");
  private static final Lexicon.Words AT_MOST_BEFORE = Lexicon.standard().words("bound_at_most_before");
  private static final Lexicon.Words AT_MOST_AFTER = Lexicon.standard().words("bound_at_most_after");
  private static final Lexicon.Words SINCE_YEAR_START = Lexicon.standard().words("basis_since_year_start");
  private static final Lexicon.Words TWO_YEAR = Lexicon.standard().words("basis_two_year_average");
  private static final Lexicon.Words COMPARABLE = Lexicon.standard().words("basis_comparable");
  private static final Lexicon.Words REAL = Lexicon.standard().words("basis_real");
  private static final Lexicon.Words NOMINAL = Lexicon.standard().words("basis_nominal");
  /** Every basis word, for one scan before the five lists. */
  private static final Lexicon.Words ANY_BASIS = Lexicon.standard().union("basis_since_year_start",
      "basis_two_year_average", "basis_comparable", "basis_real", "basis_nominal");
  /** How far before a figure a bound word may stand (约 2.5亿元, 控制在5.5%以内). */
  private static final int BOUND_BEFORE = 4;

  private final String t;

  FigureQualifiers(String folded) {
    this.t = folded;
    this.anyStatus = ANY_STATUS.cursor(folded);
  }

  /** Status words, found in one pass as the clauses come in order. */
  private final Lexicon.Cursor anyStatus;

  /** @return the status a status word in [from, to) gives, or null when there is none */
  @Nullable Status statusIn(int from, int to) {
    if (anyStatus.indexOf(from, to) < 0) {
      return null;
    }
    if (FORECAST.indexOf(t, from, to) >= 0) {
      return Status.FORECAST;
    }
    int target = TARGET.indexOf(t, from, to);
    if (target >= 0 && COMPLETION.indexOf(t, Math.max(from, target - 4), target) < 0) {
      return Status.TARGET; // but 完成年度目标的55.2% is an actual share of a target
    }
    if (ESTIMATE.indexOf(t, from, to) >= 0) {
      return Status.ESTIMATE;
    }
    if (PRELIMINARY.indexOf(t, from, to) >= 0) {
      return Status.PRELIMINARY;
    }
    return null;
  }

  /** @return the bound of the figure [start, end) of clause [cs, ce), or null for an exact one */
  @Nullable Bound boundOf(int cs, int ce, int start, int end) {
    int from = Math.max(cs, start - BOUND_BEFORE);
    if (AT_MOST_AFTER.startingAt(t, end, ce) != null || AT_MOST_BEFORE.indexOf(t, from, start) >= 0) {
      return Bound.AT_MOST;
    }
    if (APPROX_AFTER.startingAt(t, end, ce) != null || APPROX_BEFORE.indexOf(t, from, start) >= 0) {
      return Bound.APPROXIMATE;
    }
    if (AT_LEAST_AFTER.startingAt(t, end, ce) != null || AT_LEAST_BEFORE.indexOf(t, from, start) >= 0) {
      return Bound.AT_LEAST;
    }
    return null;
  }

  /** @return the basis of a year-on-year growth figure by the words of [from, to), or null for a plain one */
  @Nullable Basis growthBasisIn(int from, int to) {
    if (ANY_BASIS.indexOf(t, from, to) < 0) {
      return null; // one scan for the common case, a figure with no basis word before it
    }
    if (SINCE_YEAR_START.indexOf(t, from, to) >= 0) {
      return Basis.SINCE_YEAR_START;
    }
    if (TWO_YEAR.indexOf(t, from, to) >= 0) {
      return Basis.TWO_YEAR_AVERAGE;
    }
    if (COMPARABLE.indexOf(t, from, to) >= 0) {
      return Basis.COMPARABLE;
    }
    if (NOMINAL.indexOf(t, from, to) >= 0) {
      return Basis.NOMINAL;
    }
    if (REAL.indexOf(t, from, to) >= 0) {
      return Basis.REAL;
    }
    return null;
  }
}
