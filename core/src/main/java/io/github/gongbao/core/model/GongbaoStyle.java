package io.github.gongbao.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every Gongbao value type: JDK collections only, public generated
 * {@code ImmutableX} classes with builders and {@code withX} copy methods, accessors without
 * {@code get}.
 *
 * <pre>{@code
 * @GongbaoStyle  // or once on package-info.java
 * @Value.Immutable
 * public abstract class Span { ... }
 * }</pre>
 *
 * <p>A compile-time annotation only ({@link RetentionPolicy#CLASS}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface GongbaoStyle {}
