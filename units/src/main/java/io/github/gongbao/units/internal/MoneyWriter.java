package io.github.gongbao.units.internal;

import io.github.gongbao.units.ChineseNumberFormatException;
import io.github.gongbao.units.ChineseNumberFormatException.ErrorKind;
import java.math.BigDecimal;

/**
 * Writes an amount of yuan in capital numerals, the way banks require it on cheques and invoices.
 *
 * <pre>{@code
 * MoneyWriter.write(new BigDecimal("1234.56"), false);   // 壹仟贰佰叁拾肆元伍角陆分
 * MoneyWriter.write(new BigDecimal("1005"), true);       // 壹仟零伍圓整
 * }</pre>
 *
 * <p>The rules: every 拾 has its digit (壹拾); a run of zeros inside the whole yuan is one 零 (壹仟零伍元,
 * 壹拾万零伍佰元), zeros at the end of a section are not written, and a section of four zeros is skipped
 * (壹亿零伍佰元); 整 follows 元 when there are no 角 and 分, and nothing follows 角 (伍角); 零 stands
 * between 元 and 分 when 角 is zero (壹元零伍分); under one yuan the amount starts with its 角 or 分 (伍角,
 * 伍分); zero is 零元整. Negative amounts start with 负 (負). Stateless and thread safe. Not API.
 */
public final class MoneyWriter {
  private static final String[] DIGITS_SIMPLIFIED = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
  private static final String[] DIGITS_TRADITIONAL = {"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"};
  private static final String[] SMALL = {"", "拾", "佰", "仟"};
  private static final int[] POW10 = {1, 10, 100, 1000};
  private static final BigDecimal LIMIT = new BigDecimal("1E16");

  private MoneyWriter() {}

  /**
   * @param amount yuan, at most two decimals once trailing zeros are dropped, below 10^16 in absolute value
   * @param traditional whether to write Traditional characters (萬, 億, 貳, 圓) rather than Simplified
   * @return the amount in capital numerals
   * @throws ChineseNumberFormatException of kind {@link ErrorKind#OUT_OF_RANGE} if {@code amount} has more
   *     than two decimals or is 10^16 or more in absolute value
   */
  public static String write(BigDecimal amount, boolean traditional) {
    BigDecimal abs = amount.abs();
    if (abs.stripTrailingZeros().scale() > 2) {
      throw new ChineseNumberFormatException(ErrorKind.OUT_OF_RANGE, 0, amount.toPlainString(),
          "an amount of money is written to the 分: at most two decimals");
    }
    if (abs.compareTo(LIMIT) >= 0) {
      throw new ChineseNumberFormatException(ErrorKind.OUT_OF_RANGE, 0, amount.toPlainString(),
          "an amount of 10^16 yuan or more");
    }
    String[] digits = traditional ? DIGITS_TRADITIONAL : DIGITS_SIMPLIFIED;
    String yuan = traditional ? "圓" : "元";
    long cents = abs.movePointRight(2).longValueExact();
    long whole = cents / 100;
    int jiao = (int) (cents / 10 % 10);
    int fen = (int) (cents % 10);
    StringBuilder sb = new StringBuilder(40);
    if (amount.signum() < 0) {
      sb.append(traditional ? '負' : '负');
    }
    if (whole > 0) {
      writeWhole(sb, whole, digits, traditional);
      sb.append(yuan);
    } else if (cents == 0) {
      return sb.append(digits[0]).append(yuan).append('整').toString();
    }
    if (jiao == 0 && fen == 0) {
      return sb.append('整').toString();
    }
    if (jiao > 0) {
      sb.append(digits[jiao]).append('角');
    } else if (whole > 0) {
      sb.append(digits[0]); // 壹元零伍分
    }
    if (fen > 0) {
      sb.append(digits[fen]).append('分');
    }
    return sb.toString();
  }

  /** Sections of four digits from the top: 万亿, 亿, 万, units. */
  private static void writeWhole(StringBuilder sb, long whole, String[] digits, boolean traditional) {
    String wan = traditional ? "萬" : "万";
    String yi = traditional ? "億" : "亿";
    int[] sections = {(int) (whole / 1_000_000_000_000L), (int) (whole / 100_000_000L % 10_000),
        (int) (whole / 10_000 % 10_000), (int) (whole % 10_000)};
    String[] big = {wan, yi, wan, ""};
    boolean written = false;
    boolean pendingZero = false;
    for (int k = 0; k < 4; k++) {
      int section = sections[k];
      if (section == 0) {
        pendingZero |= written;
        if (k == 1 && sections[0] > 0) {
          sb.append(yi); // 壹万亿: 亿 closes the compound 万亿 even when its own section is zero
        }
        continue;
      }
      for (int p = 3; p >= 0; p--) {
        int d = section / POW10[p] % 10;
        if (d == 0) {
          pendingZero |= written;
          continue;
        }
        if (pendingZero) {
          sb.append(digits[0]);
          pendingZero = false;
        }
        sb.append(digits[d]).append(SMALL[p]);
        written = true;
      }
      sb.append(big[k]);
    }
  }
}
