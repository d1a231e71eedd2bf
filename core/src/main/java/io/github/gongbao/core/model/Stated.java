package io.github.gongbao.core.model;

import java.util.Optional;

/**
 * What every part of a fact says about how it was stated: its evidence, its status and its bound.
 * Implemented by {@link Amount}, {@link GrowthRate}, {@link Comparison}, {@link Share} and {@link Ranking}.
 */
public interface Stated {
  /** @return the evidence in the input */
  Span span();

  /** @return what kind of figure it is; absent for an actual result */
  Optional<Status> status();

  /** @return how exact it is; absent for an exact figure */
  Optional<Bound> bound();
}
