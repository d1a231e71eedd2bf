package io.github.gongbao.units;

import io.github.gongbao.units.ChineseNumeralFormatter.Script;
import io.github.gongbao.units.internal.MoneyReader;
import io.github.gongbao.units.internal.MoneyWriter;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Amounts of money in capital numerals (大写金额), as invoices, contracts, budgets and cheques write them:
 * read into exact yuan, and written by the rules banks use.
 *
 * <pre>{@code
 * ChineseMoney.parse("玖仟陆佰陆拾伍圆壹角捌分");        // 9665.18
 * ChineseMoney.format(new BigDecimal("1234.56"));       // 壹仟贰佰叁拾肆元伍角陆分
 * }</pre>
 *
 * <p>Stateless and thread safe. Every failure is a {@link ChineseNumberFormatException}; nothing else escapes.
 *
 * <h2>Reading</h2>
 * An optional 人民币, then the yuan — any whole number {@link ChineseNumerals} reads (壹佰壹拾壹, 肆万零伍佰,
 * 壹萬貳仟, also 50) — and 元, 圆 or 圓; then, in this order and each at most once, a digit and 角, a digit and
 * 分, a digit and 厘 (釐), a 零 allowed before each (壹元零伍分); an optional 整 or 正 at the end. The yuan may be
 * left out under one yuan (伍角, 捌分). The amount has two decimals, three when 厘 is written: 壹佰元整 is 100.00,
 * 伍角 is 0.50.
 *
 * <h2>Writing</h2>
 * An amount of at most two decimals (after dropping trailing zeros) and below 10^16 yuan: 1234.56 →
 * 壹仟贰佰叁拾肆元伍角陆分, 100 → 壹佰元整, 1005 → 壹仟零伍元整, 0.5 → 伍角, 1.05 → 壹元零伍分, 10 → 壹拾元整.
 * One 零 stands for a run of zeros inside the yuan, none for zeros at the end of a section; 整 follows 元 when
 * there are no 角 and 分; 拾 always has its digit. Traditional script writes 貳 參 陸 萬 億 and 圓 (壹萬圓整).
 * Negative amounts start with 负. {@link #parse(CharSequence)} reads every written amount back to the same
 * value.
 */
public final class ChineseMoney {
  private ChineseMoney() {}

  /**
   * Reads an amount in capital numerals.
   *
   * @param text the amount alone (surrounding white space is ignored): 壹佰壹拾壹圆整, 壹拾壹元正, 伍角
   * @return the amount in yuan, exact, with two decimals (three when 厘 is written)
   * @throws ChineseNumberFormatException if {@code text} is null or not an amount in capital numerals; the
   *     offset points into {@code text}
   */
  public static BigDecimal parse(CharSequence text) {
    return MoneyReader.read(text);
  }

  /**
   * Reads an amount in capital numerals as a quantity of Chinese yuan.
   *
   * @param text the amount alone, as for {@link #parse(CharSequence)}
   * @return the amount as a {@link Quantity} in CNY, with no scale word
   * @throws ChineseNumberFormatException if {@code text} is not an amount in capital numerals
   */
  public static Quantity parseQuantity(CharSequence text) {
    return Quantity.of(parse(text), UnitCatalogue.standard().byCode("CNY").orElseThrow());
  }

  /**
   * Writes an amount in Simplified capital numerals.
   *
   * @param amount yuan, with at most two decimals once trailing zeros are dropped
   * @return the amount as banks write it: 壹仟零伍元整
   * @throws ChineseNumberFormatException of kind {@link ChineseNumberFormatException.ErrorKind#OUT_OF_RANGE}
   *     if {@code amount} has more than two decimals or is 10^16 or more in absolute value
   * @throws NullPointerException if {@code amount} is null
   */
  public static String format(BigDecimal amount) {
    return format(amount, Script.SIMPLIFIED);
  }

  /**
   * Writes an amount in capital numerals of the given script.
   *
   * @param amount yuan, with at most two decimals once trailing zeros are dropped
   * @param script Simplified (壹仟贰佰元整) or Traditional (壹仟貳佰圓整)
   * @return the amount as banks write it
   * @throws ChineseNumberFormatException of kind {@link ChineseNumberFormatException.ErrorKind#OUT_OF_RANGE}
   *     if {@code amount} has more than two decimals or is 10^16 or more in absolute value
   * @throws NullPointerException if an argument is null
   */
  public static String format(BigDecimal amount, Script script) {
    Objects.requireNonNull(amount, "amount");
    return MoneyWriter.write(amount, Objects.requireNonNull(script, "script") == Script.TRADITIONAL);
  }
}
