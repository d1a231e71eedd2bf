package io.github.gongbao.core.panel;

import io.github.gongbao.core.model.Claim;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link Panel}: one value for one key from one source, with the claim it came from.
 *
 * <p>{@link #occurrence()} is 1 for the first value a source gives for a key and counts up for each different
 * value the same source gives for the same key (two 重点项目 counts in one report); such rows are listed in
 * {@link Panel#conflicts()}. So {@code (key, source, occurrence)} is unique over a panel. {@link #mentions()}
 * says how many claims of the source gave this same value for this key (a headline restating the body: 2).
 * Immutable and thread safe.
 */
public final class PanelRow {
  private final PanelKey key;
  private final Claim claim;
  private final Optional<String> englishName;
  private final int occurrence;
  private final int mentions;

  PanelRow(PanelKey key, Claim claim, Optional<String> englishName, int occurrence, int mentions) {
    this.key = Objects.requireNonNull(key, "key");
    this.claim = Objects.requireNonNull(claim, "claim");
    this.englishName = Objects.requireNonNull(englishName, "englishName");
    this.occurrence = occurrence;
    this.mentions = mentions;
  }

  /** @return the key */
  public PanelKey key() {
    return key;
  }

  /** @return the claim the row shows: the first (by offset) of the source's claims with this key and value */
  public Claim claim() {
    return claim;
  }

  /** @return the value: a plain decimal, or {@code top} for a tier rank */
  public String value() {
    return claim.value();
  }

  /** @return the source the claim came from; absent when the claim carried none */
  public Optional<String> source() {
    return claim.source();
  }

  /** @return the six-digit division code, when resolved */
  public Optional<String> regionCode() {
    return claim.regionCode();
  }

  /** @return the standard name of the place, when resolved */
  public Optional<String> regionName() {
    return claim.regionName();
  }

  /** @return the catalogue id of the indicator, when the catalogue knows it */
  public Optional<String> indicatorId() {
    return claim.indicatorId();
  }

  /** @return the English name of the indicator, from the catalogue by id */
  public Optional<String> englishName() {
    return englishName;
  }

  /** @return the period label ({@code 2024-H1}), when known */
  public Optional<String> periodLabel() {
    return claim.periodLabel();
  }

  /** @return 1, or 2, 3 … for the second, third … different value one source gives for this key */
  public int occurrence() {
    return occurrence;
  }

  /** @return how many claims of the source gave this value for this key (at least 1) */
  public int mentions() {
    return mentions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PanelRow r && key.equals(r.key) && claim.equals(r.claim)
        && englishName.equals(r.englishName) && occurrence == r.occurrence && mentions == r.mentions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, claim, englishName, occurrence, mentions);
  }

  @Override
  public String toString() {
    return "PanelRow[" + key + " = " + value() + " from " + source().orElse("-") + " #" + occurrence + "]";
  }
}
