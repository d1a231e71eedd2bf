package io.github.gongbao.examples;

import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.model.Claim;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Streams a folder of {@code .txt} reports (any of UTF-8, GB18030, Big5) into one CSV of claims with a
 * {@code file} column, one report in memory at a time.
 *
 * <pre>{@code
 * java -cp examples/target/gongbao.jar io.github.gongbao.examples.FolderToCsv reports/ claims.csv
 * }</pre>
 */
public final class FolderToCsv {
  private FolderToCsv() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: FolderToCsv FOLDER [OUT.csv]   (stdout without OUT.csv)");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    try (Writer out = args.length == 2
        ? Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)
        : new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
      int failed = write(folder, out);
      System.exit(failed == 0 ? 0 : 1);
    }
  }

  /** @return the number of files that could not be read */
  static int write(Path folder, Writer out) throws IOException {
    ReportParser parser = ReportParser.create();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    List<String> header = new ArrayList<>(List.of("file"));
    header.addAll(ClaimsWriter.CSV_HEADER);
    record(header, out);
    int failed = 0;
    for (Path file : files) {
      try {
        for (Claim c : parser.parse(Files.readAllBytes(file)).claims()) {
          record(List.of(file.getFileName().toString(), c.subject(), c.subjectSimplified(), c.attr().code(),
              c.value(), c.unit().orElse(""), c.scope().orElse(""), c.benchmark().orElse(""),
              c.region().orElse(""), c.period().orElse(""), String.valueOf(c.start()),
              String.valueOf(c.end()), String.valueOf(c.derived())), out);
        }
      } catch (ReportDecodingException | IOException e) {
        System.err.println(file + ": " + e.getMessage());
        failed++;
      }
      out.flush();
    }
    return failed;
  }

  private static void record(List<String> fields, Writer out) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
      out.write((i > 0 ? "," : "") + (quote ? '"' + f.replace("\"", "\"\"") + '"' : f));
    }
    out.write("\r\n");
  }
}
