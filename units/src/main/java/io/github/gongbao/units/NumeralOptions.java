package io.github.gongbao.units;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options for {@link ChineseNumerals#parse(CharSequence, NumeralOptions)}: today only what 兆 stands for.
 *
 * <pre>{@code
 * ChineseNumerals.parse("三兆", NumeralOptions.DEFAULT);                                  // 3000000000000
 * ChineseNumerals.parse("三兆", NumeralOptions.DEFAULT.withZhao(NumeralOptions.Zhao.MILLION)); // 3000000
 * }</pre>
 *
 * <p>Immutable and thread safe: every {@code with} method returns a new instance.
 */
public final class NumeralOptions {
  /** The value of 兆, which differs between traditions. */
  public enum Zhao {
    /** 兆 = 10^12, as in ICU's spellout, Taiwan and the classical "long" reading (一兆三千亿). The default. */
    TRILLION(12),
    /** 兆 = 10^6, the SI prefix mega as used in the mainland today (兆瓦 = MW). */
    MILLION(6);

    private final int exponent;

    Zhao(int exponent) {
      this.exponent = exponent;
    }

    /** @return the power of ten 兆 stands for: 12 or 6 */
    public int exponent() {
      return exponent;
    }
  }

  /** 兆 = 10^12. */
  public static final NumeralOptions DEFAULT = new NumeralOptions(Zhao.TRILLION);

  private final Zhao zhao;

  private NumeralOptions(Zhao zhao) {
    this.zhao = zhao;
  }

  /** @return what 兆 stands for */
  public Zhao zhao() {
    return zhao;
  }

  /**
   * @param zhao what 兆 stands for
   * @return options like these but with {@code zhao}
   */
  public NumeralOptions withZhao(Zhao zhao) {
    return zhao == this.zhao ? this : new NumeralOptions(Objects.requireNonNull(zhao, "zhao"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NumeralOptions other && other.zhao == zhao;
  }

  @Override
  public int hashCode() {
    return zhao.hashCode();
  }

  @Override
  public String toString() {
    return "NumeralOptions[zhao=" + zhao + "]";
  }
}
