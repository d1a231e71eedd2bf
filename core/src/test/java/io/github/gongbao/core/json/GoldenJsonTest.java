package io.github.gongbao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.model.Amount;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.Comparison;
import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.FiscalLine;
import io.github.gongbao.core.model.GrowthRate;
import io.github.gongbao.core.model.Indicator;
import io.github.gongbao.core.model.Period;
import io.github.gongbao.core.model.ProjectBatch;
import io.github.gongbao.core.model.Ranking;
import io.github.gongbao.core.model.Region;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.Samples;
import io.github.gongbao.core.model.Share;
import io.github.gongbao.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-built value serialises to exactly the hand-written document under {@code golden/}
 * (compared after both are written compactly, so key order, strings versus numbers and omissions
 * count, whitespace does not), and the document reads back to an equal value.
 */
class GoldenJsonTest {
  private static final ObjectMapper MAPPER = GongbaoJson.mapper();

  static Stream<Arguments> golden() {
    return Stream.of(
        Arguments.of("span.json", Span.class, Samples.span()),
        Arguments.of("period.json", Period.class, Samples.period()),
        Arguments.of("period_unknown.json", Period.class, Period.parse("近年来")),
        Arguments.of("region.json", Region.class, Samples.region()),
        Arguments.of("amount.json", Amount.class, Samples.labelledAmount()),
        Arguments.of("growth_rate.json", GrowthRate.class, Samples.decline()),
        Arguments.of("comparison.json", Comparison.class, Samples.comparison()),
        Arguments.of("ranking.json", Ranking.class, Samples.ranking()),
        Arguments.of("ranking_tier.json", Ranking.class, Samples.tier()),
        Arguments.of("share.json", Share.class, Samples.share()),
        Arguments.of("indicator.json", Fact.class, Samples.indicator()),
        Arguments.of("indicator.json", Indicator.class, Samples.indicator()),
        Arguments.of("indicator_derived.json", Fact.class, Samples.derivedIndicator()),
        Arguments.of("fiscal_line.json", Fact.class, Samples.fiscalLine()),
        Arguments.of("fiscal_line.json", FiscalLine.class, Samples.fiscalLine()),
        Arguments.of("project_batch.json", Fact.class, Samples.projectBatch()),
        Arguments.of("project_batch.json", ProjectBatch.class, Samples.projectBatch()),
        Arguments.of("report.json", Report.class, Samples.report()),
        Arguments.of("claim.json", Claim.class, Claim.builder()
            .subject("工業項目爭取資金").subjectSimplified("工业项目争取资金").attr(ClaimAttr.RANK)
            .value("top").scope("全省").region("溫縣").period("上半年").start(7).end(12).derived(true)
            .build()));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("golden")
  void serialisesToGoldenAndBack(String file, Class<?> type, Object value) throws IOException {
    String golden = read(file);
    String expected = MAPPER.writeValueAsString(MAPPER.readTree(golden));
    String actual = type == Fact.class
        ? MAPPER.writerFor(Fact.class).writeValueAsString(value)
        : MAPPER.writeValueAsString(value);
    assertEquals(expected, actual, file);
    assertEquals(value, MAPPER.readValue(golden, type), file + " read back");
  }

  static String read(String file) {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
