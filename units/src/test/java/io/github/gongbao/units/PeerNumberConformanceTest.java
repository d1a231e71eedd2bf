package io.github.gongbao.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Conformance with the Chinese number specifications of Microsoft Recognizers-Text, from
 * {@code shared/peer-cases/recognizers-zh.jsonl} beside the repository (skipped when the file is absent).
 *
 * <p><b>In scope:</b> {@code NumberModel} cases whose input is a single numeral: exactly one result, spanning
 * the whole input ({@code start == 0}, {@code end == input.length() - 1}, end inclusive). Each must parse to the
 * expected value (compared with {@code compareTo}). For fractions that do not terminate the peer prints 15
 * significant digits, so ours (34 digits) is compared after rounding to the peer's scale. Other models
 * (percent, currency, dimension…) and cases with several or partial results are the quantity finder's
 * business and are skipped here.
 *
 * <p><b>Deliberate disagreements</b>, each checked to be a real disagreement (the parser refuses the input):
 * <ul>
 *   <li>Approximations — 十余万, 一千多万, 二十几万, 一百零几万: the peer reads a round value; an economic figure
 *       written so is not exact, and {@link ChineseNumerals#parse} reports {@code APPROXIMATE} so the caller
 *       can decide.</li>
 *   <li>万 twice — 四万万, 10万万: archaic, and the issue asks for 万万 to be refused as malformed.</li>
 *   <li>Words that are not numerals — 一打 (a dozen), 五十打, 半百 (half a hundred).</li>
 *   <li>Notations that are not Chinese numerals — 40k, -2.5 M, 2e5, 2^5, 1.1^+23, -3/2, ３／５, and decimals
 *       without an integer digit (.5, -.5, .23456000).</li>
 *   <li>A sign inside a fraction — 负３分之负一百五十七: only a leading sign is read, for the whole numeral.</li>
 * </ul>
 * We agree with the peer on 兆 = 10^12 (五兆六十二亿四万五千二), the default of {@link NumeralOptions}.
 */
class PeerNumberConformanceTest {
  private static final Pattern APPROXIMATE = Pattern.compile(".*[余多几幾].*");
  private static final Pattern WAN_WAN = Pattern.compile(".*(万万|萬萬).*");
  private static final Pattern NOT_NUMERAL_WORDS = Pattern.compile(".*[打半].*");
  private static final Pattern OTHER_NOTATION = Pattern.compile("(.*[kKMeE^/／].*)|(-?\\..*)");
  private static final Pattern SIGNED_NUMERATOR = Pattern.compile(".*分\\s*之\\s*[负負-].*");

  private static Path peerFile() {
    for (String candidate : new String[] {"../shared/peer-cases/recognizers-zh.jsonl",
        "../../shared/peer-cases/recognizers-zh.jsonl"}) {
      Path p = Path.of(candidate);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** @return why we deliberately disagree with the peer on {@code input}, or null */
  static String disagreement(String input) {
    if (APPROXIMATE.matcher(input).matches()) {
      return "approximate";
    }
    if (WAN_WAN.matcher(input).matches()) {
      return "万万";
    }
    if (NOT_NUMERAL_WORDS.matcher(input).matches()) {
      return "not a numeral word";
    }
    if (SIGNED_NUMERATOR.matcher(input).matches()) {
      return "a sign inside a fraction";
    }
    if (OTHER_NOTATION.matcher(input).matches()) {
      return "not a Chinese numeral notation";
    }
    return null;
  }

  @Test
  @SuppressWarnings("unchecked")
  void singleNumeralNumberCasesParseToThePeersValue() throws IOException {
    Path file = peerFile();
    Assumptions.assumeTrue(file != null, "shared/peer-cases/recognizers-zh.jsonl not found: skipped");
    int passed = 0;
    int disagreed = 0;
    int skipped = 0;
    int lines = 0;
    List<String> failures = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      Map<String, Object> c = (Map<String, Object>) MiniJson.parse(line);
      String input = (String) c.get("input");
      List<Map<String, Object>> results = (List<Map<String, Object>>) c.get("results");
      if (!"NumberModel".equals(c.get("model")) || results.size() != 1
          || Integer.parseInt((String) results.get(0).get("start")) != 0
          || Integer.parseInt((String) results.get(0).get("end")) != input.length() - 1) {
        skipped++;
        continue;
      }
      BigDecimal expected = new BigDecimal((String) results.get(0).get("value"));
      String reason = disagreement(input);
      BigDecimal actual;
      try {
        actual = ChineseNumerals.parse(input);
      } catch (ChineseNumberFormatException e) {
        if (reason != null) {
          disagreed++;
        } else {
          failures.add(input + " → " + e.getMessage());
        }
        continue;
      }
      if (reason != null) {
        failures.add(input + " is listed as a disagreement (" + reason + ") but parses to " + actual);
      } else if (agrees(input, expected, actual)) {
        passed++;
      } else {
        failures.add(input + " expected " + expected.toPlainString() + " but was " + actual.toPlainString());
      }
    }
    System.out.printf("Peer NumberModel conformance: %d passed, %d disagreed (listed), %d skipped (out of scope)%n",
        passed, disagreed, skipped);
    if (!failures.isEmpty()) {
      fail(failures.size() + " peer cases differ:\n" + String.join("\n", failures));
    }
    assertTrue(passed >= 150, "too few in-scope cases passed: " + passed);
    assertEquals(lines, passed + disagreed + skipped, "every line is counted once");
  }

  private static boolean agrees(String input, BigDecimal expected, BigDecimal actual) {
    if (expected.compareTo(actual) == 0) {
      return true;
    }
    // The peer prints a non-terminating fraction with 15 significant digits.
    return input.contains("分") && expected.scale() > 0
        && actual.setScale(expected.scale(), RoundingMode.HALF_UP).compareTo(expected) == 0;
  }
}
