/**
 * Scanner, fold table and numeral parsing behind the units API; not API (exported to
 * {@code io.github.gongbao.core} alone).
 */
@NullMarked
package io.github.gongbao.units.internal;

import org.jspecify.annotations.NullMarked;
