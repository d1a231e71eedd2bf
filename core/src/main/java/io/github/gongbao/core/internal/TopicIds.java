package io.github.gongbao.core.internal;

import io.github.gongbao.core.catalog.CatalogueEntry;
import io.github.gongbao.core.catalog.IndicatorCatalogue;
import io.github.gongbao.core.place.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The indicator of a subject that names only a part of its topic: a place or a category in a list whose last item
 * carries the head noun (韩国、香港及台湾地区旅客, 太阳能电池、新能源汽车产品产量), a place after 来自 (内地旅客主要来自广东省、
 * 湖南省), a place with an elliptical 的 beside a parallel subject (来自珠海市的旅客…，广州市的则下跌), or a bare head after
 * the subject it belongs to (蔬菜播种面积…，产量106551吨 is 蔬菜产量). Such a subject
 * takes the indicator its head makes with it when the catalogue names that whole (太阳能电池 + 产量 is
 * {@code solar_cell_output}, 香港 + 旅客 is {@code visitor_arrivals_hong_kong}); else, when it is a place, the
 * head's indicator with the place as the breakdown (韩国 of {@code visitor_arrivals}). Whole catalogue names only:
 * a head is a catalogue name that ends the item carrying it, never a word inside one. Stateless.
 */
final class TopicIds {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  private static final Lexicon.Words ORIGINS = Lexicon.standard().words("origins");
  private static final Lexicon.Words GLUE = Lexicon.standard().words("list_glue");
  /** The longest bare head (产量, 播种面积) that takes the words before it from the subject before it. */
  private static final int MAX_BARE_HEAD = 4;
  /** The most items a list can have between a subject and its head; real lists are shorter. */
  private static final int MAX_ITEMS = 12;

  private TopicIds() {}

  /** What a group's subject is, within its topic: the indicator, and the part of it (a place), if any. */
  record Topic(String id, @Nullable String breakdown) {}

  /** A subject's offsets in the folded text; {@code group} is its index among the items. */
  private record Item(int start, int end, int group) {}

  /**
   * @param original the report as given
   * @param t the folded report (same offsets)
   * @param drafts the reader's drafts
   * @param ids the catalogue ids of names looked up so far in this report, shared with the assembly
   * @return the topic of each subject one of the rules gives one, by {@link #spanKey} of the subject's offsets
   */
  static java.util.Map<Long, Topic> of(String original, String t, List<Draft> drafts,
      java.util.Map<String, Optional<String>> ids) {
    java.util.TreeMap<Long, Item> spans = new java.util.TreeMap<>();
    for (Draft d : drafts) {
      if (d.subjectStart >= 0 && d.subjectEnd > d.subjectStart && d.subjectOverride == null
          && d.subjectSuffix.isEmpty() && d.subjectEnd <= t.length() && !d.derived) {
        spans.putIfAbsent(spanKey(d.subjectStart, d.subjectEnd), new Item(d.subjectStart, d.subjectEnd, 0));
      }
    }
    List<Item> items = new ArrayList<>(); // in text order: the keys order by start, then end
    for (Item it : spans.values()) {
      items.add(new Item(it.start(), it.end(), items.size()));
    }
    List<@Nullable Topic> out = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      out.add(null);
    }
    // a report names the same subjects again and again: each name is looked up once
    java.util.Map<String, Boolean> places = new java.util.HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String name = t.substring(item.start(), item.end());
      if (out.get(i) != null) {
        continue; // given by a list it closes
      }
      String asWritten = original.substring(item.start(), item.end());
      Topic topic = fromSharedHead(original, t, items, i, name, asWritten, out);
      boolean place = topic == null && places.computeIfAbsent(name, TopicIds::isPlace);
      boolean hasId = topic == null && ids.computeIfAbsent(name, FactAssembler::catalogueId).isPresent();
      if (topic == null && place && !hasId) {
        topic = fromLaiZi(t, items, i, name, asWritten);
        if (topic == null) {
          topic = fromParallel(original, t, items, i, name, asWritten, out);
        }
      }
      if (topic == null && !place && !hasId && name.length() <= MAX_BARE_HEAD) {
        topic = fromModifierBefore(t, items, i, name);
      }
      if (topic != null) {
        out.set(i, topic);
      }
    }
    java.util.Map<Long, Topic> bySpan = new java.util.HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Topic topic = out.get(i);
      if (topic != null) {
        bySpan.put(spanKey(items.get(i).start(), items.get(i).end()), topic);
      }
    }
    return bySpan;
  }

  /** @return one number for a subject's offsets */
  static long spanKey(int start, int end) {
    return ((long) start << 32) | (end & 0xffffffffL);
  }

  /**
   * 韩国(…)及香港旅客: the list's last item carries the head. The subject takes the indicator its name and the head
   * make together, or, a place, the head's with itself as the breakdown; an item of the form place (的) head gets
   * its place as the breakdown too.
   */
  private static @Nullable Topic fromSharedHead(String original, String t, List<Item> items, int i, String name,
      String asWritten, List<@Nullable Topic> found) {
    int end = items.get(i).end();
    for (int j = i + 1; j < items.size() && j <= i + MAX_ITEMS; j++) {
      Item next = items.get(j);
      if (!isGlue(t, end, next.start())) {
        return null;
      }
      String last = t.substring(next.start(), next.end());
      for (int k = 1; k < last.length(); k++) {
        Optional<CatalogueEntry> whole = CATALOGUE.lookup(name + last.substring(k));
        if (whole.isPresent()) {
          return new Topic(whole.get().id(), null); // 太阳能电池 + 产量, 住宿和餐饮业 + 生产指数
        }
      }
      int headAt = headAt(last);
      if (headAt > 0) {
        if (!isPlace(name)) {
          return null;
        }
        CatalogueEntry head = CATALOGUE.lookup(last.substring(headAt)).orElseThrow();
        int modifierEnd = last.charAt(headAt - 1) == '的' ? headAt - 1 : headAt;
        if (found.get(next.group()) == null && isPlace(last.substring(0, modifierEnd))
            && CATALOGUE.lookup(last).isEmpty()) {
          // 英国的旅客 closing 美国、澳洲…: its place is a breakdown as theirs are
          found.set(next.group(), new Topic(head.id(), original.substring(next.start(), next.start() + modifierEnd)));
        }
        return ofPlace(name, asWritten, head);
      }
      end = next.end();
    }
    return null;
  }

  /** 内地旅客主要来自广东省(…)、湖南省(…): the topic stands before 来自, the places after it. */
  private static @Nullable Topic fromLaiZi(String t, List<Item> items, int i, String name, String asWritten) {
    int first = items.get(i).start();
    for (int j = i - 1; j >= 0 && j >= i - MAX_ITEMS; j--) {
      Item before = items.get(j);
      if (!isGlue(t, before.end(), first) || !isPlace(t.substring(before.start(), before.end()))) {
        break;
      }
      first = before.start();
    }
    int p = first;
    while (p > 0 && Character.isWhitespace(t.charAt(p - 1))) {
      p--;
    }
    if (p < 2 || !t.startsWith("来自", p - 2)) {
      return null;
    }
    int topicEnd = p - 2;
    if (topicEnd >= 2 && t.startsWith("主要", topicEnd - 2)) {
      topicEnd -= 2;
    }
    int topicStart = topicEnd;
    while (topicStart > 0 && ",，;；:：。!?\n\r(".indexOf(t.charAt(topicStart - 1)) < 0) {
      topicStart--;
    }
    Optional<CatalogueEntry> topic = topicStart < topicEnd
        ? CATALOGUE.findIn(t.substring(topicStart, topicEnd)) : Optional.empty();
    return topic.map(e -> ofPlace(name, asWritten, e)).orElse(null);
  }

  /**
   * 来自珠海市的旅客…，广州市的则下跌6.0%: a place followed by 的 and no name of its own takes the head of the
   * nearest subject before it in its sentence that has the form (place) 的 head.
   */
  private static @Nullable Topic fromParallel(String original, String t, List<Item> items, int i, String name,
      String asWritten, List<@Nullable Topic> found) {
    Item item = items.get(i);
    if (item.end() >= t.length() || t.charAt(item.end()) != '的') {
      return null;
    }
    for (int j = i - 1; j >= 0 && j >= i - MAX_ITEMS; j--) {
      Item before = items.get(j);
      if (sentenceBreak(t, before.end(), item.start())) {
        return null;
      }
      String other = t.substring(before.start(), before.end());
      int de = other.lastIndexOf('的');
      if (de > 0 && de + 1 < other.length()) {
        CatalogueEntry head = CATALOGUE.lookup(other.substring(de + 1)).orElse(null);
        if (head != null) {
          String modifier = other.substring(0, de);
          if (isPlace(modifier) && found.get(before.group()) == null) {
            // 珠海市的旅客: 珠海市 of visitor arrivals
            found.set(before.group(), new Topic(head.id(), original.substring(before.start(), before.start() + de)));
          }
          return ofPlace(name, asWritten, head);
        }
      }
    }
    return null;
  }

  /**
   * 农林牧渔业总产值69.93亿元，…，增加值37.90亿元: a bare head (增加值, 产量) takes the modifier of a subject before it in
   * its sentence, the nearest one, when the two make a catalogue name (农林牧渔业增加值); its longest modifier.
   */
  private static @Nullable Topic fromModifierBefore(String t, List<Item> items, int i, String name) {
    Item item = items.get(i);
    if (i == 0) {
      return null;
    }
    Item before = items.get(i - 1);
    if (before.end() > item.start() || sentenceBreak(t, before.end(), item.start())) {
      return null;
    }
    String other = t.substring(before.start(), before.end());
    for (int k = other.length(); k >= 2; k--) {
      Optional<CatalogueEntry> whole = CATALOGUE.lookup(other.substring(0, k) + name);
      if (whole.isPresent()) {
        return new Topic(whole.get().id(), null); // 蔬菜播种面积 → 蔬菜产量; 果用瓜 → 果用瓜产量
      }
    }
    return null;
  }

  /** The indicator of {@code head} for a place: a catalogue name of the place and the head, else a breakdown. */
  private static Topic ofPlace(String place, String asWritten, CatalogueEntry head) {
    for (String n : head.names()) {
      Optional<CatalogueEntry> whole = CATALOGUE.lookup(place + n);
      if (whole.isPresent()) {
        return new Topic(whole.get().id(), null); // 香港 + 旅客 is visitor_arrivals_hong_kong
      }
    }
    return new Topic(head.id(), asWritten);
  }

  /**
   * Where the longest catalogue name that ends {@code item} after a word of its own starts (旅客 of 台湾地区旅客, of
   * 英国的旅客); 0 when none does.
   */
  private static int headAt(String item) {
    for (int k = 1; k < item.length(); k++) {
      if (item.charAt(k) != '的' && CATALOGUE.lookup(item.substring(k)).isPresent()) {
        return k;
      }
    }
    return 0;
  }

  /** Whether {@code [from, to)} holds only what separates the items of a list: 、, commas, 及, asides in brackets. */
  private static boolean isGlue(String t, int from, int to) {
    if (from > to) {
      return false;
    }
    int p = from;
    boolean separated = false; // 52个项目总投资: two subjects side by side are no list
    while (p < to) {
      char c = t.charAt(p);
      if (c == '、' || c == ',' || c == '，') {
        separated = true;
        p++;
      } else if (Character.isWhitespace(c) || c == '\u3000') {
        p++;
      } else if (c == '(') {
        int close = t.indexOf(')', p);
        if (close < 0 || close >= to) {
          return false;
        }
        p = close + 1; // ( 61,573人次 ): an item's figure
      } else {
        String w = GLUE.startingAt(t, p, to);
        if (w == null) {
          return false;
        }
        separated = true;
        p += w.length();
      }
    }
    return separated;
  }

  private static boolean sentenceBreak(String t, int from, int to) {
    for (int p = from; p < to; p++) {
      char c = t.charAt(p);
      if (c == '。' || c == '\n' || c == '\r' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /** A division's name (广东省, 香港), one with 地区 (台湾地区), or a place outside the gazetteer (韩国). */
  static boolean isPlace(String name) {
    if (name.length() < 2) {
      return false;
    }
    if (ORIGINS.contains(name)) {
      return true;
    }
    String n = name.endsWith("地区") && name.length() > 3 ? name.substring(0, name.length() - 2) : name;
    return !Gazetteer.standard().lookup(n).isEmpty();
  }
}
