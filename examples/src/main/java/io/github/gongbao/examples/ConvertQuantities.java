package io.github.gongbao.examples;

import io.github.gongbao.units.ChineseNumeralFormatter;
import io.github.gongbao.units.ChineseNumerals;
import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.UnitCatalogue;
import io.github.gongbao.units.UnitConversionException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Reads numerals and quantities as written in reports and converts them exactly.
 *
 * <pre>{@code
 * java -cp examples/target/gongbao.jar io.github.gongbao.examples.ConvertQuantities
 * }</pre>
 */
public final class ConvertQuantities {
  private ConvertQuantities() {}

  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    BigDecimal n = ChineseNumerals.parse("一亿零五百万");                       // 105000000
    out.println("一亿零五百万 = " + n.toPlainString());
    BigDecimal amount = new BigDecimal("1234.5");
    out.println("1234.5 = " + ChineseNumeralFormatter.simplified()
        .style(ChineseNumeralFormatter.Style.FINANCIAL).format(amount));        // 壹仟贰佰叁拾肆点伍

    UnitCatalogue units = UnitCatalogue.standard();
    Unit tce = units.byCode("tce").orElseThrow();
    Unit kg = units.byWord("千克").orElseThrow();
    Quantity saved = Quantity.parse("1.5万吨标准煤");
    out.println(saved + " = " + saved.to(tce).value().toPlainString() + " " + tce.code());
    Quantity grain = Quantity.parse("3.2萬噸");                               // Traditional works too
    out.println(grain + " = " + grain.to(kg).value().toPlainString() + " " + kg.code());
    Quantity power = Quantity.parse("2828.08万千伏安");
    out.println(power + " = " + power.value().toPlainString() + " " + power.unit().code());

    try {
      saved.to(units.byCode("kWh").orElseThrow());                          // coal equivalent is not electric energy
    } catch (UnitConversionException e) {
      out.println("refused: " + e.getMessage());
    }
  }
}
