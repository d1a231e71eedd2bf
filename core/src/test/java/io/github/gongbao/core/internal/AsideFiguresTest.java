package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gongbao.units.internal.NumberScanner;
import io.github.gongbao.units.internal.NumberToken;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The bracketed-figures room: 百货商品(26.3亿)、皮具(18.9亿)的销售额…, taken out of the clause and paired with the run. */
class AsideFiguresTest {
  /** The clause's items as the engine makes them: every token the figures room keeps. */
  private static List<Item> items(String t) {
    FigureClassifier figures = new FigureClassifier(t);
    List<Item> items = new ArrayList<>();
    for (NumberToken tok : NumberScanner.scan(t)) {
      Item it = figures.classify(tok, 0, t.length()).item();
      if (it != null) {
        items.add(it);
      }
    }
    return items;
  }

  /** figure | the name's words | the name its claims take | kind | implied yuan. */
  private static List<String> show(String t, List<AsideFigures.Aside> asides) {
    return asides.stream().map(a -> t.substring(a.item().start, a.item().end) + "|" + t.substring(a.nameStart(),
        a.nameEnd()) + "|" + a.name() + "|" + a.item().kind + "|" + a.item().impliedYuan).collect(Collectors.toList());
  }

  private static List<String> figures(String t, List<Item> items) {
    return items.stream().map(it -> t.substring(it.start, it.end) + "|" + it.kind).collect(Collectors.toList());
  }

  /** Takes the asides of clause {@code t}, then drops the bare numbers left (百 of 百货) as the engine does. */
  private static List<AsideFigures.Aside> take(String t, List<Item> items, @Nullable String topic) {
    List<AsideFigures.Aside> asides = new AsideFigures(t, new LeadFrames(t)).take(0, t.length(), items, topic);
    items.removeIf(x -> x.kind == Item.Kind.BARE && !x.ratio);
    return asides;
  }

  private static final String BREAKDOWN = "百货商品(26.3亿)、皮具(18.9亿)及化妆品(21.4亿)的销售额分别上升12.7%、8.5%及5.9%";

  @Test
  void eachBracketedFigureIsTheAmountOfItsNameWithTheHeadAfterTheList() {
    List<Item> items = items(BREAKDOWN);
    List<AsideFigures.Aside> asides = take(BREAKDOWN, items, null);
    assertEquals(List.of("26.3亿|百货商品|百货商品销售额|AMOUNT|true", "18.9亿|皮具|皮具销售额|AMOUNT|true",
        "21.4亿|化妆品|化妆品销售额|AMOUNT|true"), show(BREAKDOWN, asides));
    // taken out of the clause's items: the run of growth rates is left
    assertEquals(List.of("12.7%|PCT", "8.5%|PCT", "5.9%|PCT"), figures(BREAKDOWN, items));
  }

  @Test
  void aRunOfAsManyFiguresPairsWithTheNamesInOrder() {
    List<Item> items = items(BREAKDOWN);
    List<AsideFigures.Aside> asides = take(BREAKDOWN, items, null);
    int[] subj = {0, BREAKDOWN.indexOf("分别")};
    ListPairing.Pairing p = AsideFigures.pairing(asides, items, subj);
    if (p == null || p.listSubjects() == null) {
      throw new AssertionError("no pairing");
    }
    assertEquals(List.of("百货商品", "皮具", "化妆品"), p.listSubjects().stream()
        .map(s -> BREAKDOWN.substring(s[0], s[1])).collect(Collectors.toList()));
    assertEquals(List.of("百货商品销售额", "皮具销售额", "化妆品销售额"), p.names());
  }

  @Test
  void oneBracketedFigureNamesEveryFigureOfTheRun() {
    String t = "汽车(9.8亿)的零售额上升3.2%,增幅比上月扩大1.1个百分点";
    List<Item> items = items(t);
    List<AsideFigures.Aside> asides = take(t, items, null);
    assertEquals(List.of("9.8亿|汽车|汽车零售额|AMOUNT|true"), show(t, asides));
    assertEquals(List.of("3.2%|PCT", "1.1个百分点|PP"), figures(t, items));
    ListPairing.Pairing p = AsideFigures.pairing(asides, items, new int[] {0, t.indexOf("上升")});
    assertEquals(new ListPairing.Pairing(null, List.of("汽车零售额", "汽车零售额")), p);
  }

  @Test
  void withoutAHeadAfterTheListTheTopicsHeadIsTaken() {
    String t = "汽车(9.8亿)下跌17.3%";
    List<Item> items = items(t);
    assertEquals(List.of("9.8亿|汽车|汽车销售额|AMOUNT|true"), show(t, take(t, items, "零售业的销售额")));
    assertEquals(List.of("17.3%|PCT"), figures(t, items));
  }

  @Test
  void aLaterListWithoutAHeadTakesTheLastListsHead() {
    String t = "珠宝(12.6亿)的销售额上升4.1%;服装(30.2亿)下跌2.2%";
    AsideFigures room = new AsideFigures(t, new LeadFrames(t));
    int split = t.indexOf(';');
    List<Item> firstItems = new ArrayList<>(items(t).subList(0, 2));
    assertEquals(List.of("12.6亿|珠宝|珠宝销售额|AMOUNT|true"), show(t, room.take(0, split, firstItems, null)));
    List<Item> secondItems = new ArrayList<>(items(t).subList(2, 4));
    assertEquals(List.of("30.2亿|服装|服装销售额|AMOUNT|true"),
        show(t, room.take(split + 1, t.length(), secondItems, "进出口总值")));
  }

  @Test
  void aNameWithAHeadOfItsOwnKeepsIt() {
    String t = "新开工项目(126个),完成投资85.3亿元";
    List<Item> items = items(t);
    assertEquals(List.of("126个|新开工项目|新开工项目|AMOUNT|false"), show(t, take(t, items, null)));
    assertEquals(List.of("85.3亿元|AMOUNT"), figures(t, items));
  }

  @Test
  void aBareNumberThatIsNoMoneyIsNoFigure() {
    String t = "规上企业(1.2万)的户数增长6.5%";
    List<Item> items = items(t);
    assertEquals(List.of(), show(t, take(t, items, null)));
    assertEquals(List.of("6.5%|PCT"), figures(t, items));
  }

  @Test
  void clausesWithoutANameBeforeTheBracketKeepTheirItems() {
    String t = "车(2.5亿)的销售额增长1.3%"; // one character is no name
    List<Item> items = items(t);
    assertEquals(List.of(), new AsideFigures(t, new LeadFrames(t)).take(0, t.length(), items, null));
    assertEquals(List.of("2.5亿|BARE", "1.3%|PCT"), figures(t, items));
    String plain = "社会消费品零售总额56.7亿元,增长4.1%";
    List<Item> plainItems = items(plain);
    assertEquals(List.of(), new AsideFigures(plain, new LeadFrames(plain)).take(0, plain.length(), plainItems, null));
    assertEquals(figures(plain, items(plain)), figures(plain, plainItems)); // untouched, 零 of 零售 included
  }

  @Test
  void noPairingWhenTheSubjectDoesNotHoldTheBracketsOrTheCountsDiffer() {
    List<Item> items = items(BREAKDOWN);
    List<AsideFigures.Aside> asides = take(BREAKDOWN, items, null);
    assertNull(AsideFigures.pairing(asides, items, null));
    assertNull(AsideFigures.pairing(List.of(), items, new int[] {0, BREAKDOWN.length()}));
    int afterList = BREAKDOWN.indexOf("的销售额");
    assertNull(AsideFigures.pairing(asides, items, new int[] {afterList, BREAKDOWN.length()}));
    assertNull(AsideFigures.pairing(asides, items, new int[] {0, BREAKDOWN.indexOf("皮具")}));
    assertNull(AsideFigures.pairing(asides, items.subList(0, 2), new int[] {0, afterList}));
  }

  @Test
  void aLoneRunFigureWithALoneAsideTakesItsName() {
    String t = "家用电器(15.4亿)的销售额增长8.8%";
    List<Item> items = items(t);
    List<AsideFigures.Aside> asides = take(t, items, null);
    ListPairing.Pairing p = AsideFigures.pairing(asides, items, new int[] {0, t.indexOf("增长")});
    assertEquals(new ListPairing.Pairing(null, List.of("家用电器销售额")), p);
  }
}
