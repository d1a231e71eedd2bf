package io.github.gongbao.core.model;

/**
 * The administrative level of a {@link Region}.
 *
 * <pre>{@code
 * Region.of("温县").kind();   // Optional[COUNTY]
 * }</pre>
 */
public enum RegionKind {
  /** The whole country: 全国. */
  NATION,
  /** A province or province-level unit: 全省, 河南省, 自治区. */
  PROVINCE,
  /** A city: 全市, 焦作市, 我市. */
  CITY,
  /** A county or county-level city: 温县, 全县. */
  COUNTY,
  /** A district: 中站区, 全区. */
  DISTRICT
}
