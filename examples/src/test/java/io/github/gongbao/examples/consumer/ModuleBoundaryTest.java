package io.github.gongbao.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.units.Quantity;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer project on the module path, compiled with {@code javac --module-path} against the built
 * {@code gongbao-units} and {@code gongbao-core} (jars in a reactor {@code verify}, class folders in
 * {@code test}): the API compiles and runs, the internal packages do not compile.
 */
class ModuleBoundaryTest {
  @TempDir Path dir;

  /**
   * The module path of a Maven consumer: Gongbao's two modules and their compile-scope dependencies
   * (JSpecify's annotations are needed to compile, not to run).
   */
  private static String modulePath() {
    return Stream.of(Quantity.class, ReportParser.class, com.ibm.icu.text.CharsetDetector.class,
            ObjectMapper.class, JsonFactory.class, JsonInclude.class, Jdk8Module.class,
            com.fasterxml.jackson.dataformat.csv.CsvMapper.class, org.jspecify.annotations.NullMarked.class)
        .map(ModuleBoundaryTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes module {@code consumer} with one class {@code consumer.Main} and compiles it. */
  private Compilation compile(String imports, String body) throws IOException {
    Path src = dir.resolve("src/consumer");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"),
        "module consumer { requires io.github.gongbao.core; }\n", StandardCharsets.UTF_8);
    Files.writeString(src.resolve("consumer/Main.java"), "package consumer;\n" + imports
        + "public class Main {\n  public static void main(String[] args) throws Exception {\n" + body
        + "\n  }\n}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK is needed to compile the consumer");
    StringWriter diagnostics = new StringWriter();
    // an empty class path: the in-process compiler would otherwise see this test's class path (core included)
    Path emptyClassPath = Files.createDirectories(dir.resolve("empty"));
    List<String> args = new ArrayList<>(List.of("-encoding", "UTF-8", "-classpath", emptyClassPath.toString(),
        "--module-path", modulePath(),
        "--module-source-path", dir.resolve("src").toString(), "-d", out.toString(), "--module", "consumer"));
    boolean ok = javac.getTask(diagnostics, null, null, args, null, null).call();
    return new Compilation(ok, diagnostics.toString(), out);
  }

  private record Compilation(boolean ok, String diagnostics, Path out) {}

  @Test
  void theApiCompilesAndRunsOnTheModulePath() throws Exception {
    Compilation c = compile("import io.github.gongbao.core.extract.ReportParser;\n"
            + "import io.github.gongbao.core.model.Report;\n"
            + "import io.github.gongbao.units.ChineseNumerals;\n"
            + "import com.fasterxml.jackson.databind.ObjectMapper;\n",
        "    Report r = ReportParser.create().parse(\"全市一般公共预算收入79.9亿元，同比增长4.5%。\");\n"
            + "    System.out.println(ChineseNumerals.parse(\"三千零五十\"));\n"
            + "    System.out.println(new ObjectMapper().findAndRegisterModules().writeValueAsString(r));");
    assertTrue(c.ok(), c.diagnostics());

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "--module-path",
        c.out().resolve("consumer") + File.pathSeparator + modulePath(), "-m", "consumer/consumer.Main")
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the consumer did not finish");
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.startsWith("3050"), output);
    // the Gongbao Jackson module was found by the service loader: exact decimals, lower_snake enums
    assertTrue(output.contains("\"value\":\"7990000000\""), output);
    assertTrue(output.contains("\"basis\":\"year_on_year\""), output);
  }

  @Test
  void coreInternalDoesNotCompile() throws Exception {
    Compilation c = compile("import io.github.gongbao.core.internal.Lexicon;\n",
        "    System.out.println(Lexicon.class);");
    assertFalse(c.ok(), "importing core.internal compiled");
    assertTrue(c.diagnostics().contains("io.github.gongbao.core.internal")
        && c.diagnostics().contains("does not export"), c.diagnostics());
  }

  @Test
  void unitsInternalDoesNotCompileOutsideCore() throws Exception {
    Compilation c = compile("import io.github.gongbao.units.internal.CharFold;\n",
        "    System.out.println(CharFold.class);");
    assertFalse(c.ok(), "importing units.internal compiled");
    assertTrue(c.diagnostics().contains("io.github.gongbao.units.internal"), c.diagnostics());
  }
}
