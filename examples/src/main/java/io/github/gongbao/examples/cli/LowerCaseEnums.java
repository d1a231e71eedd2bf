package io.github.gongbao.examples.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values for enums, written in lower case and read case-insensitively. */
final class LowerCaseEnums {
  private LowerCaseEnums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new TypeConversionException("expected one of " + names(type) + " but was '" + value + "'");
  }

  static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** Converts {@code --format} values. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return parse(Format.class, value);
    }
  }

  /** Lists {@code --format} values for help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(Format.class).iterator();
    }
  }

  /** Converts {@code --sample} values. */
  static final class SampleConverter implements ITypeConverter<SampleReport> {
    @Override
    public SampleReport convert(String value) {
      return parse(SampleReport.class, value);
    }
  }
}
