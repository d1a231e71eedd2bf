/**
 * The value types of Gongbao: facts read from Chinese government economic reports, exactly and
 * immutably.
 *
 * <pre>{@code
 * Indicator gdp = Indicator.builder().name("地区生产总值").period(Period.parse("上半年"))
 *     .addGrowthRates(GrowthRate.of(new BigDecimal("6.1"), Basis.YEAR_ON_YEAR, StatedAs.INCREASE, span))
 *     .build();
 * List<Claim> rows = Report.of(List.of(gdp), Script.SIMPLIFIED).claims();
 * }</pre>
 *
 * <p>Every type here is immutable and thread safe. What a report did not say is an empty
 * {@link java.util.Optional}, never {@code null}. Invariants are checked on construction and
 * violations throw {@link io.github.gongbao.core.model.InvalidValueException} naming the field.
 * Numbers are {@link java.math.BigDecimal} throughout; {@code equals} is strict like
 * {@code BigDecimal.equals} (6.1 ≠ 6.10).
 */
@GongbaoStyle
@NullMarked
package io.github.gongbao.core.model;

import org.jspecify.annotations.NullMarked;
