package io.github.gongbao.core.place;

import java.util.List;
import java.util.Objects;

/**
 * A division's name found in a text by {@link Gazetteer#findPlaces(CharSequence)}, with its UTF-16 offsets. For
 * every match, {@code text.subSequence(start(), end()).toString().equals(asWritten())}.
 *
 * <pre>{@code
 * PlaceMatch m = Gazetteer.standard().findPlaces("3月份梧州市CPI同比上涨2.7%").get(0);
 * m.start();   // 3; m.asWritten() is "梧州市", m.candidates() is [梧州市 450400]
 * }</pre>
 *
 * <p>Immutable and thread safe.
 *
 * @param start offset of the first character of the name in the text
 * @param end offset just after the name
 * @param asWritten the name as the text writes it, in either script
 * @param candidates the divisions the name may mean, in code order: one, or several when the name is shared
 *     (朝阳区 in 北京市 and in 长春市); never empty
 * @param shortName true when the text writes a short name ({@code 焦作}) rather than a full one ({@code 焦作市})
 */
public record PlaceMatch(int start, int end, String asWritten, List<Division> candidates, boolean shortName) {

  /** Checks the offsets against the name and copies the candidates. */
  public PlaceMatch {
    Objects.requireNonNull(asWritten, "asWritten");
    candidates = List.copyOf(candidates);
    if (start < 0 || end - start != asWritten.length()) {
      throw new IllegalArgumentException("offsets " + start + ".." + end + " do not span '" + asWritten + "'");
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a match names at least one division");
    }
  }

  /** @return true when the name means one division only */
  public boolean isUnambiguous() {
    return candidates.size() == 1;
  }
}
