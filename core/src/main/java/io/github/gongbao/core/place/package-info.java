/**
 * Places: China's administrative divisions with their GB/T 2260 codes, looked up by name in either script, and
 * the place a report is about, detected from its text.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.resolve("朝阳区", "长春市").division().map(Division::code);   // Optional[220104]
 * }</pre>
 *
 * <p>Every public type in this package is immutable and thread safe.
 */
@NullMarked
package io.github.gongbao.core.place;

import org.jspecify.annotations.NullMarked;
