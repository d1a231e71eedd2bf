/**
 * The extraction engine behind {@link io.github.gongbao.core.extract.ReportParser}: normalizing, reading clauses
 * and tables, classifying figures and assembling facts. Internal: not exported by the module, and free to change
 * between releases.
 */
@NullMarked
package io.github.gongbao.core.internal;

import org.jspecify.annotations.NullMarked;
