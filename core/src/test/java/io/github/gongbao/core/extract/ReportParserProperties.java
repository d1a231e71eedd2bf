package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import io.github.gongbao.core.model.Amount;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.Comparison;
import io.github.gongbao.core.model.Fact;
import io.github.gongbao.core.model.GrowthRate;
import io.github.gongbao.core.model.ProjectBatch;
import io.github.gongbao.core.model.Ranking;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.model.Share;
import io.github.gongbao.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link ReportParser#parse(CharSequence)} on generated text: it never throws, its offsets
 * lie inside the text and every span's text is the text at its offsets, it is deterministic, and a
 * generated Simplified report and its ICU4J {@code Simplified-Traditional} conversion give the same
 * claims.
 *
 * <p>The generators build text from the genre's own material (numerals, scale words, units, predicate
 * words, punctuation, brackets, quotes, newlines) mixed with random noise, so that the parser's clause
 * and number readers are exercised rather than skipped.
 */
class ReportParserProperties {
  private static final ReportParser PARSER = ReportParser.create();
  private static final ReportParser DERIVING = ReportParser.builder().includeDerived(true).build();

  /** The genre's vocabulary; a generated text is a sequence of these, digits and noise. */
  private static final List<String> TOKENS = List.of(
      // numerals and scale words
      "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "零", "〇",
      "壹", "贰", "拾", "佰", "仟", "萬", "億", "点", "分之", "百分之", "负", "多", "余", "近", "约",
      // units
      "元", "亿元", "万元", "万人", "人", "个", "家", "项", "吨", "万吨", "千瓦时", "平方米", "户", "倍", "成",
      // predicate words
      "增长", "下降", "增加", "减少", "高于", "低于", "持平", "回落", "提高", "居", "位居", "第", "位",
      "前列", "第一方阵", "首位", "均居", "占", "比重", "同比", "环比", "分别", "和", "与", "其中",
      "个百分点", "%", "％", "‰",
      // subjects, frames and places
      "全市", "全省", "全国", "上半年", "1~6月份", "一季度", "地区生产总值", "规模以上工业增加值",
      "固定资产投资", "一般公共预算收入", "社会消费品零售总额", "项目", "亿元以上项目", "税收收入",
      "民生支出", "技改投资", "工业投资", "城镇居民人均可支配收入", "进出口总额",
      // punctuation, brackets, quotes, whitespace
      "、", "，", "。", "；", "：", ",", ".", ";", ":", "（", "）", "(", ")", "【", "】", "〔", "〕",
      "《", "》", "“", "”", "\"", "'", "「", "」", "\n", "\r\n", " ", "\u3000", "\t", "-", "~", "～",
      "—", "…", "/",
      // traps and debris
      "国发〔2024〕5号", "记者", "编辑：", "责任编辑", "【打印】", "[图片]", "来源：", "2024年", "6月30日",
      "十四五", "3个100", "首页 > 新闻");

  @Provide
  Arbitrary<String> genreToken() {
    return Arbitraries.of(TOKENS);
  }

  @Provide
  Arbitrary<String> digitRun() {
    Arbitrary<String> ascii = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> decimal = Combinators.combine(
        Arbitraries.integers().between(0, 99999), Arbitraries.integers().between(0, 999))
        .as((i, f) -> i + "." + f);
    Arbitrary<String> fullWidth = Arbitraries.strings().withCharRange('０', '９').ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> grouped = Arbitraries.integers().between(1000, 99_999_999)
        .map(i -> String.format("%,d", i));
    return Arbitraries.oneOf(ascii, decimal, fullWidth, grouped);
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofLength(1),  // lone surrogates
        Arbitraries.of("\uD83D\uDE00", "\u0000", "\uFEFF", "\u200B", "\uFFFD"));
  }

  /** Whole statements of the genre with a random figure, so that the readers of each kind run often. */
  @Provide
  Arbitrary<String> phrase() {
    Arbitrary<String> figure = Arbitraries.oneOf(digitRun(), Arbitraries.of("五点五", "一百二十三", "三成", "两"));
    return Combinators.combine(Arbitraries.of(
        "同比增长{}%", "下降{}%", "环比增长{}%", "高于全省{}个百分点", "低于全国{}个百分点", "回落{}个百分点",
        "提高{}个百分点", "占全省比重{}%", "占比{}%", "居全省第{}位", "总量居全市第{}位", "{}亿元", "{}万人",
        "新开工项目{}个", "增长{}倍", "完成年度预算的{}%", "其中A增长{}%、B增长{}%"), figure)
        .as((t, f) -> t.replace("{}", f));
  }

  /** Text in the genre's vocabulary with digits and some noise: the main generator. */
  @Provide
  Arbitrary<String> reportish() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(12, genreToken()),
        Tuple.of(3, phrase()),
        Tuple.of(4, digitRun()),
        Tuple.of(1, noise()));
    return piece.list().ofMaxSize(80).map(l -> String.join("", l));
  }

  /** Anything at all, including the empty string and unpaired surrogates. */
  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  @Property(tries = 1500)
  void neverThrowsAndSpansAreExact(@ForAll("reportish") String text) {
    Statistics.label("has %").collect(text.contains("%") || text.contains("％"));
    Statistics.label("has 个百分点").collect(text.contains("个百分点"));
    Statistics.label("has 比重").collect(text.contains("比重"));
    Report report = PARSER.parse(text);
    Statistics.label("has claims").collect(!report.claims().isEmpty());
    checkOffsets(text, report);
  }

  @Property(tries = 500)
  void neverThrowsOnAnyString(@ForAll("anything") String text) {
    checkOffsets(text, PARSER.parse(text));
  }

  @Property(tries = 500)
  void derivedParserNeverThrowsAndSpansAreExact(@ForAll("reportish") String text) {
    checkOffsets(text, DERIVING.parse(text));
  }

  @Property(tries = 500)
  void deterministic(@ForAll("reportish") String text) {
    Report first = PARSER.parse(text);
    Report second = PARSER.parse(new StringBuilder(text));
    assertEquals(first, second);
    assertEquals(first.claims(), second.claims());
  }

  // ------------------------------------------------------------------ Simplified vs Traditional

  private static final List<String> SUBJECTS = List.of(
      "地区生产总值", "规模以上工业增加值", "固定资产投资", "一般公共预算收入", "社会消费品零售总额",
      "税收收入", "进出口总额", "工业投资", "民间投资", "城乡居民储蓄存款余额", "农林牧渔业总产值",
      "建筑业总产值", "金融机构本外币存款余额", "旅游总收入");

  private static final List<String> TEMPLATES = List.of(
      "{s}{a}亿元，同比增长{x}%。",
      "{s}{a}亿元，同比下降{x}%。",
      "{s}同比增长{x}%。",
      "{s}实现{a}亿元，增长{x}%，高于全省{y}个百分点。",
      "{s}完成{a}亿元，增长{x}%，居全省第{r}位。",
      "{s}达到{a}万元，比上年增长{x}%。");

  /** One sentence of a report: a template filled with a subject and figures. */
  @Provide
  Arbitrary<String> sentence() {
    return Combinators.combine(
        Arbitraries.of(TEMPLATES), Arbitraries.of(SUBJECTS),
        Arbitraries.integers().between(1, 99999), Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(1, 20))
        .as((t, s, a, ad, x, xd, r) -> t.replace("{s}", s).replace("{a}", a + "." + ad)
            .replace("{x}", x + "." + xd).replace("{y}", (x % 5) + "." + xd)
            .replace("{r}", Integer.toString(r)));
  }

  /** A short report: a period frame, then a few sentences. */
  @Provide
  Arbitrary<String> simplifiedReport() {
    Arbitrary<String> frame = Arbitraries.of("", "上半年，全市", "1~6月份，全市", "一季度，", "全年");
    return Combinators.combine(frame, sentence().list().ofMinSize(1).ofMaxSize(6))
        .as((f, l) -> f + String.join("", l));
  }

  @Property(tries = 200)
  void traditionalGivesTheSameClaims(@ForAll("simplifiedReport") String simplified) {
    String traditional = toTraditional(simplified);
    Statistics.label("text changed by conversion").collect(!traditional.equals(simplified));
    Set<String> s = normalised(PARSER.parse(simplified));
    Set<String> t = normalised(PARSER.parse(traditional));
    Statistics.label("claims").collect(s.isEmpty() ? "none" : "some");
    assertEquals(s, t, () -> "Simplified: " + simplified + "\nTraditional: " + traditional);
  }

  /** The templates are in the genre: each sentence gives at least one claim. */
  @Property(tries = 100)
  void templatesGiveClaims(@ForAll("sentence") String sentence) {
    Report report = PARSER.parse(sentence);
    assertFalse(report.claims().isEmpty(), () -> "no claims from " + sentence);
    checkOffsets(sentence, report);
  }

  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

  private static String toTraditional(String s) {
    synchronized (TO_TRADITIONAL) {
      return TO_TRADITIONAL.transliterate(s);
    }
  }

  /** Claims as subject-in-Simplified / attr / value / unit, script-independent. */
  private static Set<String> normalised(Report report) {
    Set<String> out = new TreeSet<>();
    for (Claim c : report.claims()) {
      out.add(c.subjectSimplified() + " | " + c.attr().code() + " | " + c.value() + " | "
          + c.unit().orElse("-"));
    }
    return out;
  }

  // ------------------------------------------------------------------ shared checks

  /** Claims and all spans lie inside {@code text}; every span's text is the text at its offsets. */
  static void checkOffsets(String text, Report report) {
    for (Claim c : report.claims()) {
      assertTrue(0 <= c.start() && c.start() <= c.end() && c.end() <= text.length(),
          () -> "claim offsets " + c.start() + ".." + c.end() + " outside text of length " + text.length());
    }
    for (Fact f : report.facts()) {
      for (Span s : spans(f)) {
        assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= text.length(),
            () -> "span " + s + " outside text of length " + text.length());
        assertEquals(text.substring(s.start(), s.end()), s.text(), () -> "span text of " + s);
      }
    }
  }

  /** Every span of a fact: its own and those of its parts. */
  static List<Span> spans(Fact f) {
    List<Span> out = new ArrayList<>(f.spans());
    if (f instanceof ProjectBatch) {
      ((ProjectBatch) f).count().ifPresent(a -> out.add(a.span()));
    }
    for (Amount a : f.amounts()) {
      out.add(a.span());
    }
    for (GrowthRate g : f.growthRates()) {
      out.add(g.span());
    }
    for (Comparison c : f.comparisons()) {
      out.add(c.span());
    }
    for (Ranking r : f.rankings()) {
      out.add(r.span());
    }
    for (Share s : f.shares()) {
      out.add(s.span());
    }
    return out;
  }
}
