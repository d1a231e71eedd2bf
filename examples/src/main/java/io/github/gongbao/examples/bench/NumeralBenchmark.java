package io.github.gongbao.examples.bench;

import cn.hutool.core.convert.NumberChineseFormatter;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.gongbao.units.ChineseNumerals;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Chinese numeral parsing, ns per numeral, on a mix of twenty numerals typical of the genre: Gongbao beside
 * ICU4J's {@link RuleBasedNumberFormat} (zh spellout), Hutool's {@code NumberChineseFormatter.chineseToNumber}
 * and {@link Long#parseLong} on the same values written in Arabic digits.
 *
 * <pre>{@code
 * mvn -B -ntp -q -DskipTests package
 * java -cp examples/target/gongbao.jar org.openjdk.jmh.Main NumeralBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 *
 * <p>Each benchmark parses the whole mix once per invocation; JMH divides by twenty. The mix is made of
 * canonical forms all four parsers read (set-up checks Gongbao's values and prints how many ICU4J and Hutool
 * misread), so the timing is of the same work for all; forms only Gongbao reads (一百一, 3.91万, 三分之一) are
 * left out on purpose. Hutool returns an {@code int}, Gongbao an exact {@link BigDecimal}. JMH state is per
 * thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NumeralBenchmark {
  /** The mix, in Chinese. */
  static final String[] CHINESE = {
    "一", "十一", "一百零五", "三千零五十", "一万零一", "一亿零一百万", "十二亿三千四百五十六万七千八百九十", "两千",
    "壹万贰仟", "二十", "九十九", "一千零一十", "三万五千", "五百万", "一百二十三", "四千零五万", "七亿",
    "六十五万四千三百二十一", "八千零八", "二十万"
  };

  /** The same values in Arabic digits. */
  static final String[] ARABIC = {
    "1", "11", "105", "3050", "10001", "101000000", "1234567890", "2000",
    "12000", "20", "99", "1010", "35000", "5000000", "123", "40050000", "700000000",
    "654321", "8008", "200000"
  };

  /** Forms outside the fast path, read by the full grammar (for information; no peer reads them all). */
  static final String[] GENERAL = {
    "3.91万", "79.9億", "1,234.5亿", "-3.5亿", "１２．５万", "百分之五点五", "三点一四", "二〇二四", "一万亿", "负三十二"
  };

  private RuleBasedNumberFormat icu;

  /** Checks once that the mix is what it claims to be, and reports what the other parsers get wrong. */
  @Setup
  public void setUp() {
    icu = new RuleBasedNumberFormat(new ULocale("zh"), RuleBasedNumberFormat.SPELLOUT);
    int icuWrong = 0;
    int hutoolWrong = 0;
    for (int i = 0; i < CHINESE.length; i++) {
      long expected = Long.parseLong(ARABIC[i]);
      if (ChineseNumerals.parse(CHINESE[i]).compareTo(BigDecimal.valueOf(expected)) != 0) {
        throw new IllegalStateException("Gongbao misreads " + CHINESE[i]);
      }
      Number n = icu.parse(CHINESE[i], new ParsePosition(0));
      if (n == null || n.longValue() != expected) {
        icuWrong++;
      }
      if (NumberChineseFormatter.chineseToNumber(CHINESE[i]) != expected) {
        hutoolWrong++;
      }
    }
    System.out.println("\nOf " + CHINESE.length + " numerals ICU4J misreads " + icuWrong
        + ", Hutool misreads " + hutoolWrong + ", Gongbao none.");
  }

  /** Gongbao: exact {@link BigDecimal} results. */
  @Benchmark
  @OperationsPerInvocation(20)
  public void gongbao(Blackhole bh) {
    for (String s : CHINESE) {
      bh.consume(ChineseNumerals.parse(s));
    }
  }

  /** ICU4J RuleBasedNumberFormat, zh spellout. */
  @Benchmark
  @OperationsPerInvocation(20)
  public void icu(Blackhole bh) {
    for (String s : CHINESE) {
      bh.consume(icu.parse(s, new ParsePosition(0)));
    }
  }

  /** Hutool NumberChineseFormatter.chineseToNumber, an {@code int}. */
  @Benchmark
  @OperationsPerInvocation(20)
  public void hutool(Blackhole bh) {
    for (String s : CHINESE) {
      bh.consume(NumberChineseFormatter.chineseToNumber(s));
    }
  }

  /** Gongbao's full grammar, on decimals, Arabic with scale words, percentages, signs and digit strings. */
  @Benchmark
  @OperationsPerInvocation(10)
  public void gongbaoGeneral(Blackhole bh) {
    for (String s : GENERAL) {
      bh.consume(ChineseNumerals.parse(s));
    }
  }

  /** The floor: Long.parseLong on the same values in Arabic digits. */
  @Benchmark
  @OperationsPerInvocation(20)
  public void longParseLong(Blackhole bh) {
    for (String s : ARABIC) {
      bh.consume(Long.parseLong(s));
    }
  }
}
