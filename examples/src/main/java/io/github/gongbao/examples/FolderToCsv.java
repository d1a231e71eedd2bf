package io.github.gongbao.examples;

import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.json.ClaimsCsvWriter;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ImmutableClaim;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Streams a folder of {@code .txt} reports (any of UTF-8, GB18030, Big5) into one CSV of claims (the
 * columns of {@code ClaimsWriter.CSV_HEADER}, the file name in {@code source}), one report in memory at a
 * time.
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
    int failed;
    if (args.length == 2) {
      try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
        failed = write(folder, out);
      }
    } else {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);   // flushed, never closed
      failed = write(folder, out);
      out.flush();
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  /** @return the number of files that could not be read */
  static int write(Path folder, Writer out) throws IOException {
    ReportParser parser = ReportParser.create();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    ClaimsCsvWriter csv = ClaimsCsvWriter.start(out);   // ClaimsWriter.CSV_HEADER, RFC 4180
    int failed = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        for (Claim c : parser.parse(Files.readAllBytes(file)).claims()) {
          csv.write(ImmutableClaim.copyOf(c).withSource(name));   // the source column names the file
        }
      } catch (ReportDecodingException | IOException e) {
        System.err.println(file + ": " + e.getMessage());
        failed++;
      }
      csv.flush();
    }
    return failed;
  }
}
