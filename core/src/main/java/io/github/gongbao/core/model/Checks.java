package io.github.gongbao.core.model;

/** Invariants shared by the fact types. Stateless and thread safe. */
final class Checks {
  private Checks() {}

  static void fact(String type, Fact f) {
    if (f.name().isBlank()) {
      throw new InvalidValueException(type, "name", "must not be blank");
    }
  }

  static void optionalText(String type, String field, java.util.Optional<String> text) {
    text.ifPresent(t -> {
      if (t.isBlank()) {
        throw new InvalidValueException(type, field, "must not be blank when present");
      }
    });
  }
}
