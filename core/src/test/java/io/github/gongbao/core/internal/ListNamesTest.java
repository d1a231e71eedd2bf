package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The list-names room: the parts a subject lists, the subjects of a run, and the head noun the parts share. */
class ListNamesTest {
  private static ListNames names(String t) {
    return new ListNames(t, new LeadFrames(t));
  }

  private static int[] whole(String t) {
    return new int[] {0, t.length()};
  }

  private static @Nullable List<String> texts(String t, @Nullable List<int[]> spans) {
    if (spans == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int[] s : spans) {
      out.add(t.substring(s[0], s[1]));
    }
    return out;
  }

  private static @Nullable List<String> sharedParts(String t) {
    return texts(t, names(t).sharedParts(whole(t)));
  }

  private static @Nullable List<String> listSubjects(String t, int n) {
    return texts(t, names(t).listSubjects(0, 0, 0, whole(t), n));
  }

  /** The names each part takes with the shared head, for the parts {@link ListNames#sharedParts} finds. */
  private static @Nullable List<@Nullable String> sharedHead(String t) {
    ListNames names = names(t);
    List<int[]> parts = names.sharedParts(whole(t));
    if (parts == null) {
      throw new AssertionError("no parts in " + t);
    }
    String[] heads = names.sharedHead(parts);
    return heads == null ? null : Arrays.asList(heads);
  }

  @Test
  void partsSplitAtEnumerationCommas() {
    assertEquals(List.of("项目数", "资金数"), sharedParts("项目数、资金数"));
    assertEquals(List.of("粮食", "油料", "蔬菜"), sharedParts("粮食、油料、蔬菜"));
  }

  @Test
  void partsSplitAtAndWhenNoPartIsAnIndustry() {
    assertEquals(List.of("项目数", "投资额"), sharedParts("项目数和投资额"));
    assertEquals(List.of("出口", "进口"), sharedParts("出口与进口"));
    assertEquals(List.of("城乡居民收入", "支出"), sharedParts("城乡居民收入及支出"));
    assertEquals(List.of("交通", "通信", "居住"), sharedParts("交通、通信和居住"));
  }

  @Test
  void anIndustryJoinedByAndIsOneName() {
    assertNull(sharedParts("住宿和餐饮业增加值"));
    assertEquals(List.of("批发和零售业", "住宿和餐饮业"), sharedParts("批发和零售业、住宿和餐饮业"));
  }

  @Test
  void anAndTooNearAnEndDoesNotSplit() {
    assertNull(sharedParts("水和电价")); // one character before 和
    assertNull(sharedParts("收入和税")); // one character after 和
  }

  @Test
  void framesAtAPartsStartAreLeftOut() {
    assertEquals(List.of("进出口", "社会消费品零售总额"), sharedParts("全市进出口和社会消费品零售总额"));
  }

  @Test
  void onePartIsNoList() {
    assertNull(sharedParts("地区生产总值"));
  }

  @Test
  void listSubjectsAreThePartsBetweenEnumerationCommasWhenTheyMatchTheRun() {
    assertEquals(List.of("建陶", "电瓷", "工艺品"), listSubjects("建陶、电瓷、工艺品", 3));
    assertEquals(List.of("批发和零售业", "住宿和餐饮业"), listSubjects("批发和零售业、住宿和餐饮业", 2));
    assertEquals(List.of("粮食", "油料"), listSubjects("全县粮食、油料", 2));
  }

  @Test
  void listSubjectsThatDoNotMatchTheRunAreNull() {
    assertNull(listSubjects("建陶、电瓷、工艺品", 2));
    assertNull(listSubjects("建陶、电瓷、工艺品", 4));
    assertNull(names("建陶").listSubjects(0, 0, 0, null, 1));
  }

  @Test
  void theLastPartsHeadGoesToTheHeadlessParts() {
    assertEquals(Arrays.asList("医疗保健价格", "居住价格", "交通价格", null), sharedHead("医疗保健、居住、交通和通信价格"));
  }

  @Test
  void aCategoryHeadKeepsItsCategoryWord() {
    assertEquals(Arrays.asList("交通类价格", "通信类价格", null), sharedHead("交通、通信和居住类价格"));
  }

  @Test
  void whatFollowsOfIsTheHeadOfAll() {
    assertEquals(Arrays.asList("食品销售量", null), sharedHead("食品及饮料的销售量"));
  }

  @Test
  void aOneCharacterHeadIsNotShared() {
    assertNull(sharedHead("建陶、电瓷、工艺品"));
  }

  @Test
  void aLastPartThatIsOnlyItsHeadSharesNothing() {
    assertNull(sharedHead("进口、出口"));
  }

  @Test
  void partsWithHeadsOfTheirOwnTakeNone() {
    assertNull(sharedHead("工业投资、民间投资和基础设施投资"));
  }
}
