package io.github.gongbao.examples.cli;

import io.github.gongbao.core.panel.Coverage;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gongbao coverage FILE…|DIR}: how many claims carry the keys that join reports. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    header = "Prints the share of claims with an indicator id, a year and months, a place code.",
    versionProvider = GongbaoCli.Version.class,
    description = {"Reads every report as extract does and counts, over all claims: an indicator id, a year, "
        + "first and last months, a period label, a place code; over reports: a place code, among all and among "
        + "those whose opening names a division."},
    footer = {"", "Exit codes: 0 success, 1 a file could not be read or decoded (the others are still "
        + "processed), 2 usage."})
final class CoverageCommand implements Callable<Integer> {
  @ParentCommand GongbaoCli cli;
  @Spec CommandSpec spec;
  @Mixin ReportInputs inputs = new ReportInputs();

  @Override
  public Integer call() throws IOException {
    Coverage.Builder counts = Coverage.builder();
    int failures = inputs.read(cli, spec, (source, text, report) -> counts.add(report, text));
    Coverage c = counts.build();
    PrintWriter out = spec.commandLine().getOut();
    out.println(c.reports() + " reports, " + c.claims() + " claims");
    out.print(c.toText());
    out.flush();
    return failures == 0 ? 0 : 1;
  }
}
