package io.github.gongbao.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading a gazetteer file of its own: the format, and an error message for every way a line can be wrong. */
class GazetteerLoaderTest {
  private static final String HEADER = "# code\tparent\tlevel\tname\ttraditional\tshort\n";
  private static final String HENAN = "410000\t-\tprovince\t河南省\t河南省\t河南\n";
  private static final String JIAOZUO = "410800\t410000\tprefecture\t焦作市\t焦作市\t焦作\n";

  private static Gazetteer load(String text) {
    return Gazetteer.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  private static String error(String text) {
    return assertThrows(IllegalStateException.class, () -> load(text)).getMessage();
  }

  @Test
  void loadsASmallFile() {
    Gazetteer g = load("\uFEFF" + HEADER + "\n" + HENAN + JIAOZUO + "410825\t410800\tcounty\t温县\t溫縣\t-\n");
    assertEquals(3, g.divisions().size());
    assertEquals("410825", g.resolve("溫縣").division().orElseThrow().code());
    assertEquals(List.of("焦作"), g.byCode("410800").orElseThrow().shortNames());
    assertEquals("Gazetteer[3 divisions]", g.toString());
  }

  @Test
  void wrongNumberOfFields() {
    assertEquals("test.tsv:2: expected 6 tab-separated fields (code, parent, level, name, traditional, short), found 5",
        error(HEADER + "410000\t-\tprovince\t河南省\t河南省\n"));
  }

  @Test
  void badCode() {
    assertEquals("test.tsv:2: code '41000' is not six digits", error(HEADER + "41000\t-\tprovince\t河南省\t河南省\t-\n"));
  }

  @Test
  void unknownLevel() {
    assertEquals("test.tsv:2: unknown level 'city' (expected province, prefecture or county)",
        error(HEADER + "410000\t-\tcity\t河南省\t河南省\t-\n"));
  }

  @Test
  void provinceWithAParentOrOtherLevelWithout() {
    assertEquals("test.tsv:2: 410000: a province-level division has no parent",
        error(HEADER + "410000\t100000\tprovince\t河南省\t河南省\t-\n"));
    assertEquals("test.tsv:3: 410800: a prefecture-level division needs a parent code",
        error(HEADER + HENAN + "410800\t-\tprefecture\t焦作市\t焦作市\t-\n"));
  }

  @Test
  void duplicateCode() {
    assertEquals("test.tsv:3: duplicate code 410000 (first defined on line 2)", error(HEADER + HENAN + HENAN));
  }

  @Test
  void missingParent() {
    assertEquals("test.tsv:2: parent 410800 of 410825 (温县) is not in the file",
        error(HEADER + "410825\t410800\tcounty\t温县\t溫縣\t-\n" + HENAN));
  }

  @Test
  void parentOnTheSameOrALowerLevel() {
    assertEquals("test.tsv:4: 410825 (prefecture) cannot belong to 410800 (prefecture)",
        error(HEADER + HENAN + JIAOZUO + "410825\t410800\tprefecture\t温县\t溫縣\t-\n"));
  }

  @Test
  void parentInAnotherProvince() {
    assertEquals("test.tsv:3: 420800 and its parent 410000 lie in different provinces",
        error(HEADER + HENAN + "420800\t410000\tprefecture\t荆门市\t荊門市\t-\n"));
  }

  @Test
  void shortNameOfOneCharacter() {
    assertEquals("test.tsv:2: short name '温' of 410825 is shorter than two characters",
        error(HEADER + "410825\t410800\tcounty\t温县\t溫縣\t温\n"));
  }

  @Test
  void blankName() {
    assertEquals("test.tsv:2: 410000: name and traditional name must not be blank",
        error(HEADER + "410000\t-\tprovince\t \t河南省\t-\n"));
  }

  @Test
  void emptyFile() {
    assertEquals("test.tsv: no divisions in the file", error(HEADER));
  }
}
