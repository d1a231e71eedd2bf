package io.github.gongbao.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * The currency of a bare 元 in one report: the New Taiwan, Hong Kong or Macao dollar when the report is written by
 * their offices or names their currency (marker lists in the lexicon), else yuan. Decided on the first 元 asked about.
 */
final class LocalCurrency {
  private static final String[] LOCAL_CURRENCIES = {"TWD", "HKD", "MOP"};
  private static final Lexicon.Words[] LOCAL_MARKERS = {Lexicon.standard().words("twd_markers"),
      Lexicon.standard().words("hkd_markers"), Lexicon.standard().words("mop_markers")};
  private static final Lexicon.Words ANY_LOCAL_MARKER = Lexicon.standard().union("twd_markers", "hkd_markers",
      "mop_markers");

  private final String t;
  private @Nullable String localYuan;

  LocalCurrency(String folded) {
    this.t = folded;
  }

  /** @return the currency code of a bare 元 in this report */
  String localYuan() {
    if (localYuan == null) {
      localYuan = "CNY";
      // one scan for any office's marker; the lists apart only when one is there (a few reports in a thousand)
      if (ANY_LOCAL_MARKER.occursIn(t) && !t.contains("人民币")) {
        for (int k = 0; k < LOCAL_CURRENCIES.length; k++) {
          if (LOCAL_MARKERS[k].occursIn(t)) {
            localYuan = LOCAL_CURRENCIES[k];
            break;
          }
        }
      }
    }
    return localYuan;
  }

  /**
   * The figure's currency is written 元 alone, not 人民币…元 or 美元, or not at all (60.8亿、66.9亿及59.9亿元 and
   * 珠宝的销售额(103.5亿): money whose unit the list or the subject implies).
   */
  boolean isBareYuan(Item it) {
    if (t.startsWith("人民币", Math.max(0, it.start - 3)) || it.end == 0) {
      return false;
    }
    return t.charAt(it.end - 1) != '元' || it.end < 2 || "美欧日港澳".indexOf(t.charAt(it.end - 2)) < 0;
  }
}
