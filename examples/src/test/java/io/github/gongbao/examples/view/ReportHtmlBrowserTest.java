package io.github.gongbao.examples.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.Report;
import io.github.gongbao.core.view.PageInfo;
import io.github.gongbao.core.view.ReportHtml;
import io.github.gongbao.examples.cli.SampleReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens pages of {@link ReportHtml} in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) and uses them as a reader would. Skipped when either is not installed (the system
 * properties {@code gongbao.chromium} and {@code gongbao.chromedriver} name other paths). Pages and screenshots
 * are left in {@code target/html-view/}.
 */
class ReportHtmlBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("gongbao.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("gongbao.chromedriver", "/usr/bin/chromedriver"));
  private static final Path OUT = Path.of("target", "html-view");
  private static final String INJECTED = "\n<script>window.__gbInjected=1</script></textarea>"
      + "<img src=x onerror=\"window.__gbInjected=2\"><style>body{display:none}</style>\n";

  private static Path profile;
  private static ChromeDriver driver;

  @BeforeAll
  static void startChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      return;   // each test then skips, so that the report counts them as skipped
    }
    Files.createDirectories(OUT);
    profile = Files.createTempDirectory("gongbao-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,900", "--lang=zh-CN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @BeforeEach
  void needsChromium() {
    assumeTrue(driver != null, "headless Chromium is not installed: apt-get install chromium chromium-driver ("
        + CHROMIUM + ", " + DRIVER + ")");
  }

  /** Writes the page of {@code text} under target/, opens it and waits for its script to have run. */
  private static Report open(String name, String text) throws IOException {
    Report report = ReportParser.create().parse(text);
    Path page = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, ReportHtml.render(report, text, PageInfo.titled(name + ".txt").withCharset("UTF-8")));
    driver.get(page.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.tagName("html")).getAttribute("data-gb-ready") != null);
    assertEquals(String.valueOf(report.claims().size()),
        driver.findElement(By.tagName("html")).getAttribute("data-gb-ready"), "claims the script read");
    return report;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** @return the ids of the claims that have at least one highlighted piece of text */
  private static List<Long> highlightedClaims() {
    @SuppressWarnings("unchecked")
    List<Long> ids = (List<Long>) js("var s = new Set();"
        + "document.querySelectorAll('#gb-text mark[data-c]').forEach(function (m) {"
        + "  m.getAttribute('data-c').split(' ').forEach(function (i) { s.add(Number(i)); }); });"
        + "return Array.from(s).sort(function (a, b) { return a - b; });");
    return ids;
  }

  private static String evidence(int claim) {
    return (String) js("return Array.from(document.querySelectorAll('#gb-text mark[data-c~=\"' + arguments[0]"
        + " + '\"]')).map(function (m) { return m.textContent; }).join('');", claim);
  }

  private static void assertNoConsoleErrors(String page) {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    List<String> errors = entries.stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage).collect(Collectors.toList());
    assertEquals(List.of(), errors, "console of " + page);
  }

  private static void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, OUT.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void sampleReportHighlightsEveryClaimAndLinksTableAndText() throws IOException {
    Report report = open("sample-simplified", SampleReport.SIMPLIFIED.text());
    List<Claim> claims = report.claims();
    int n = claims.size();
    assertTrue(n > 20, n + " claims");
    assertEquals(Stream.iterate(0L, i -> i + 1).limit(n).collect(Collectors.toList()), highlightedClaims());
    assertEquals(n, driver.findElements(By.cssSelector("#gb-rows tr")).size(), "table rows");
    for (int i = 0; i < n; i++) {
      assertEquals(claims.get(i).quote().orElseThrow(), evidence(i), "evidence of claim " + i);
    }

    // choosing the last row scrolls to its evidence and flashes it
    int last = n - 1;
    driver.findElement(By.cssSelector("#gb-rows tr[data-c=\"" + last + "\"]")).click();
    List<WebElement> current = driver.findElements(By.cssSelector("#gb-text mark.current"));
    assertTrue(!current.isEmpty(), "no mark is current");
    assertEquals(claims.get(last).quote().orElseThrow(),
        current.stream().map(WebElement::getText).collect(Collectors.joining()), "the chosen claim's evidence");
    for (WebElement m : current) {
      assertTrue((" " + m.getAttribute("data-c") + " ").contains(" " + last + " "), m.getAttribute("data-c"));
    }
    assertEquals(Boolean.TRUE, js("var r = arguments[0].getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= window.innerHeight;", current.get(0)), "evidence scrolled into view");
    assertTrue(current.get(0).getAttribute("class").contains("flash"), "the evidence flashes");

    // choosing a mark selects its row; hovering it shows its card
    WebElement first = driver.findElement(By.cssSelector("#gb-text mark[data-c^=\"0\"]"));
    new Actions(driver).moveToElement(first).perform();
    WebElement card = driver.findElement(By.id("gb-card"));
    assertTrue(card.isDisplayed(), "card on hover");
    assertTrue(card.getText().contains(claims.get(0).subject()) && card.getText().contains(claims.get(0).value()),
        card.getText());
    first.click();
    assertEquals("0", driver.findElement(By.cssSelector("#gb-rows tr.selected")).getAttribute("data-c"));
    js("window.scrollTo(0, 0);");
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#gb-text mark[data-c^=\"2\"]"))).perform();
    screenshot("sample-simplified");

    // keyboard focus shows the card too; Escape hides it
    js("arguments[0].blur(); document.getElementById('gb-card').hidden = true; arguments[0].focus();", first);
    assertTrue(card.isDisplayed(), "card on keyboard focus");
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertTrue(!card.isDisplayed(), "Escape hides the card");

    // filter by attr and subject, sort by value
    long ranks = claims.stream().filter(c -> c.attr() == ClaimAttr.RANK).count();
    new Select(driver.findElement(By.id("gb-attr"))).selectByVisibleText("rank");
    assertEquals(ranks, driver.findElements(By.cssSelector("#gb-rows tr")).size(), "rank rows");
    new Select(driver.findElement(By.id("gb-attr"))).selectByVisibleText("all");
    String subject = claims.get(0).subject();
    driver.findElement(By.id("gb-subject")).sendKeys(subject);
    long withSubject = claims.stream().filter(c -> c.subject().contains(subject)).count();
    assertEquals(withSubject, driver.findElements(By.cssSelector("#gb-rows tr")).size(), "rows of " + subject);
    driver.findElement(By.id("gb-subject")).clear();
    new Select(driver.findElement(By.id("gb-attr"))).selectByVisibleText("yoy_pct");
    driver.findElement(By.cssSelector("#gb-table button[data-k=\"value\"]")).click();
    List<Double> values = driver.findElements(By.cssSelector("#gb-rows tr td:nth-child(4)")).stream()
        .map(td -> Double.valueOf(td.getText())).collect(Collectors.toList());
    assertTrue(values.size() > 3, values::toString);
    assertEquals(values.stream().sorted().collect(Collectors.toList()), values, "sorted by value");
    assertNoConsoleErrors("sample-simplified");
  }

  /** @return the sample {@code copies} times, its decimals raised by 0.1 a copy so that no claim repeats */
  private static String longReport(int copies) throws IOException {
    String sample = SampleReport.SIMPLIFIED.text();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < copies; i++) {
      BigDecimal step = BigDecimal.valueOf(i, 1);
      b.append(Pattern.compile("\\d+\\.\\d+").matcher(sample)
          .replaceAll(m -> new BigDecimal(m.group()).add(step).toPlainString()));
    }
    return b.toString();
  }

  @Test
  void longReportLaysOutLazilyAndStillLinksTableAndText() throws IOException {
    String text = longReport(60);
    Report report = open("long", text);
    List<Claim> claims = report.claims();
    assertTrue(driver.findElements(By.cssSelector("#gb-text .gb-chunk")).size() >= 3, "text cut into blocks");
    assertEquals(claims.size(), highlightedClaims().size());
    assertEquals(500, driver.findElements(By.cssSelector("#gb-rows tr")).size(), "the first page of rows");
    driver.findElement(By.id("gb-more")).click();
    assertEquals(1000, driver.findElements(By.cssSelector("#gb-rows tr")).size(), "a second page of rows");

    // the last claim's evidence sits in the last block; choosing it there brings its row into the table
    int last = claims.size() - 1;
    WebElement mark = driver.findElement(By.cssSelector("#gb-text mark[data-c^=\"" + last + "\"]"));
    js("arguments[0].scrollIntoView({block: 'center'});", mark);
    mark.click();
    WebElement row = driver.findElement(By.cssSelector("#gb-rows tr.selected"));
    assertEquals(String.valueOf(last), row.getAttribute("data-c"));

    // and a row chosen in the table scrolls the text back to an early block
    js("window.scrollTo(0, document.body.scrollHeight);");
    driver.findElement(By.cssSelector("#gb-rows tr[data-c=\"" + (last - 1) + "\"]")).click();
    WebElement current = driver.findElement(By.cssSelector("#gb-text mark.current"));
    assertEquals(Boolean.TRUE, js("var r = arguments[0].getBoundingClientRect();"
        + "return r.top >= 0 && r.bottom <= window.innerHeight;", current), "evidence scrolled into view");
    assertEquals(claims.get(last - 1).quote().orElseThrow(), evidence(last - 1));
    assertNoConsoleErrors("long");
  }

  @Test
  void traditionalSampleHighlightsEveryClaim() throws IOException {
    Report report = open("sample-traditional", SampleReport.TRADITIONAL.text());
    assertEquals("zh-Hant", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(report.claims().size(), highlightedClaims().size());
    assertTrue(driver.findElement(By.id("gb-text")).getText().contains("億元"));
    screenshot("sample-traditional");
    assertNoConsoleErrors("sample-traditional");
  }

  @Test
  void injectedMarkupIsShownAsTextAndNeverRuns() throws IOException {
    String text = SampleReport.SIMPLIFIED.text() + INJECTED;
    Report report = open("injected", text);
    assertEquals(true, js("return typeof window.__gbInjected === 'undefined';"), "the injected script ran");
    assertEquals(0L, js("return document.querySelectorAll('#gb-text *:not(div):not(mark)').length;"));
    assertTrue(driver.findElement(By.id("gb-text")).getText().contains(
        "<script>window.__gbInjected=1</script></textarea><img src=x"), "the markup shows as text");
    assertEquals(text, js("return document.getElementById('gb-text').textContent;"));
    assertTrue(driver.findElement(By.id("gb-summary")).isDisplayed(), "the injected style did not apply");
    assertEquals(report.claims().size(), highlightedClaims().size());
    assertNoConsoleErrors("injected");
  }

  @Test
  void aReportWithoutClaimsShowsItsTextAndSaysSo() throws IOException {
    Report report = open("no-claims", "本文没有任何统计数字。\n第二行。");
    assertEquals(0, report.claims().size());
    assertEquals(List.of(), highlightedClaims());
    assertTrue(driver.findElement(By.cssSelector(".gb-none")).isDisplayed());
    assertEquals(0, driver.findElements(By.cssSelector("#gb-rows tr")).size());
    assertNoConsoleErrors("no-claims");
  }
}
