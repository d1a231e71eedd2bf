package io.github.gongbao.core.view;

import io.github.gongbao.core.model.Amount;
import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.GrowthRate;
import io.github.gongbao.core.model.Indicator;
import io.github.gongbao.core.model.Samples;
import io.github.gongbao.core.model.Span;
import io.github.gongbao.core.model.StatedAs;
import io.github.gongbao.units.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds hand-made facts for the view's tests and reads the marks back out of a page. */
final class Pages {
  private static final Pattern MARK = Pattern.compile("<mark tabindex=\"0\" class=\"([^\"]*)\"([^>]*)>([^<]*)</mark>");
  private static final Pattern ATTR = Pattern.compile(" (data-[a-z]+)=\"([^\"]*)\"");

  private Pages() {}

  /** One mark of the page's text: its classes, data attributes and (unescaped) text. */
  record Mark(String classes, String claims, String skipped, String reasons, String text) {}

  static List<Mark> marks(String page) {
    String body = page.substring(page.indexOf("<article"), page.indexOf("</article>"));
    List<Mark> marks = new ArrayList<>();
    Matcher m = MARK.matcher(body);
    while (m.find()) {
      String c = "";
      String s = "";
      String r = "";
      Matcher a = ATTR.matcher(m.group(2));
      while (a.find()) {
        switch (a.group(1)) {
          case "data-c" -> c = a.group(2);
          case "data-s" -> s = a.group(2);
          case "data-r" -> r = a.group(2);
          default -> throw new AssertionError("unexpected attribute " + a.group(1));
        }
      }
      marks.add(new Mark(m.group(1), c, s, r, unescape(m.group(3))));
    }
    return marks;
  }

  /** @return the text of the page's article with the tags taken out and references resolved */
  static String articleText(String page) {
    String body = page.substring(page.indexOf('>', page.indexOf("<article")) + 1, page.indexOf("</article>"));
    return unescape(body.replaceAll("<[^>]*>", ""));
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** @return the span of the first occurrence of {@code part} in {@code text} */
  static Span span(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) {
      throw new IllegalArgumentException(part + " not in " + text);
    }
    return Span.of(at, at + part.length(), part);
  }

  static Amount amount(String number, Span span) {
    return Amount.of(Quantity.of(new BigDecimal(number), "亿", Samples.unit("CNY")), span);
  }

  static GrowthRate growth(String percent, Span span) {
    return GrowthRate.of(new BigDecimal(percent), Basis.YEAR_ON_YEAR, StatedAs.INCREASE, span);
  }

  static Indicator indicator(String name, Amount amount, GrowthRate growth) {
    return Indicator.builder().name(name).addAmounts(amount).addGrowthRates(growth).build();
  }
}
