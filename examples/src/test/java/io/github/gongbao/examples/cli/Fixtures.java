package io.github.gongbao.examples.cli;

/** Short reports written for these tests, in both scripts (the same sentences). */
final class Fixtures {
  private Fixtures() {}

  static final String SIMPLIFIED = "全市一般公共预算收入79.9亿元，同比增长4.5%，其中税收收入56.1亿元，"
      + "占一般公共预算收入的比重为70.2%。规模以上工业增加值同比增长8.1%，增速居全省第3位。"
      + "城镇新增就业3.2万人。技改投资增长33.3%，高于工业投资增速20.1个百分点。";

  static final String TRADITIONAL = "全市一般公共預算收入79.9億元，同比增長4.5%，其中稅收收入56.1億元，"
      + "佔一般公共預算收入的比重為70.2%。規模以上工業增加值同比增長8.1%，增速居全省第3位。"
      + "城鎮新增就業3.2萬人。技改投資增長33.3%，高於工業投資增速20.1個百分點。";

  /** Claims stated in both fixtures: subjectSimplified, attr, value, unit. */
  static final String[][] EXPECTED = {
    {"一般公共预算收入", "amount", "7990000000", "CNY"},
    {"一般公共预算收入", "yoy_pct", "4.5", null},
    {"税收收入", "amount", "5610000000", "CNY"},
    {"税收收入", "share_pct", "70.2", null},
    {"规模以上工业增加值", "yoy_pct", "8.1", null},
    {"规模以上工业增加值", "rank", "3", null},
    {"城镇新增就业", "amount", "32000", "person"},
    {"技改投资", "yoy_pct", "33.3", null},
    {"技改投资", "pp_vs", "20.1", null},
  };
}
