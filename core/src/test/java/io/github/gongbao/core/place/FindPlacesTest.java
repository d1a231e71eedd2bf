package io.github.gongbao.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Gazetteer#findPlaces(CharSequence)} on short texts: whole lists asserted, offsets included. */
class FindPlacesTest {
  private static final Gazetteer G = Gazetteer.standard();

  /** Each match as "start-end asWritten code[,code]" and a "~" for short names. */
  private static List<String> found(String text) {
    List<PlaceMatch> ms = G.findPlaces(text);
    for (PlaceMatch m : ms) {
      assertEquals(m.asWritten(), text.substring(m.start(), m.end()));
    }
    return ms.stream().map(m -> m.start() + "-" + m.end() + " " + m.asWritten() + (m.shortName() ? "~ " : " ")
        + String.join(",", m.candidates().stream().map(Division::code).toList())).toList();
  }

  @Test
  void fullNamesWithOffsets() {
    assertEquals(List.of("3-6 梧州市 450400"), found("3月份梧州市CPI同比上涨2.7%"));
    assertEquals(List.of("0-3 中站区 410803", "4-6 温县 410825"), found("中站区和温县"));
  }

  @Test
  void theLongestNameWins() {
    assertEquals(List.of("0-4 三门峡市 411200"), found("三门峡市经济"));
    assertEquals(List.of("0-10 黔东南苗族侗族自治州 522600"), found("黔东南苗族侗族自治州"));
    assertEquals(List.of("1-4 贵州省 520000", "7-11 黔东南州~ 522600", "11-14 黄平县 522622"),
        found("(贵州省)关于黔东南州黄平县"));
  }

  @Test
  void traditionalTextFindsSimplifiedDivisions() {
    assertEquals(List.of("8-10 焦作~ 410800"), found("這是今年上半年的焦作奮力拼搏"));
    assertEquals(List.of("0-2 臺灣~ 710000", "3-5 澳門~ 820000"), found("臺灣與澳門"));
  }

  @Test
  void sharedNamesListEveryCandidate() {
    assertEquals(List.of("0-3 朝阳区 110105,220104"), found("朝阳区"));
  }

  @Test
  void countyShortNamesAndWordLikeNamesAreNotPlaces() {
    assertEquals(List.of(), found("中站经济和平发展")); // 中站, 和平: county short names
    assertEquals(List.of(), found("中心城区面积扩大，近郊区和矿区"));
    assertEquals(List.of(), found("培育朝阳产业，确保长治久安"));
    assertEquals(List.of(), found("全市上下，我县，全省"));
  }

  @Test
  void shortNamesOfProvincesAndPrefecturesAreFound() {
    List<PlaceMatch> ms = G.findPlaces("浙江居民收入");
    assertEquals(1, ms.size());
    assertTrue(ms.get(0).shortName());
    assertTrue(ms.get(0).isUnambiguous());
    assertFalse(G.findPlaces("浙江省").get(0).shortName());
  }
}
