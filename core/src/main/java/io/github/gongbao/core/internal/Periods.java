package io.github.gongbao.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises period expressions (上半年, 1-6月份, 一季度, 2024年) in folded text. Stateless. */
public final class Periods {
  private static final String D = "[0-9一二三四五六七八九十]";
  /** A year in digits or spelled digit by digit, with its 年; shared with {@link ReportYear}. */
  /** A count of years: 五, 两, 10. */
  private static final String SPAN = "[0-9一二三四五六七八九十两]{1,2}";
  static final String YEAR = "(?:(?:19|20)[0-9]{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})年";
  static final Pattern PERIOD = Pattern.compile(
      "(?:" + YEAR + "|今年|去年|上年|本年)?"
          + "(?:上半年|下半年|前三季度|前两季度|第?[一二三四1-4]季度末?|第?[一二三四1-4]季|[首次上本]季度?"
          + "|[首前][一二三四五六七八九十两0-9]{1,2}个月|(?:上年|去年)同期|同月|当月|当季|全年|年末|年底|年初"
          + "|(?:元|" + D + "{1,2})\\s*[-~—–至]\\s*" + D + "{1,2}\\s*月份?|" + D + "{1,2}月(?:份|末|底)?(?:当月)?|元月份?)"
          + "|" + YEAR + "(?![0-9])"
          // a span of years (过去五年, 五年来, 五年累计…), never a name's own words (三年行动计划)
          + "|今年(?!以来)|本年(?!度)" // this year, alone (今年经济成长率预测…); 今年以来 is lead filler
          + "|(?:过去|近)" + SPAN + "年(?:来|间|以来)?|" + SPAN + "年(?:来|间|以来|(?=累计))");
  private static final Pattern PERIODISH = Pattern.compile(
      ".*(?:同期|上月|上年|去年|季度|月份|[0-9]月|上季|年初|年末).*");

  /** Every character a period expression can start with. */
  private static final String START = "0123456789一二三四五六七八九十两上下前第全年今去本首次元当过近"; // 元至九月: 元月 is January

  private Periods() {}

  /** @return the length of the period expression starting at {@code at}, 0 if none */
  public static int matchAt(CharSequence text, int at, int limit) {
    if (at >= limit || START.indexOf(text.charAt(at)) < 0 || !markedAfter(text, at, limit)) {
      return 0; // no period starts here; skips the regex on the hot path
    }
    Matcher m = PERIOD.matcher(text).region(at, limit);
    return m.lookingAt() ? m.end() - at : 0;
  }

  /** Every period expression has 年, 月 or 季 within its first {@value #MARK_WITHIN} characters. */
  private static final int MARK_WITHIN = 14;

  private static boolean markedAfter(CharSequence text, int at, int limit) {
    int to = Math.min(limit, at + MARK_WITHIN);
    for (int i = at; i < to; i++) {
      char c = text.charAt(i);
      if (c == '年' || c == '月' || c == '季') {
        return true;
      }
    }
    return false;
  }

  /** @return true if {@code benchmark} names an earlier period rather than a place or another indicator */
  public static boolean isPeriodLike(String benchmark) {
    return PERIODISH.matcher(benchmark).matches()
        || PERIOD.matcher(benchmark).matches();
  }
}
