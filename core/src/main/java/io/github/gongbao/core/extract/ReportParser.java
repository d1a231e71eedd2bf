package io.github.gongbao.core.extract;

import io.github.gongbao.core.internal.Draft;
import io.github.gongbao.core.internal.FactAssembler;
import io.github.gongbao.core.internal.ReportReader;
import io.github.gongbao.core.internal.TextNormalizer;
import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.Script;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;
import io.github.gongbao.core.place.Division;
import io.github.gongbao.core.place.Gazetteer;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a Chinese government economic report — Simplified or Traditional, with page debris around it —
 * into a {@link Report} of typed facts, each with the spans of text it came from.
 *
 * <pre>{@code
 * Report report = ReportParser.create().parse("全市一般公共预算收入79.9亿元，同比增长4.5%。");
 * report.claims().forEach(System.out::println);   // amount 7990000000 CNY; yoy_pct 4.5
 * }</pre>
 *
 * <p>Immutable and thread safe: build one parser and share it. {@link #parse(CharSequence)} never throws
 * on any text, and runs in time linear in its length.
 */
public final class ReportParser {
  private final boolean derived;

  private ReportParser(Builder b) {
    this.derived = b.derived;
  }

  /** @return a parser with the default settings (no derived facts) */
  public static ReportParser create() {
    return new Builder().build();
  }

  /** @return a builder for a parser with other settings */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether facts computed from stated ones are added (marked {@code derived}) */
  public boolean includesDerived() {
    return derived;
  }

  /**
   * Extracts every fact of a report.
   *
   * @param text the report's plain text; page debris is fine
   * @return the facts in order of appearance; empty for a text with none
   * @throws NullPointerException if {@code text} is null
   */
  public Report parse(CharSequence text) {
    return parse(text, ReportContext.none());
  }

  /**
   * Extracts every fact of a report, with what the caller knows about it: the place (for 全市, 我县 and claims
   * that name no place), the year (for periods that state none) and the source every claim carries. What the
   * context does not give is found in the text: the place by the gazetteer's rule ({@link
   * io.github.gongbao.core.place.Gazetteer#detectSubject}), the year as the first year its opening names (the
   * opening of the whole report given with {@link ReportContext#withOpening}, for a later piece of a long one).
   *
   * @param text the report's plain text; page debris is fine
   * @param context what the caller knows; {@link ReportContext#none()} for nothing
   * @return the facts in order of appearance, with the place and the skipped figures
   * @throws NullPointerException if an argument is null
   */
  public Report parse(CharSequence text, ReportContext context) {
    String s = Objects.requireNonNull(text, "text").toString();
    Objects.requireNonNull(context, "context");
    TextNormalizer.Folded folded = TextNormalizer.inspect(s);
    ReportReader.Reading reading = ReportReader.read(s, folded);
    // a later piece of a longer report takes its year and place from the whole report's opening
    String opening = context.opening().orElse(null);
    Optional<Integer> year = context.year().or(() -> io.github.gongbao.core.internal.ReportYear.find(
        opening == null ? folded.text : TextNormalizer.inspect(opening).text));
    List<Fact> facts = FactAssembler.assemble(s, folded.text, reading.drafts(), derived, year);
    Script script = folded.traditional ? Script.TRADITIONAL : folded.han ? Script.SIMPLIFIED : Script.UNKNOWN;
    Optional<Division> place = place(opening == null ? s : opening, context);
    return Report.builder().addAllFacts(facts).script(script).addAllSkipped(reading.skipped())
        .placeCode(place.map(Division::code)).placeName(place.map(Division::name)).source(context.source())
        .build();
  }

  /**
   * How many characters of a report's opening the parser reads for the place it is about (a headline, a dateline
   * and a lead paragraph); names further on are places compared with or sources of visitors, not the subject.
   */
  public static final int PLACE_OPENING = 600;

  /**
   * The gazetteer, loading on another core from the moment the first parser is made: its data take about as long
   * to read as the engine's own classes, so a first parse waits for the slower of the two, not for both.
   */
  private static final java.util.concurrent.CompletableFuture<Gazetteer> GAZETTEER =
      java.util.concurrent.CompletableFuture.supplyAsync(Gazetteer::standard);

  private static Optional<Division> place(String text, ReportContext context) {
    Gazetteer g;
    try {
      g = GAZETTEER.join();
    } catch (java.util.concurrent.CompletionException e) {
      return Optional.empty(); // a malformed data file is a build error its tests catch; parsing goes on
    }
    if (context.place().isPresent()) {
      String p = context.place().get();
      Optional<Division> byCode = g.byCode(p);
      return byCode.isPresent() ? byCode : g.resolve(p).division();
    }
    return g.detectSubject(text.length() > PLACE_OPENING ? text.substring(0, PLACE_OPENING) : text).division();
  }

  /** Reads {@code reader} to its end and parses the text; the reader is not closed. */
  public Report parse(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = reader.read(buf)) >= 0) {
      sb.append(buf, 0, n);
    }
    return parse(sb);
  }

  /**
   * Decodes bytes in a known charset and parses them.
   *
   * @throws ReportDecodingException if the bytes are not valid in {@code charset}, with the byte offset
   */
  public Report parse(byte[] bytes, Charset charset) {
    return parse(TextDecoder.decode(bytes, charset));
  }

  /**
   * Detects the charset of {@code bytes} (UTF-8, GB18030/GBK, Big5 …, with ICU4J's CharsetDetector) and
   * parses the text.
   *
   * @throws ReportDecodingException if no charset decodes the bytes
   */
  public Report parse(byte[] bytes) {
    return parse(TextDecoder.decode(bytes));
  }

  /** Reads the stream to its end, detects its charset and parses it; the stream is not closed. */
  public Report parse(InputStream in) throws IOException {
    return parse(in.readAllBytes());
  }

  /** Settings of a {@link ReportParser}. Not thread safe; the parser it builds is. */
  public static final class Builder {
    private boolean derived;

    private Builder() {}

    /** Adds facts computed from stated ones, such as a benchmark's growth rate, marked derived. */
    public Builder includeDerived(boolean include) {
      this.derived = include;
      return this;
    }

    /** @return the parser */
    public ReportParser build() {
      return new ReportParser(this);
    }
  }
}
