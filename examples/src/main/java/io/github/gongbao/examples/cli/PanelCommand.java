package io.github.gongbao.examples.cli;

import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.panel.Conflict;
import io.github.gongbao.core.panel.Panel;
import io.github.gongbao.core.panel.PanelRow;
import io.github.gongbao.core.panel.PanelWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gongbao panel FILE…|DIR}: one tidy table from many reports, and the keys they disagree on. */
@Command(
    name = "panel",
    mixinStandardHelpOptions = true,
    header = "Joins the claims of many reports into one table keyed by place, indicator and period.",
    versionProvider = GongbaoCli.Version.class,
    description = {"Reads every report as extract does and writes one row per key and source: key, regionCode, "
            + "regionName, indicatorId, englishName, breakdown, subject, periodLabel, year, firstMonth, lastMonth, "
            + "attr, value, unit, status, bound, basis, scope, reference, source, occurrence, mentions, quote, "
            + "start, end.",
        "A key is region|indicator|breakdown|period|attr|unit|basis|status|bound|scope|reference; without a "
            + "code, the region, indicator or period as written, after ~. (key, source, occurrence) is unique, so "
            + "pandas pivot(index=[\"key\",\"occurrence\"], columns=\"source\") works.",
        "Different values for one key (from two reports, or twice from one) all stay; --conflicts lists them. "
            + "A summary goes to standard error."},
    footer = {"", "Exit codes: 0 success, 1 a file could not be read or decoded (the others are still "
        + "processed), 2 usage.",
        "Example:", "  gongbao panel corpus/ --conflicts conflicts.csv > panel.csv"})
final class PanelCommand implements Callable<Integer> {
  /** The output formats of {@code panel}. */
  enum PanelFormat {
    /** The panel's rows as CSV. */
    CSV,
    /** The panel's rows as JSON Lines, the same columns as fields. */
    JSONL,
    /** The claims behind the rows, in panel order, as extract --format claims writes them. */
    CLAIMS
  }

  @ParentCommand GongbaoCli cli;
  @Spec CommandSpec spec;
  @Mixin ReportInputs inputs = new ReportInputs();

  @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
      description = "csv (default), jsonl (the same columns, one JSON object a row) or claims (the claim behind "
          + "each row, as extract --format claims writes it).")
  PanelFormat format = PanelFormat.CSV;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the panel to FILE, not standard output.")
  @Nullable Path out;

  @Option(names = "--conflicts", paramLabel = "FILE",
      description = "Write the conflicts listing as CSV (conflict, key, value, source, occurrence, subject, "
          + "quote) to FILE; with -, to standard output instead of the panel (which then goes to --out only).")
  @Nullable String conflicts;

  @Override
  public Integer call() throws IOException {
    Panel.Builder builder = Panel.builder();
    int[] reports = {0};
    int failures = inputs.read(cli, spec, (source, text, report) -> {
      reports[0]++;
      builder.addAll(ReportWriter.claims(source, report));
    });
    Panel panel = builder.build();
    Writer stdout = spec.commandLine().getOut();
    String listing = conflicts;
    Path target = out;
    if (target != null) {
      try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        write(panel, w);
      }
    } else if (!"-".equals(listing)) {
      write(panel, stdout);
    }
    if (listing != null) {
      if (listing.equals("-")) {
        PanelWriter.writeConflictsCsv(panel, stdout);
      } else {
        try (Writer w = Files.newBufferedWriter(Path.of(listing), StandardCharsets.UTF_8)) {
          PanelWriter.writeConflictsCsv(panel, w);
        }
      }
    }
    stdout.flush();
    summary(spec.commandLine().getErr(), panel, reports[0]);
    return failures == 0 ? 0 : 1;
  }

  private void write(Panel panel, Writer w) throws IOException {
    switch (format) {
      case CSV:
        PanelWriter.writeCsv(panel, w);
        break;
      case JSONL:
        PanelWriter.writeJsonLines(panel, w);
        break;
      case CLAIMS:
        List<io.github.gongbao.core.model.Claim> claims = new ArrayList<>();
        for (PanelRow r : panel.rows()) {
          claims.add(r.claim());
        }
        ClaimsWriter.writeJsonLines(claims, w);
        w.flush();
        break;
      default:
        throw new AssertionError(format);
    }
  }

  /** One line: rows, claims, reports, rows whose key joins, conflicts across and within sources. */
  static void summary(PrintWriter err, Panel panel, int reports) {
    long joining = panel.rows().stream().filter(r -> r.key().joins()).count();
    long across = panel.conflicts().stream().filter(Conflict::acrossSources).count();
    long within = panel.conflicts().stream().filter(Conflict::withinSource).count();
    err.println("gongbao: panel: " + panel.rows().size() + " rows from " + panel.claimCount() + " claims of "
        + reports + " reports; " + joining + " rows key on codes (region, indicator, period); "
        + panel.conflicts().size() + " conflicts (" + across + " across reports, " + within
        + " within one report)");
    err.flush();
  }
}
