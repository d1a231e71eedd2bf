package io.github.gongbao.core.place;

import java.util.Locale;

/**
 * The level of a {@link Division} in China's three-level administrative hierarchy.
 *
 * <pre>{@code
 * Gazetteer.standard().byCode("410825").orElseThrow().level();   // COUNTY (温县)
 * }</pre>
 */
public enum DivisionLevel {
  /**
   * Province-level: provinces, autonomous regions, municipalities, special administrative regions (河南省, 北京市,
   * 香港特别行政区).
   */
  PROVINCE,
  /** Prefecture-level: prefecture-level cities, prefectures, autonomous prefectures, leagues (焦作市, 阿里地区, 延边朝鲜族自治州). */
  PREFECTURE,
  /** County-level: counties, county-level cities, districts, banners (温县, 沁阳市, 中站区, 阿荣旗). */
  COUNTY;

  /** @return the word used in the data file: {@code province}, {@code prefecture} or {@code county} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param code a level as the data file writes it
   * @return the level
   * @throws IllegalArgumentException naming the accepted words when {@code code} is none of them
   */
  public static DivisionLevel fromCode(String code) {
    for (DivisionLevel l : values()) {
      if (l.code().equals(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown level '" + code + "' (expected province, prefecture or county)");
  }
}
