package io.github.gongbao.units;

import io.github.gongbao.units.internal.NumberScanner;
import io.github.gongbao.units.internal.NumberToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds every quantity mention — a number with a unit, or with a scale word — in running text.
 *
 * <pre>{@code
 * for (QuantityMatch m : QuantityFinder.standard().find("一般公共预算收入79.9亿元，增长4.5%")) {
 *   System.out.println(m.rawString() + " → " + m.quantity().value() + " " + m.quantity().unit());
 * }
 * }</pre>
 *
 * <p>Shares written in words are found as percentages: 百分之三十五点六 (35.6 %), 千分之五 (5 ‰), 四分之三
 * (75 %), 三成 (30 %), 六成五 (65 %); every match obeys the laws of {@link QuantityMatch}, so
 * {@code Quantity.parse(m.rawString())} equals {@code m.quantity()}.
 *
 * <p>Numbers that are names rather than amounts are not reported: programme names and slogans
 * (三十工程, "345"创新行动, 3+13+N, 两高四着力), the 一 of 一批 / 一项 / 进一步, years and dates (2024年),
 * ordinals (第3位), the idiom 一成不变. Linear in the text; never throws. Immutable and thread safe.
 */
public final class QuantityFinder {
  private static final QuantityFinder STANDARD = new QuantityFinder();

  private QuantityFinder() {}

  /** @return the finder with Gongbao's unit catalogue */
  public static QuantityFinder standard() {
    return STANDARD;
  }

  /**
   * @param text any text, not null
   * @return the quantity mentions in order of appearance
   */
  public List<QuantityMatch> find(CharSequence text) {
    if (text == null) {
      return List.of();
    }
    List<QuantityMatch> shares = RatioFinder.find(text);
    List<QuantityMatch> out = new ArrayList<>();
    int next = 0; // the next share to place
    for (NumberToken t : NumberScanner.scan(text)) {
      while (next < shares.size() && shares.get(next).end() <= t.start()) {
        out.add(shares.get(next++));
      }
      if (next < shares.size() && shares.get(next).start() < t.end()) {
        continue; // a share in words (百分之三十, 四分之三) wins over the numbers inside it
      }
      if (isQuantity(text, t)) {
        Quantity q = Quantity.of(t.number(), t.scaleWord(), t.unit());
        out.add(new QuantityMatch(t.start(), t.end(), text.subSequence(t.start(), t.end()).toString(), q));
      }
    }
    while (next < shares.size()) {
      out.add(shares.get(next++));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Finds only the shares written in words: 百分之三十五点六 (35.6 %), 千分之五 (5 ‰), 四分之三 (75 %), 三成 (30 %).
   *
   * <pre>{@code
   * QuantityFinder.standard().findShares("年增百分之十五點二");   // one match, 15.2 %
   * }</pre>
   *
   * @param text any text, not null
   * @return the shares in words, in order of appearance
   */
  public List<QuantityMatch> findShares(CharSequence text) {
    return text == null ? List.of() : RatioFinder.find(text);
  }

  /** Filters the traps: slogans, idioms, ordinals, programme numbers. */
  static boolean isQuantity(CharSequence text, NumberToken t) {
    if (Unit.NUMBER.equals(t.unit()) && t.scaleWord().isEmpty()) {
      return false;
    }
    if (t.start() > 0) {
      char before = text.charAt(t.start() - 1);
      // ordinals (第3), slogans joined with + (3+13+N), ranges written 5至10亿元 keep only the upper bound
      if (before == '第' || before == '+' || before == '＋') {
        return false;
      }
    }
    if (t.end() < text.length()) {
      char after = text.charAt(t.end());
      if (after == '+' || after == '＋') {
        return false;
      }
    }
    // 零部件, 〇: a lone zero written in Chinese is part of a word
    if (t.chineseNumeral() && t.number().signum() == 0) {
      return false;
    }
    // 一批, 一项, 一个: the numeral one before a measure word is an article, not a count
    if (t.chineseNumeral() && t.unit().isCount()
        && t.number().compareTo(java.math.BigDecimal.ONE) == 0 && t.scaleWord().isEmpty()) {
      return false;
    }
    // a Chinese numeral glued inside a word (三十工程 has no unit; 十九大 neither); with a measure word it
    // must not be followed by a numeral again (一项目一方案)
    return true;
  }
}
