package io.github.gongbao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongbao.core.extract.ReportParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The word lists are data: every list is read, none is defined twice, and every word survives the fold. */
class LexiconTest {

  @Test
  void everyListIsReadByTheEngine() {
    ReportParser.create().parse("上半年，全市一般公共预算收入79.9亿元，同比增长4.5%，居全省第5位。"); // loads every room
    Set<String> unused = new TreeSet<>(Lexicon.standard().names());
    unused.removeAll(Lexicon.standard().used());
    assertEquals(Set.of(), unused, "lists in lexicon.txt that no room reads");
  }

  @Test
  void aListDefinedTwiceFailsLoading() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("lexicon-list-twice.txt"));
    assertTrue(e.getMessage().contains("rise is defined twice"), e.getMessage());
  }

  @Test
  void aWordRepeatedInAListFailsLoading() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("lexicon-word-twice.txt"));
    assertTrue(e.getMessage().contains("repeats the word 增长"), e.getMessage());
  }

  @Test
  void everyWordIsAFixedPointOfTheFold() {
    List<String> changed = new ArrayList<>();
    for (String name : Lexicon.standard().names()) {
      for (String w : Lexicon.standard().words(name).list()) {
        if (!TextNormalizer.fold(w).equals(w)) {
          changed.add(name + ": " + w + " -> " + TextNormalizer.fold(w));
        }
      }
    }
    assertEquals(List.of(), changed);
  }

  @Test
  void simplifiedTextWithCharactersSharedWithTraditionalIsNotRewritten() {
    assertEquals("显著高于乾坤", TextNormalizer.inspect("显著高于乾坤").text);
    assertEquals("显着高于", TextNormalizer.inspect("顯著高於").text);
  }
}
