package io.github.gongbao.examples;

import io.github.gongbao.core.catalog.CatalogueEntry;
import io.github.gongbao.core.catalog.IndicatorCatalogue;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Looks names up in the catalogue of common indicators: exact names and aliases in either script, and
 * the indicator a longer subject is about.
 *
 * <pre>{@code
 * java -cp examples/target/gongbao.jar io.github.gongbao.examples.LookupIndicator [NAME…]
 * }</pre>
 */
public final class LookupIndicator {
  private LookupIndicator() {}

  public static void main(String[] args) {
    List<String> names = args.length > 0 ? List.of(args)
        : List.of("社零", "規上工業增加值", "1—6月全市社会消费品零售总额", "民营经济增加值占GDP比重", "三十工程");
    run(names, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(List<String> names, PrintStream out) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();   // loaded once, thread safe
    out.println(catalogue.entries().size() + " indicators in the catalogue");
    for (String name : names) {
      // lookup: the whole string is a name; findIn: the indicator a longer subject is about
      CatalogueEntry e = catalogue.lookup(name).or(() -> catalogue.findIn(name)).orElse(null);
      if (e == null) {
        out.println(name + " -> not an indicator of the catalogue");
      } else {
        out.println(name + " -> " + e.id() + " | " + e.name() + " | " + e.nameTraditional() + " | "
            + e.englishName() + " | " + e.category() + (e.aliases().isEmpty() ? "" : " | aka " + e.aliases()));
      }
    }
  }
}
