package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance of {@link Quantity#parse(CharSequence)} with the peer cases of Microsoft Recognizers-Text
 * ({@code ../shared/peer-cases/recognizers-zh.jsonl}, see its README). Every test is skipped, through a
 * JUnit assumption, when the file is absent. Counts are printed to standard output.
 *
 * <h2>Cases in scope</h2>
 * A result is in scope when its model is {@code CurrencyModel} or {@code DimensionModel}, it has a value,
 * and its unit is in our catalogue: for money its {@code isoCurrency} is a catalogue code; for dimensions
 * its unit name is one of {@link #PEER_UNITS}. Out of scope: the other models (numerals are
 * {@code ChineseNumerals}'s business), results with no value (a bare 人民币), and units the genre does not
 * use (bytes, micrograms, bitcoin, naira, "$" with no currency).
 * <ul>
 *   <li>{@link #wholeInputCasesParseToTheExpectedQuantity()}: cases with a single result spanning the whole
 *       input (start 0, inclusive end at the last character): {@code parse(input)}.
 *   <li>{@link #expectedSpansParseToTheExpectedQuantity()}: every in-scope result of every case, parsing
 *       the input's characters from {@code start} to {@code end} (what a finder would hand over).
 * </ul>
 * The parsed quantity must have the expected value (compared numerically, in the unit as written: 12千米
 * is 12 km) and the expected code.
 *
 * <h2>Deliberate disagreements</h2>
 * {@link #DISAGREEMENTS} lists in-scope spans we do not read as the peer does, with the reason; for each the
 * test checks that we still disagree (refuse it, or read another value or unit), so the list stays true:
 * <ul>
 *   <li>168公分: 公分 is a centimetre or a gram depending on the region; the catalogue leaves it out.
 *   <li>168CM: Latin unit symbols are case-sensitive (the peer folds case); only the usual spellings are
 *       listed.
 *   <li>￥300: ￥ (U+FFE5) is the yen sign too; reports name the currency in words.
 * </ul>
 * Money with 元, 角 and 分 (50元6角三分) and a count with 半 after its unit (一吨半, 十五斤半) were disagreements
 * once; they are read now ({@link ChineseMoney}, {@link Quantity#parse(CharSequence)}) and checked like the rest.
 * {@link #PENDING_NUMERALS} lists spans whose numeral is {@code ChineseNumerals}'s to read (四十九兆… uses 兆
 * as 10^12); they are checked once the numeral parser reads the numeral, and skipped until then.
 */
class PeerUnitConformanceTest {
  private static final String FILE = "shared/peer-cases/recognizers-zh.jsonl";

  /** Peer dimension unit names that have a unit in our catalogue, with its code. */
  static final Map<String, String> PEER_UNITS = Map.of("Kilometer", "km", "Meter", "m", "Centimeter", "cm",
      "Kilogram", "kg", "Gram", "g", "Ton", "tonne", "Jin", "jin", "Mu", "mu");

  /** In-scope spans we deliberately read differently, with the reason (see the class comment). */
  static final Map<String, String> DISAGREEMENTS = Map.of(
      "168公分", "公分 is a centimetre or a gram; left out of the catalogue",
      "168CM", "Latin unit symbols are case-sensitive",
      "￥300", "￥ is also the yen sign; reports name the currency");

  /** Spans whose numeral depends on numeral forms owned by ChineseNumerals (兆 = 10^12). */
  static final Set<String> PENDING_NUMERALS = Set.of("四十九兆九千五百九十二億元");

  private static final UnitCatalogue CAT = UnitCatalogue.standard();

  /** One expected result of a peer case. */
  private static final class Case {
    final String source;
    final String input;
    final String span;
    final boolean wholeInput;
    final BigDecimal value;
    final String code;

    Case(String source, String input, String span, boolean wholeInput, BigDecimal value, String code) {
      this.source = source;
      this.input = input;
      this.span = span;
      this.wholeInput = wholeInput;
      this.value = value;
      this.code = code;
    }
  }

  @TestFactory
  Stream<DynamicTest> wholeInputCasesParseToTheExpectedQuantity() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Case c : load()) {
      if (c.wholeInput) {
        cases.add(c);
      }
    }
    return check(cases, "whole-input", 15, 10);
  }

  @TestFactory
  Stream<DynamicTest> expectedSpansParseToTheExpectedQuantity() throws IOException {
    return check(load(), "span", 40, 25);
  }

  private static Stream<DynamicTest> check(List<Case> cases, String what, int minInScope, int minAgreed) {
    List<DynamicTest> tests = new ArrayList<>();
    int agreed = 0;
    int disagreed = 0;
    int pending = 0;
    for (Case c : cases) {
      if (DISAGREEMENTS.containsKey(c.span)) {
        disagreed++;
        tests.add(dynamicTest("disagree: " + c.span, () -> assertDisagrees(c)));
      } else if (PENDING_NUMERALS.contains(c.span)) {
        pending++;
        tests.add(dynamicTest("pending numeral: " + c.span, () -> {
          Assumptions.assumeTrue(numeralIsRead(c.span), "numeral not yet read by ChineseNumerals");
          assertAgrees(c);
        }));
      } else {
        agreed++;
        tests.add(dynamicTest(c.span + " = " + c.value + " " + c.code, () -> assertAgrees(c)));
      }
    }
    int inScope = cases.size();
    int checked = agreed;
    System.out.printf("peer cases (%s): %d in scope: %d checked for agreement, %d deliberate "
        + "disagreements, %d pending numerals%n", what, inScope, agreed, disagreed, pending);
    tests.add(dynamicTest("the scope selects the cases it should (" + what + ")",
        () -> assertTrue(inScope >= minInScope && checked >= minAgreed, inScope + " in scope, " + checked)));
    if (what.equals("span")) {
      int listed = disagreed;
      tests.add(dynamicTest("every listed disagreement is an in-scope span",
          () -> assertEquals(DISAGREEMENTS.size(), listed)));
    }
    return tests.stream();
  }

  private static void assertAgrees(Case c) {
    Quantity q = Quantity.parse(c.span);
    assertEquals(0, c.value.compareTo(q.value()), () -> c.source + ": value of " + c.span + " was " + q.value());
    assertEquals(c.code, q.unit().code(), c.source);
  }

  private static void assertDisagrees(Case c) {
    try {
      Quantity q = Quantity.parse(c.span);
      assertTrue(c.value.compareTo(q.value()) != 0 || !c.code.equals(q.unit().code()),
          c.span + " now agrees with the peer: take it off the list of disagreements");
    } catch (ChineseNumberFormatException expected) {
      // refused, as documented
    }
  }

  private static boolean numeralIsRead(String span) {
    try {
      Quantity.parse(span);
      return true;
    } catch (ChineseNumberFormatException e) {
      return false;
    }
  }

  /** Reads the in-scope results; skips the calling test when the file is absent. */
  private static List<Case> load() throws IOException {
    Optional<Path> file = locate();
    Assumptions.assumeTrue(file.isPresent(), "peer cases not found at ../" + FILE + " or ../../" + FILE);
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    int lines = 0;
    int models = 0;
    for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      JsonNode c = json.readTree(line);
      String model = c.path("model").asText();
      if (!model.equals("CurrencyModel") && !model.equals("DimensionModel")) {
        continue;
      }
      models++;
      String input = c.path("input").asText();
      JsonNode results = c.path("results");
      for (JsonNode r : results) {
        int start = r.path("start").asInt(-1);
        int end = r.path("end").asInt(-1);
        JsonNode value = r.path("value");
        if (value.isNull() || value.isMissingNode() || start < 0 || end < start || end >= input.length()) {
          continue;
        }
        String code = model.equals("CurrencyModel") ? r.path("isoCurrency").asText("")
            : PEER_UNITS.getOrDefault(r.path("unit").asText(), "");
        if (code.isEmpty() || CAT.byCode(code).isEmpty()) {
          continue;
        }
        boolean whole = results.size() == 1 && start == 0 && end == input.length() - 1;
        cases.add(new Case(c.path("source").asText(), input, input.substring(start, end + 1), whole,
            new BigDecimal(value.asText()), code));
      }
    }
    System.out.printf("peer cases: %d in file, %d CurrencyModel/DimensionModel%n", lines, models);
    return cases;
  }

  private static Optional<Path> locate() {
    String override = System.getProperty("gongbao.peerCases");
    if (override != null && Files.isRegularFile(Path.of(override))) {
      return Optional.of(Path.of(override));
    }
    for (String prefix : new String[] {"../", "../../"}) {
      Path p = Path.of(prefix + FILE);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
