/**
 * Example programs shown in the README.
 */
@NullMarked
package io.github.gongbao.examples;

import org.jspecify.annotations.NullMarked;
