package io.github.gongbao.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractHtmlTest {
  @TempDir Path dir;

  private Path write(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p;
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void htmlFormatWritesOnePageWithAClaimPerClaimsLine() throws IOException {
    Path f = write("simplified.txt", Fixtures.SIMPLIFIED, StandardCharsets.UTF_8);
    Cli.Result html = Cli.run("extract", "--format", "html", f.toString());
    assertEquals(0, html.code(), html::toString);
    assertEquals("", html.err());
    assertTrue(html.out().startsWith("<!DOCTYPE html>"), html::toString);
    assertEquals(1, count(html.out(), "</html>"));
    int claims = ExtractCommandTest.lines(Cli.run("extract", "--format", "claims", f.toString()).out()).size();
    assertTrue(html.out().contains("<span class=\"gb-total\">" + claims + " claims</span>"), html::toString);
    assertTrue(html.out().contains("<span>charset UTF-8 (auto)</span>"));
    assertTrue(html.out().contains("<title>" + f + "</title>"));
  }

  @Test
  void theSummaryNamesADetectedOrGivenCharset() throws IOException {
    Path gb = write("gb.txt", Fixtures.SIMPLIFIED, Charset.forName("GB18030"));
    assertTrue(Cli.run("extract", "-f", "html", gb.toString()).out().contains("<span>charset GB18030 (auto)</span>"));
    Cli.Result given = Cli.run("extract", "-f", "html", "--encoding", "GB18030", gb.toString());
    assertTrue(given.out().contains("<span>charset GB18030</span>"), given::toString);
  }

  @Test
  void severalInputsNeedAnOutputFolder() throws IOException {
    Path a = write("a.txt", Fixtures.SIMPLIFIED, StandardCharsets.UTF_8);
    Path b = write("b.txt", Fixtures.SIMPLIFIED, StandardCharsets.UTF_8);
    Cli.Result refused = Cli.run("extract", "-f", "html", a.toString(), b.toString());
    assertEquals(2, refused.code(), refused::toString);
    assertEquals("", refused.out());
    assertTrue(refused.err().contains("--out"), refused::toString);
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("extract", "-f", "html", "--out", out.toString(), a.toString(), b.toString());
    assertEquals(0, r.code(), r::toString);
    for (String page : new String[] {"a.html", "b.html"}) {
      String html = Files.readString(out.resolve(page));
      assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"), page);
    }
  }
}
