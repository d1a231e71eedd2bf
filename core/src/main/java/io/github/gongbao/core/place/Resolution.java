package io.github.gongbao.core.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a name (or a text) resolves to: one division, several that it could equally be, or none. Gongbao never
 * picks one of several candidates for the caller.
 *
 * <pre>{@code
 * Resolution r = Gazetteer.standard().resolve("朝阳区");
 * r.status();   // AMBIGUOUS; r.candidates() holds 110105 (北京市) and 220104 (长春市)
 * }</pre>
 *
 * <p>Immutable and thread safe.
 *
 * @param status whether the name resolved
 * @param candidates the divisions the name may mean, in code order: one when {@link Status#RESOLVED}, two or
 *     more when {@link Status#AMBIGUOUS}, none when {@link Status#NOT_FOUND}
 */
public record Resolution(Status status, List<Division> candidates) {

  /** How a resolution ended. */
  public enum Status {
    /** Exactly one division fits. */
    RESOLVED,
    /** Two or more divisions fit equally well; see {@link #candidates()}. */
    AMBIGUOUS,
    /** No division fits. */
    NOT_FOUND
  }

  /** Checks that the number of candidates agrees with the status. */
  public Resolution {
    Objects.requireNonNull(status, "status");
    candidates = List.copyOf(candidates);
    boolean agrees = switch (status) {
      case RESOLVED -> candidates.size() == 1;
      case AMBIGUOUS -> candidates.size() > 1;
      case NOT_FOUND -> candidates.isEmpty();
    };
    if (!agrees) {
      throw new IllegalArgumentException(status + " with " + candidates.size() + " candidates");
    }
  }

  /**
   * @param candidates the divisions that fit, in any order
   * @return RESOLVED, AMBIGUOUS or NOT_FOUND by their number, candidates sorted by code
   */
  public static Resolution of(List<Division> candidates) {
    List<Division> sorted = candidates.stream().distinct()
        .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    Status s = sorted.isEmpty() ? Status.NOT_FOUND : sorted.size() == 1 ? Status.RESOLVED : Status.AMBIGUOUS;
    return new Resolution(s, sorted);
  }

  /** @return the division when exactly one fits, otherwise empty */
  public Optional<Division> division() {
    return status == Status.RESOLVED ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** @return true when exactly one division fits */
  public boolean isResolved() {
    return status == Status.RESOLVED;
  }
}
