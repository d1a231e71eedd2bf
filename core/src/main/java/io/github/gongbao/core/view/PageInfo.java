package io.github.gongbao.core.view;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the HTML view says about a report besides what the {@link io.github.gongbao.core.model.Report}
 * holds: the page title and the charset the text was decoded from.
 *
 * <pre>{@code
 * PageInfo info = PageInfo.titled("qinghe-2025h1.txt").withCharset("GB18030");
 * String html = ReportHtml.render(report, text, info);
 * }</pre>
 *
 * <p>Immutable and thread safe; every {@code with…} method returns a new object.
 */
public final class PageInfo {
  private static final String DEFAULT_TITLE = "Gongbao report";
  private static final PageInfo DEFAULT = new PageInfo(DEFAULT_TITLE, null);

  private final String title;
  /** Null when the caller did not say. */
  private final @Nullable String charset;

  private PageInfo(String title, @Nullable String charset) {
    this.title = title;
    this.charset = charset;
  }

  /** @return the defaults: title "Gongbao report", no charset shown */
  public static PageInfo defaults() {
    return DEFAULT;
  }

  /**
   * @param title the page title, such as the report's file name; any text (it is escaped)
   * @return the defaults with this title
   * @throws NullPointerException if {@code title} is null
   */
  public static PageInfo titled(String title) {
    return new PageInfo(Objects.requireNonNull(title, "title"), null);
  }

  /**
   * @param charset the name of the charset the text was decoded from ({@code UTF-8}, {@code GB18030} …),
   *     shown in the summary line
   * @return a copy with this charset
   * @throws NullPointerException if {@code charset} is null
   */
  public PageInfo withCharset(String charset) {
    return new PageInfo(title, Objects.requireNonNull(charset, "charset"));
  }

  /** @return the page title */
  public String title() {
    return title;
  }

  /** @return the charset the text was decoded from, when the caller said */
  public Optional<String> charset() {
    return Optional.ofNullable(charset);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PageInfo p && p.title.equals(title) && Objects.equals(p.charset, charset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, charset);
  }

  @Override
  public String toString() {
    return "PageInfo{title=" + title + (charset == null ? "" : ", charset=" + charset) + "}";
  }
}
