package io.github.gongbao.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  private static String content(String s) throws IOException {
    StringBuilder b = new StringBuilder();
    HtmlText.content(s, b);
    return b.toString();
  }

  private static String jsonString(String s) throws IOException {
    StringBuilder b = new StringBuilder();
    HtmlText.jsonString(s, b);
    return b.toString();
  }

  @Test
  void contentEscapesTheThreeMarkupCharacters() throws IOException {
    assertEquals("a&lt;/textarea&gt;&amp;lt;b\"'", content("a</textarea>&lt;b\"'"));
    assertEquals("增长6.1%", content("增长6.1%"));
  }

  @Test
  void jsonStringsLeaveNoMarkupAndReadBackEqual() throws IOException {
    String tricky = "</script><!-- \"q\" \\ \n\t\u0001 \u2028\u2029 & > 𠀀 \uD800";
    String json = jsonString(tricky);
    assertEquals(-1, json.indexOf('<'));
    assertEquals(-1, json.indexOf('>'));
    assertEquals(-1, json.indexOf('&'));
    assertEquals(-1, json.indexOf('\u2028'));
    assertEquals(tricky, new ObjectMapper().readValue(json, String.class));
  }

  @Test
  void jsonTextKeepsItsMeaning() throws IOException {
    String json = "{\"subject\":\"</script>收入\",\"n\":1}";
    StringBuilder b = new StringBuilder();
    HtmlText.json(json, b);
    assertEquals("{\"subject\":\"\\u003c/script\\u003e收入\",\"n\":1}", b.toString());
    ObjectMapper m = new ObjectMapper();
    assertEquals(m.readTree(json), m.readTree(b.toString()));
  }
}
