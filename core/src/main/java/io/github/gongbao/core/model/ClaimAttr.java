package io.github.gongbao.core.model;

import java.util.Locale;

/**
 * The attribute a {@link Claim} states; in JSON and CSV its {@link #code()} (lower_snake).
 *
 * <pre>{@code
 * ClaimAttr.YOY_PCT.code();             // "yoy_pct"
 * ClaimAttr.fromCode("pp_vs");          // PP_VS
 * }</pre>
 */
public enum ClaimAttr {
  /** Any level or count; the unit tells which. */
  AMOUNT,
  /** Year-on-year growth in percent (also two-year average and unspecified basis). */
  YOY_PCT,
  /** Period-on-period growth in percent. */
  MOM_PCT,
  /** Change of a rate over time in percentage points. */
  PP_CHANGE,
  /** Difference from a benchmark in percentage points. */
  PP_VS,
  /** Share of a parent in percent. */
  SHARE_PCT,
  /** Rank position, or {@code top} for a tier. */
  RANK;

  /** @return the lower_snake code used in JSON and CSV ({@code yoy_pct}) */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param code a lower_snake code such as {@code share_pct}
   * @return the attribute with that code
   * @throws IllegalArgumentException if no attribute has that code
   */
  public static ClaimAttr fromCode(String code) {
    for (ClaimAttr a : values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown claim attr: " + code);
  }
}
