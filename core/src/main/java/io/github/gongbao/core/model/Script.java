package io.github.gongbao.core.model;

/**
 * The script a report is written in.
 *
 * <pre>{@code
 * if (report.script() == Script.TRADITIONAL) { ... }
 * }</pre>
 */
public enum Script {
  /** Simplified Chinese characters. */
  SIMPLIFIED,
  /** Traditional Chinese characters. */
  TRADITIONAL,
  /** Both, in substantial amounts. */
  MIXED,
  /** Not determined (too little Chinese text). */
  UNKNOWN
}
