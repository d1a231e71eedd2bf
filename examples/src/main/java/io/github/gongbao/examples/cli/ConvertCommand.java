package io.github.gongbao.examples.cli;

import io.github.gongbao.units.ChineseNumberFormatException;
import io.github.gongbao.units.Quantity;
import io.github.gongbao.units.Unit;
import io.github.gongbao.units.UnitCatalogue;
import io.github.gongbao.units.UnitConversionException;
import java.io.PrintWriter;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongbao convert QUANTITY --to UNIT}: exact conversion within a dimension. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    header = "Converts a quantity exactly to another unit of its dimension.",
    versionProvider = GongbaoCli.Version.class,
    description = {"Converts a quantity (1.5万吨标准煤, 3.91萬人, 2828.08万千伏安) exactly to another unit of "
        + "the same dimension and prints the value and the unit's code.",
        "UNIT is a claims code (tce, person, kWh, CNY, m2, unit:个) or a unit word (吨, 千瓦时, 公顷)."},
    footer = {"", "Exit codes: 0 success, 1 the quantity does not parse or cannot be converted (different "
        + "dimensions, or no exact decimal without --round), 2 usage (unknown unit)."})
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUANTITY", description = "A number with a unit: 1.5万吨标准煤.")
  String quantity;

  @Option(names = {"-t", "--to"}, required = true, paramLabel = "UNIT", description = "The unit to convert to.")
  String to;

  @Option(names = "--round", paramLabel = "DIGITS",
      description = "Round to DIGITS significant digits (half-even) when the exact result is not a finite "
          + "decimal (1亩 in m2).")
  Integer round;

  @Override
  public Integer call() {
    UnitCatalogue units = UnitCatalogue.standard();
    Unit target = lookup(units, to).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown unit '" + to + "': give a code (tce, person, kWh, CNY, m2, unit:个) or a word (吨, 千瓦时)"));
    if (round != null && round < 1) {
      throw new ParameterException(spec.commandLine(), "--round must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Quantity q;
    try {
      q = Quantity.parse(quantity);
    } catch (ChineseNumberFormatException e) {
      err.println("gongbao: convert: not a quantity: " + Messages.of(e));
      return 1;
    }
    try {
      Quantity r = round == null ? q.to(target) : q.to(target, new MathContext(round, RoundingMode.HALF_EVEN));
      out.println(r.value().toPlainString() + (target.code().isEmpty() ? "" : " " + target.code()));
      out.flush();
      return 0;
    } catch (UnitConversionException e) {
      if (e.reason() == UnitConversionException.Reason.DIMENSION) {
        err.println("gongbao: convert: cannot convert " + quantity + " to " + to + ": " + describe(q.unit())
            + " and " + describe(target) + " are different dimensions");
      } else {
        err.println("gongbao: convert: " + quantity + " in " + to
            + " is not a finite decimal; add --round DIGITS to round it");
      }
      return 1;
    }
  }

  private static String describe(Unit u) {
    return u.code().isEmpty() ? "a bare number" : u.code() + " (" + u.dimension() + ")";
  }

  /** @return the unit with this code, else with this word, else with this code ignoring case */
  static Optional<Unit> lookup(UnitCatalogue units, String name) {
    Optional<Unit> u = units.byCode(name).or(() -> units.byWord(name));
    if (u.isPresent()) {
      return u;
    }
    return units.units().stream().filter(x -> x.code().equalsIgnoreCase(name)).findFirst();
  }
}
