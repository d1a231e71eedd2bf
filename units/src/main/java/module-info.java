/**
 * Chinese numerals, scale words, units and exact quantities.
 *
 * <pre>{@code
 * ChineseNumerals.parse("三千零五十");                 // 3050
 * Quantity q = Quantity.parse("1.5万吨标准煤");         // value() 15000, unit().code() "tce"
 * }</pre>
 *
 * <p>Exports the API package {@code io.github.gongbao.units} only; {@code io.github.gongbao.units.internal}
 * (the scanner and the fold table) is shared with {@code io.github.gongbao.core} alone and is not API.
 */
module io.github.gongbao.units {
  requires transitive com.ibm.icu;
  // @NullMarked and @Nullable in the API: read at compile time (a compile dependency), optional at run time
  requires static transitive org.jspecify;

  exports io.github.gongbao.units;
  exports io.github.gongbao.units.internal to io.github.gongbao.core;
}
