package io.github.gongbao.units.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Classifies the characters numerals are written with, through one table lookup per character.
 *
 * <pre>{@code
 * int code = NumeralChars.code('萬');          // kind(code) == BIG, value(code) == 4 (10^4)
 * int d = NumeralChars.value(NumeralChars.code('贰'));   // 2
 * }</pre>
 *
 * <p>The table is built once, at class initialisation, from ICU4J's Unicode data: every CJK unified
 * ideograph whose {@link UCharacter#getUnicodeNumericValue(int) numeric value} is a digit, ten, a hundred, a
 * thousand or a big unit (10^4, 10^8, 10^12, 10^16) is a numeral character, so Simplified, Traditional and
 * financial forms (万 萬, 两 兩, 贰 貳, 拾 佰 仟) need no table of their own. Full-width forms (０–９, ．,
 * ，, －) are folded with ICU's NFKC normaliser. Only the non-numeric markers (点 負 分 之 又 and the
 * approximation words) are listed by hand, with their Traditional forms; a test checks those against ICU's
 * Simplified-Traditional transliterator. Parsing itself never calls ICU.
 *
 * <p>Stateless and thread safe. Not API: the layout of the codes may change.
 */
public final class NumeralChars {
  /** Not a numeral character. */
  public static final int OTHER = 0;
  /** A Chinese digit 〇 零 一 … 九, 两 兩 幺 and financial 壹 … 玖; value 0–9. */
  public static final int DIGIT = 1;
  /** An ASCII or full-width digit; value 0–9. */
  public static final int ARABIC = 2;
  /** 十 百 千 and financial 拾 佰 仟; value is the exponent 1–3. */
  public static final int SMALL = 3;
  /** 万 萬 亿 億 京; value is the exponent 4, 8 or 16. */
  public static final int BIG = 4;
  /** 兆, whose exponent depends on the options (12 or 6). */
  public static final int ZHAO = 5;
  /** 廿 卅 卌; value is the tens digit 2–4. */
  public static final int TENS = 6;
  /** 点 點. */
  public static final int CN_POINT = 7;
  /** '.' and full-width '．'. */
  public static final int AR_POINT = 8;
  /** ',' and full-width '，' between digit groups. */
  public static final int SEPARATOR = 9;
  /** '-', '－', '−', '﹣', 负, 負. */
  public static final int MINUS = 10;
  /** '+' and '＋'. */
  public static final int PLUS = 11;
  /** 分, of 三分之一. */
  public static final int FEN = 12;
  /** 之, of 三分之一. */
  public static final int ZHI = 13;
  /** 又, of 一又三分之一. */
  public static final int YOU = 14;
  /** White space, ASCII or ideographic. */
  public static final int SPACE = 15;
  /** 余 餘 多 几 幾 约 約: words that make a number approximate. */
  public static final int APPROX = 16;

  /**
   * Characters whose Unicode numeric value is a digit but which reports use as ordinary words: telephone
   * and radio readings (洞 0, 拐 7, 钩 鈎 9; 幺 1 is kept, it is common in numerals), 漆 (paint), 什 (什么), 陌 阡 (paths), 参 (参加), 廾.
   */
  private static final String NOT_NUMERALS = "洞拐钩鈎漆什陌阡参廾";

  /** Simplified and Traditional forms of the markers that have no Unicode numeric value. */
  static final String POINTS = "点點";

  static final String MINUSES = "负負−";
  static final String APPROXIMATIONS = "余餘多几幾约約";

  private static final short[] TABLE = build();

  private NumeralChars() {}

  /** @return the code of {@code ch}: its kind in the high bits, its value in the low five bits */
  public static int code(char ch) {
    return TABLE[ch];
  }

  /** @return the kind of a {@link #code(char) code}, one of the constants above */
  public static int kind(int code) {
    return code >>> 5;
  }

  /** @return the value of a {@link #code(char) code}: a digit, an exponent or a tens digit */
  public static int value(int code) {
    return code & 31;
  }

  /** @return the kind of {@code ch}, one of the constants above */
  public static int kind(char ch) {
    return TABLE[ch] >>> 5;
  }

  private static short[] build() {
    short[] t = new short[0x10000];
    for (char c = '0'; c <= '9'; c++) {
      t[c] = pack(ARABIC, c - '0');
    }
    t['.'] = pack(AR_POINT, 0);
    t[','] = pack(SEPARATOR, 0);
    t['-'] = pack(MINUS, 0);
    t['+'] = pack(PLUS, 0);
    for (int c = 0; c < 0x3100; c++) {
      if (UCharacter.isWhitespace(c) || c == 0xA0 || c == 0x3000) {
        t[c] = pack(SPACE, 0);
      }
    }
    // Full-width and small forms fold to the ASCII character they stand for.
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    for (int c = 0xFE50; c <= 0xFFEF; c++) {
      String folded = nfkc.normalize(String.valueOf((char) c));
      if (folded.length() == 1 && folded.charAt(0) < 0x80) {
        t[c] = t[folded.charAt(0)];
      }
    }
    t['〇'] = pack(DIGIT, 0);
    t['○'] = pack(DIGIT, 0); // U+25CB, the white circle that Taiwanese text writes for zero (四五二○億)
    for (int c = 0x4E00; c <= 0x9FFF; c++) {
      t[c] = classifyIdeograph(c);
    }
    for (int i = 0; i < NOT_NUMERALS.length(); i++) {
      t[NOT_NUMERALS.charAt(i)] = 0;
    }
    mark(t, POINTS, CN_POINT);
    mark(t, MINUSES, MINUS);
    mark(t, APPROXIMATIONS, APPROX);
    mark(t, "分", FEN);
    mark(t, "之", ZHI);
    mark(t, "又", YOU);
    return t;
  }

  private static void mark(short[] t, String chars, int kind) {
    for (int i = 0; i < chars.length(); i++) {
      t[chars.charAt(i)] = pack(kind, 0);
    }
  }

  /** Uses the Unicode numeric value only to classify; the values kept are small integers. */
  private static short classifyIdeograph(int c) {
    double v = UCharacter.getUnicodeNumericValue(c);
    if (v == UCharacter.NO_NUMERIC_VALUE || v < 0 || v != Math.rint(v)) {
      return 0;
    }
    if (v <= 9) {
      return pack(DIGIT, (int) v);
    }
    if (v == 20 || v == 30 || v == 40) {
      return pack(TENS, (int) v / 10);
    }
    int exp = exponentOfTen(v);
    if (exp >= 1 && exp <= 3) {
      return pack(SMALL, exp);
    }
    if (exp == 12) {
      return pack(ZHAO, 12);
    }
    if (exp == 4 || exp == 8 || exp == 16) {
      return pack(BIG, exp);
    }
    return 0;
  }

  private static int exponentOfTen(double v) {
    int exp = 0;
    double p = 1;
    while (p < v && exp < 20) {
      p *= 10;
      exp++;
    }
    return p == v ? exp : -1;
  }

  private static short pack(int kind, int value) {
    return (short) (kind << 5 | value);
  }
}
