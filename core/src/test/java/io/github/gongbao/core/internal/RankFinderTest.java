package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ranks room on its own: every rank phrase of a clause, with position or tier and scope, and nothing else. */
class RankFinderTest {
  private static List<String> ranks(String clause) {
    List<Item> items = new ArrayList<>();
    RankFinder f = new RankFinder(clause);
    f.findRanks(0, clause.length(), items);
    f.findFlat(0, clause.length(), items);
    return items.stream().map(i -> clause.substring(i.start, i.end) + "|" + (i.rankPos != null ? i.rankPos
        : i.rankTier != null ? i.rankTier : "flat:" + i.flatAgainst) + "|" + i.rankScope).collect(Collectors.toList());
  }

  @Test
  void positionTierAndScope() {
    assertEquals(List.of("居全省第3位|3|全省"), ranks("工业投资增速居全省第3位"));
    assertEquals(List.of("位居全市前列|前列|全市"), ranks("增速位居全市前列"));
  }

  @Test
  void aPeerGroupIsTheScope() {
    assertEquals(List.of("全市9个县市区中排第2|2|全市9个县市区"), ranks("农村居民收入增速在全市9个县市区中排第2"));
  }

  @Test
  void aMovementGivesBothRanks() {
    assertEquals(List.of("由全省第7位|7|全省", "跃升至第3位|3|null"), ranks("营商环境评价由全省第7位跃升至第3位"));
  }

  @Test
  void ordinalsThatAreNotRanks() {
    assertEquals(List.of(), ranks("第一产业增加值增长3%，第二季度回落"));
    assertEquals(List.of(), ranks("工业投资增速居全省第1234位"));
  }

  @Test
  void flatAgainstABenchmark() {
    assertEquals(List.of("与全省持平|flat:全省|null"), ranks("服务业增加值增速与全省持平"));
  }
}
