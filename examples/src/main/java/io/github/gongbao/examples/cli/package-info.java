/**
 * The {@code gongbao} command line.
 */
@NullMarked
package io.github.gongbao.examples.cli;

import org.jspecify.annotations.NullMarked;
