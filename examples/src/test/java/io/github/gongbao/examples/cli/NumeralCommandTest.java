package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NumeralCommandTest {
  private static List<String> lines(String s) {
    return s.lines().collect(Collectors.toList());
  }

  @Test
  void argumentsArePrintedAsPlainDecimals() {
    Cli.Result r = Cli.run("numeral", "三千零五十", "一亿零五百万", "3.91万", "壹万贰仟", "两千", "１２．５", "1,234.5亿");
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("3050", "105000000", "39100", "12000", "2000", "12.5", "123450000000"), lines(r.out()));
    assertEquals("", r.err());
  }

  @Test
  void aBadArgumentPrintsAnErrorLineAndExitsOne() {
    Cli.Result r = Cli.run("numeral", "十一", "十十", "一百零五");
    assertEquals(1, r.code(), r::toString);
    List<String> out = lines(r.out());
    assertEquals(3, out.size());
    assertEquals("11", out.get(0));
    assertTrue(out.get(1).startsWith("error: "), out.get(1));
    assertEquals("105", out.get(2));
  }

  @Test
  void stdinModePrintsOneLinePerInputAndExitsOneWhenAnyLineFailed() {
    Cli.Result r = Cli.runWithStdin("\uFEFF一\n十一\n十余万\n\n三千零五十\nabc\n一亿零一百万\n", "numeral");
    assertEquals(1, r.code(), r::toString);
    List<String> out = lines(r.out());
    assertEquals(7, out.size(), r::toString);
    assertEquals("1", out.get(0));
    assertEquals("11", out.get(1));
    assertTrue(out.get(2).startsWith("error: ") && out.get(2).contains("APPROXIMATE"), out.get(2));
    assertTrue(out.get(3).startsWith("error: "), "an empty line is an error line: " + out.get(3));
    assertEquals("3050", out.get(4));
    assertTrue(out.get(5).startsWith("error: "), out.get(5));
    assertEquals("101000000", out.get(6));
    assertFalse(r.out().contains("Exception"), r::toString);
    assertEquals(0, Cli.runWithStdin("一\n十一\n", "numeral").code(), "every line read: exit 0");
  }

  @Test
  void toChineseInEveryStyle() {
    assertEquals(List.of("一千二百三十四点五", "一万零一十"),
        lines(Cli.run("numeral", "--to-chinese", "1234.5", "10010").out()));
    assertEquals(List.of("壹仟贰佰叁拾肆"), lines(Cli.run("numeral", "-c", "--financial", "1234").out()));
    assertEquals(List.of("一萬零一十點五"), lines(Cli.run("numeral", "-c", "--traditional", "10010.5").out()));
    assertEquals(List.of("79.9亿"), lines(Cli.run("numeral", "-c", "--compact", "7990000000").out()));
    assertEquals(List.of("79.9億"), lines(Cli.run("numeral", "-c", "--compact", "--traditional", "7990000000").out()));
    assertEquals(List.of("叁仟零伍拾"), lines(Cli.run("numeral", "-c", "--financial", "三千零五十").out()),
        "Chinese in, financial out");
  }

  @Test
  void toChineseFromStdinRoundTrips() {
    Cli.Result there = Cli.runWithStdin("105\n1000000001\n-3.25\n", "numeral", "--to-chinese");
    assertEquals(0, there.code(), there::toString);
    Cli.Result back = Cli.runWithStdin(there.out(), "numeral");
    assertEquals(List.of("105", "1000000001", "-3.25"), lines(back.out()));
  }

  @Test
  void styleOptionsWithoutToChineseAreUsageErrors() {
    Cli.Result r = Cli.run("numeral", "--financial", "一");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--to-chinese"), r::toString);
    assertEquals(2, Cli.run("numeral", "-c", "--financial", "--compact", "1").code());
    assertEquals(2, Cli.run("numeral", "--no-such-option").code());
  }
}
