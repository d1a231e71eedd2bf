package io.github.gongbao.core.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Grades claims against hand-checked gold facts with the matching rules of the project's scorer: attr,
 * value (as a decimal), unit (amount) and scope (rank) must agree, and the subjects must agree after
 * dropping filler (containment, or enough shared character bigrams). Each gold fact and each claim
 * matches once. A test utility; the numbers it gives are what the corpus scorer would give.
 */
final class GoldScorer {
  /** The fields of a claim or gold fact that grading looks at. */
  record Row(String subject, String attr, String value, String unit, String scope) {}

  /** Precision, recall and F1 of one grading, with what did not match. */
  record Result(int gold, int claims, int matched, List<Row> misses, List<Row> falses) {
    double precision() {
      return claims == 0 ? 0 : (double) matched / claims;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(String.format("gold %d claims %d matched %d P %.3f R %.3f F1 %.3f",
          gold, claims, matched, precision(), recall(), f1()));
      misses.forEach(m -> sb.append("\n  MISS  ").append(m));
      falses.forEach(f -> sb.append("\n  FALSE ").append(f));
      return sb.toString();
    }
  }

  private static final Pattern FILLER = Pattern.compile(
      "^(全市|全省|全国|全区|全县|我市|我省|我区|我县|本市|其中|今年|去年|上半年|下半年|全年|"
          + "前三季度|一季度|二季度|三季度|四季度|[0-9０-９]+[~～\\-—至]+[0-9０-９]+月份?|[0-9０-９]+月份?|"
          + "[0-9０-９]{4}年)+");
  private static final Pattern PUNCT = Pattern.compile("[\\s“”\"'‘’「」『』《》〈〉（）()、，,。:：；;·]");
  private static final String MEASURE_T = "個臺輛戶筆項條張間座隻萬億噸畝";
  private static final String MEASURE_S = "个台辆户笔项条张间座只万亿吨亩";

  private GoldScorer() {}

  static Result grade(List<Row> gold, List<Row> claims) {
    Set<Integer> used = new HashSet<>();
    List<Row> misses = new ArrayList<>();
    int matched = 0;
    for (Row g : gold) {
      int best = -1;
      double bestScore = -1;
      for (int i = 0; i < claims.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        Row c = claims.get(i);
        if (!sameKey(g, c)) {
          continue;
        }
        double s = subjectScore(g.subject(), c.subject());
        if (s >= 0.5 && s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      if (best < 0) {
        misses.add(g);
      } else {
        used.add(best);
        matched++;
      }
    }
    List<Row> falses = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (!used.contains(i)) {
        falses.add(claims.get(i));
      }
    }
    return new Result(gold.size(), claims.size(), matched, misses, falses);
  }

  private static boolean sameKey(Row g, Row c) {
    String ga = "count".equals(g.attr()) ? "amount" : g.attr();
    String ca = "count".equals(c.attr()) ? "amount" : c.attr();
    if (!ga.equals(ca) || !sameValue(g.value(), c.value())) {
      return false;
    }
    if (ga.equals("amount") && !measure(g.unit()).equals(measure(c.unit()))) {
      return false;
    }
    if (ga.equals("rank") && g.scope() != null) {
      String gs = norm(g.scope());
      String cs = norm(c.scope() == null ? "" : c.scope());
      return gs.equals(cs) || !gs.isEmpty() && !cs.isEmpty() && (gs.contains(cs) || cs.contains(gs));
    }
    return true;
  }

  private static boolean sameValue(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equals("top") || b.equals("top")) {
      return a.equals(b);
    }
    try {
      return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }

  private static String measure(String unit) {
    if (unit == null) {
      return "";
    }
    if (!unit.startsWith("unit:")) {
      return unit;
    }
    StringBuilder sb = new StringBuilder();
    for (char ch : unit.toCharArray()) {
      int k = MEASURE_T.indexOf(ch);
      sb.append(k >= 0 ? MEASURE_S.charAt(k) : ch);
    }
    return sb.toString();
  }

  static String norm(String s) {
    String p = PUNCT.matcher(s == null ? "" : s).replaceAll("");
    String t = FILLER.matcher(p).replaceFirst("");
    return t.isEmpty() ? p : t;
  }

  static double subjectScore(String gold, String claim) {
    String g = norm(gold);
    String c = norm(claim);
    if (g.isEmpty() || c.isEmpty()) {
      return 0;
    }
    if (g.equals(c)) {
      return 1;
    }
    if (g.contains(c) || c.contains(g)) {
      return 0.9;
    }
    Set<String> bg = bigrams(g);
    Set<String> bc = bigrams(c);
    int common = 0;
    for (String x : bg) {
      if (bc.contains(x)) {
        common++;
      }
    }
    return 2.0 * common / (bg.size() + bc.size());
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    if (out.isEmpty()) {
      out.add(s);
    }
    return out;
  }
}
