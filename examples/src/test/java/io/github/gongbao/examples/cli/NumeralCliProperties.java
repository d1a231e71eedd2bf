package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** numeral --to-chinese followed by numeral gives the number back, in every style and script. */
class NumeralCliProperties {
  @Property(tries = 200)
  void wholeNumbersRoundTrip(@ForAll @LongRange(min = -999_999_999_999_999_999L, max = 999_999_999_999_999_999L) long n,
      @ForAll boolean traditional, @ForAll boolean financial) {
    String in = Long.toString(n);
    String stdin = in + "\n";
    String[] args = financial
        ? (traditional ? new String[] {"numeral", "-c", "--financial", "--traditional"} : new String[] {"numeral", "-c", "--financial"})
        : (traditional ? new String[] {"numeral", "-c", "--traditional"} : new String[] {"numeral", "-c"});
    Cli.Result chinese = Cli.runWithStdin(stdin, args);
    assertEquals(0, chinese.code(), chinese::toString);
    Cli.Result back = Cli.runWithStdin(chinese.out(), "numeral");
    assertEquals(in + "\n", back.out(), () -> "via " + chinese.out());
  }

  @Property(tries = 200)
  void decimalsRoundTripInCompactStyle(@ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(3) BigDecimal v) {
    Cli.Result chinese = Cli.run("numeral", "-c", "--compact", v.toPlainString());
    assertEquals(0, chinese.code(), chinese::toString);
    Cli.Result back = Cli.runWithStdin(chinese.out(), "numeral");
    assertEquals(0, new BigDecimal(back.out().strip()).compareTo(v), () -> v + " via " + chinese.out() + " -> " + back.out());
  }
}
