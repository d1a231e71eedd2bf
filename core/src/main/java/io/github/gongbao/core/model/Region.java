package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The place a figure is about, as written, with its administrative level when recognisable.
 *
 * <pre>{@code
 * Region r = Region.of("中站区");
 * r.kind();   // Optional[DISTRICT]
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegion.class)
@JsonDeserialize(as = ImmutableRegion.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"asWritten", "kind"})
public abstract class Region {
  Region() {}

  /** @return the region as written (全市, 温县, 我市 …) */
  public abstract String asWritten();

  /** @return the administrative level when it can be told from the words */
  public abstract Optional<RegionKind> kind();

  /** @return a builder of regions */
  public static ImmutableRegion.Builder builder() {
    return ImmutableRegion.builder();
  }

  /**
   * Makes a region from its name as written, guessing the kind from 全国 / 全省 / 省 / 自治区 /
   * 全市 / 市 / 县 / 区 (Simplified or Traditional: 縣, 區); otherwise the kind is absent.
   *
   * @param asWritten the region as written
   * @return the region
   */
  public static Region of(String asWritten) {
    return builder().asWritten(asWritten).kind(guessKind(asWritten)).build();
  }

  /** @return the kind suggested by the ending of {@code name}, if any */
  static Optional<RegionKind> guessKind(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.endsWith("国") || n.endsWith("國")) {
      return Optional.of(RegionKind.NATION);
    }
    if (n.endsWith("省") || n.endsWith("自治区") || n.endsWith("自治區")) {
      return Optional.of(RegionKind.PROVINCE);
    }
    if (n.endsWith("市")) {
      return Optional.of(RegionKind.CITY);
    }
    if (n.endsWith("县") || n.endsWith("縣")) {
      return Optional.of(RegionKind.COUNTY);
    }
    if (n.endsWith("区") || n.endsWith("區")) {
      return Optional.of(RegionKind.DISTRICT);
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (asWritten().isBlank()) {
      throw new InvalidValueException("Region", "asWritten", "must not be blank");
    }
  }
}
