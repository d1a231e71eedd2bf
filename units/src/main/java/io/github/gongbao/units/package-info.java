/**
 * Chinese numerals, scale words, units and exact quantities: {@link io.github.gongbao.units.ChineseNumerals},
 * {@link io.github.gongbao.units.Quantity}, {@link io.github.gongbao.units.QuantityFinder}. Nothing here returns or
 * accepts null (JSpecify {@code @NullMarked}).
 */
@NullMarked
package io.github.gongbao.units;

import org.jspecify.annotations.NullMarked;
