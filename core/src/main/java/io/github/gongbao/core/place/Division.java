package io.github.gongbao.core.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One administrative division: its six-digit GB/T 2260 code, its standard name in both scripts, its level and
 * the code of the division it belongs to.
 *
 * <pre>{@code
 * Division wen = Gazetteer.standard().resolve("溫縣").division().orElseThrow();
 * wen.code();   // "410825"; wen.parentCode() is Optional[410800] (焦作市)
 * }</pre>
 *
 * <p>Divisions normally come from a {@link Gazetteer}; the constructor checks the code's form and that a
 * province has no parent while other levels have one. Equality is by value over all components. Immutable and
 * thread safe.
 *
 * @param code the six-digit division code, e.g. {@code 410800}
 * @param parentCode the code of the division this one belongs to; empty for a province-level division
 * @param level the administrative level
 * @param name the standard name in Simplified script, with its level word: {@code 焦作市}, {@code 温县}
 * @param traditionalName the name in Traditional script, as ICU4J transliterates it: {@code 溫縣}
 * @param shortNames other names the division goes by, in Simplified script, without its level word
 *     ({@code 焦作}, {@code 河南}, {@code 延边} and {@code 延边州}); empty when fewer than two characters would stay
 */
public record Division(String code, Optional<String> parentCode, DivisionLevel level, String name,
    String traditionalName, List<String> shortNames) {
  private static final Pattern CODE = Pattern.compile("[1-9][0-9]{5}");

  /** Checks the components and copies the short names. */
  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(parentCode, "parentCode");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(traditionalName, "traditionalName");
    shortNames = List.copyOf(shortNames);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code '" + code + "' is not six digits");
    }
    if (parentCode.isPresent() == (level == DivisionLevel.PROVINCE)) {
      throw new IllegalArgumentException(code + ": a " + level.code() + "-level division "
          + (level == DivisionLevel.PROVINCE ? "has no parent" : "needs a parent code"));
    }
    if (parentCode.isPresent() && !CODE.matcher(parentCode.get()).matches()) {
      throw new IllegalArgumentException(code + ": parent code '" + parentCode.get() + "' is not six digits");
    }
    if (name.isBlank() || traditionalName.isBlank()) {
      throw new IllegalArgumentException(code + ": name and traditional name must not be blank");
    }
  }

  @Override
  public String toString() {
    return name + " " + code;
  }
}
