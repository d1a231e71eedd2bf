package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConvertCommandTest {
  @Test
  void convertsExactlyWithinADimension() {
    assertEquals("15000 tce\n", ok("convert", "1.5万吨标准煤", "--to", "tce").out());
    assertEquals("39100 person\n", ok("convert", "3.91萬人", "--to", "person").out());
    assertEquals("15000 tonne\n", ok("convert", "1.5万吨", "--to", "吨").out(), "UNIT as a word");
    assertEquals("15000000 kg\n", ok("convert", "1.5万吨", "--to", "千克").out());
    assertEquals("250 GWh\n", ok("convert", "2.5亿千瓦时", "--to", "GWh").out());
    assertEquals("250 GWh\n", ok("convert", "2.5亿千瓦时", "--to", "gwh").out(), "codes ignore case");
    assertEquals("7990000000 CNY\n", ok("convert", "79.9億元", "-t", "CNY").out());
  }

  private static Cli.Result ok(String... args) {
    Cli.Result r = Cli.run(args);
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), r::toString);
    return r;
  }

  @Test
  void refusesAcrossDimensionsWithOneClearLine() {
    Cli.Result r = Cli.run("convert", "1.5万吨", "--to", "kWh");
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().contains("different dimensions"), r::toString);
    assertTrue(r.err().contains("1.5万吨") && r.err().contains("kWh"), r::toString);
    assertEquals(1, Cli.run("convert", "100美元", "--to", "CNY").code(), "currencies are never converted");
  }

  @Test
  void inexactResultsAreRefusedUnlessRounded() {
    Cli.Result r = Cli.run("convert", "1亩", "--to", "m2");
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("--round"), r::toString);
    assertEquals("666.667 m2\n", ok("convert", "1亩", "--to", "m2", "--round", "6").out());
  }

  @Test
  void badQuantityExitsOneAndUnknownUnitIsAUsageError() {
    Cli.Result bad = Cli.run("convert", "十十吨", "--to", "tce");
    assertEquals(1, bad.code(), bad::toString);
    assertTrue(bad.err().startsWith("gongbao: convert: not a quantity"), bad::toString);
    assertFalse(bad.err().contains("\tat "));
    Cli.Result unit = Cli.run("convert", "1吨", "--to", "furlong");
    assertEquals(2, unit.code(), unit::toString);
    assertTrue(unit.err().contains("furlong"), unit::toString);
    assertEquals(2, Cli.run("convert", "1吨").code(), "--to is required");
    assertEquals(2, Cli.run("convert", "1吨", "--to", "kg", "--round", "0").code());
  }
}
