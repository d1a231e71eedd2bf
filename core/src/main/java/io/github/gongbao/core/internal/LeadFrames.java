package io.github.gongbao.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The frames a subject's words begin with and which are not part of the name: punctuation, list markers ((一), 3、),
 * a slogan in quotes ("3+13+N"), periods, durations (连续17年), region frames (全市, 我县), lead filler (其中) and
 * qualifiers. Skipping them remembers the last region frame (the reader carries it through a paragraph) and the
 * period skipped in the last lead (而第二季则上升0.4%: the figure's own period). Works on folded text; the word lists
 * are data.
 */
final class LeadFrames {
  private static final Lexicon.Words REGION_FRAME = Lexicon.standard().words("region_frame");
  private static final Lexicon.Words LEAD_FILLER = Lexicon.standard().words("lead_filler");
  private static final Lexicon.Words QUALIFIER = Lexicon.standard().words("qualifier");
  /** Names that start with a character the frames would strip (在建, 对外, 有色): data. */
  private static final Lexicon.Words NAME_STARTS = Lexicon.standard().words("name_starts");
  /** Words of a period compared with (上年同期, 上月): data, in the lexicon. */
  private static final Lexicon.Words COMPARED_PERIOD = Lexicon.standard().words("compared_period");
  private static final Pattern DURATION = Pattern.compile(
      "连续[0-9一二三四五六七八九十]{1,3}年(?:、[0-9一二三四五六七八九十]{1,3}年){0,4}");

  private final String t;
  /** The last region frame (全市, 我县) skipped; null at a paragraph's start. */
  @Nullable String lastRegion;
  /** A period skipped since the caller last cleared it (而第二季则上升0.4%); null if none. */
  @Nullable String framePeriod;

  LeadFrames(String folded) {
    this.t = folded;
  }

  /** 上年同期, 去年, 上月 in [s, e) of {@code text}: a period compared with, not the one a figure is of. */
  static boolean isComparedPeriod(String text, int s, int e) {
    return COMPARED_PERIOD.indexOf(text, s, e) >= 0;
  }

  /** @return the first position of [s, e) after the frames at its start */
  int skip(int s, int e) {
    boolean moved = true;
    while (moved && s < e) {
      moved = false;
      char c = t.charAt(s);
      // a slogan in quotes before the name: "3+13+N"产业链群
      if (c == '"' || c == '“') {
        int close = s + 1;
        while (close < e && t.charAt(close) != '"' && t.charAt(close) != '”') {
          close++;
        }
        if (close < e && hasDigitOrPlus(s + 1, close)) {
          s = close + 1;
          moved = true;
          continue;
        }
      }
      int marker = listMarkerLength(s, e);
      if (marker > 0) {
        s += marker;
        moved = true;
        continue;
      }
      boolean of = c == '的' && !(s + 1 < e && t.charAt(s + 1) == '士'); // 7月、8月的零售额; 的士 is a taxi
      if (NAME_STARTS.startingAt(t, s, e) != null) {
        break; // 在建项目, 对外贸易, 有色金属: the character starts a name here, no frame
      }
      if (of || Character.isWhitespace(c) || "、,;:()“”\"'《》【】[]和及与在对".indexOf(c) >= 0) {
        s++;
        moved = true;
        continue;
      }
      int p = Periods.matchAt(t, s, e);
      if (p > 0 && !isComparedPeriod(t, s, s + p)) {
        framePeriod = t.substring(s, s + p); // 而第二季则上升0.4%, 扭转第三季下跌0.9%: the figure's own period
      }
      if (p == 0) {
        p = durationAt(s, e);
      }
      if (p > 0) {
        s += p;
        moved = true;
        continue;
      }
      String w = REGION_FRAME.startingAt(t, s, e);
      if (w != null) {
        lastRegion = t.substring(s, s + w.length());
      }
      if (w == null) {
        w = LEAD_FILLER.startingAt(t, s, e);
      }
      if (w == null) {
        w = QUALIFIER.startingAt(t, s, e);
      }
      if (w == null && (t.startsWith("完成", s) || t.startsWith("实现", s) || t.startsWith("有", s))) {
        w = t.substring(s, s + (t.charAt(s) == '有' ? 1 : 2));
      }
      if (w != null) {
        s += w.length();
        moved = true;
      }
    }
    return s;
  }

  /** Length of a list marker at {@code at}: (一) (12) 一、 3、; 0 if none. */
  int listMarkerLength(int at, int end) {
    int i = at;
    boolean paren = i < end && t.charAt(i) == '(';
    if (paren) {
      i++;
    }
    int digits = 0;
    while (i < end && digits < 3 && "0123456789一二三四五六七八九十".indexOf(t.charAt(i)) >= 0) {
      i++;
      digits++;
    }
    if (digits == 0 || i >= end) {
      return 0;
    }
    char close = t.charAt(i);
    return (paren && close == ')') || (!paren && close == '、') ? i + 1 - at : 0;
  }

  /** 连续17年、33年: a duration is not part of a subject. */
  private int durationAt(int s, int e) {
    if (!t.startsWith("连续", s)) {
      return 0;
    }
    Matcher m = DURATION.matcher(t).region(s, e);
    return m.lookingAt() ? m.end() - s : 0;
  }

  private boolean hasDigitOrPlus(int s, int e) {
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == '+') {
        return true;
      }
    }
    return false;
  }
}
