package io.github.gongbao.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongbao.core.model.Claim;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tables flattened into text: rows with | between cells, or one cell a line, on tables written for these tests. */
class FlattenedTablesTest {
  private static final ReportParser PARSER = ReportParser.create();

  private static List<String> rows(String text) {
    return PARSER.parse(text).claims().stream().map(FlattenedTablesTest::row).collect(Collectors.toList());
  }

  private static String row(Claim c) {
    return c.subjectSimplified() + "|" + c.attr().code() + "|" + c.value() + "|" + c.unit().orElse("");
  }

  @Test
  void pipeRowsWithTheUnitOnALineAbove() {
    assertEquals(List.of("房产税|amount|12300000|CNY", "房产税|yoy_pct|4.2|", "印花税|amount|5600000|CNY",
        "印花税|yoy_pct|-3.1|"),
        rows("附表：税收收入分项\n单位：万元\n项目 | 完成数 | 同比增长(%)\n房产税 | 1,230 | 4.2\n印花税 | 560 | -3.1\n"));
  }

  @Test
  void oneCellALineWithTheUnitInTheHeader() {
    assertEquals(List.of("农业|amount|1230000000|CNY", "农业|yoy_pct|3.5|", "渔业|amount|210000000|CNY",
        "渔业|yoy_pct|-1.2|"),
        rows("表2 分行业产值\n行业\n产值（亿元）\n比上年增长（%）\n农业\n12.3\n3.5\n渔业\n2.1\n-1.2\n"));
  }

  @Test
  void aRowThatRestatesTheProseIsOneClaim() {
    assertEquals(List.of("契税|amount|79300000|CNY", "契税|yoy_pct|-18.4|"),
        rows("契税7,930万元，下降18.4%。\n单位：万元\n项目 | 完成数 | 增长(%)\n契税 | 7,930 | -18.4\n"));
  }

  @Test
  void proseWithBarsIsNotATable() {
    assertEquals(List.of(), rows("网站导航 | 首页 | 政务公开 | 联系我们\n"));
  }
}
