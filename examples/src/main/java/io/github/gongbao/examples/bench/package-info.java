/**
 * JMH benchmarks (in {@code gongbao-benchmarks.jar}).
 */
@NullMarked
package io.github.gongbao.examples.bench;

import org.jspecify.annotations.NullMarked;
