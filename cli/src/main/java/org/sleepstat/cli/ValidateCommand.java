package org.sleepstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sleepstat.core.io.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sleepstat validate}: reads a survey and reports every row's fate and every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = {
      "Read a survey against the codebook and report what was read and every problem,",
      "as FILE:LINE:COLUMN: variable: message; problems alike (same variable, value and",
      "rule) are one line with their count and first lines, and --json lists each one.",
      "Exit 0 when the file was read (even with rejected rows), 2 when it could not be used."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SurveyInput input;

  @Option(names = "--json", description = "Print one JSON document on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StudyInput study = input.study(err, err);
    ImportResult result = study.imported();
    if (json) {
      ValidationJson.write(study, input.lenient, out);
    } else {
      PrintWriter text = TerminalText.printer(out);
      printText(result, text);
      text.flush();
    }
    return ExitCode.OK;
  }

  static void printText(ImportResult r, PrintWriter out) {
    ImportResult.Provenance read = r.provenance();
    ImportResult.RowCounts counts = r.counts();
    out.println(r.file());
    out.println("  format      " + read.formatLabel()
        + (read.formatLabel().equals(read.format().label()) ? "" : " (" + read.format().label()
            + " layout)") + ", " + r.columns().size() + " columns");
    out.println("  encoding    " + read.encoding().label()
        + (read.encoding().fallback() ? " (the bytes are not valid UTF-8; read as Windows-1252)"
            : ""));
    out.println("  delimiter   " + read.delimiterName() + ", decimal "
        + (read.decimalComma() ? "comma" : "point"));
    out.println("  rows        " + counts.rows() + " read: " + counts.accepted() + " accepted, "
        + counts.rejected() + " rejected");
    out.println("  respondents " + r.survey().size());
    r.survey().repeated().ifPresent(m -> out.println("  waves       " + m.describe()));
    out.println("  extra columns " + (r.extraColumns().isEmpty() ? "none"
        : r.extraColumns().size() + ": " + String.join(", ", r.extraColumns())));
    if (!r.formStatusColumns().isEmpty()) {
      out.println("  form status columns (kept out of the data) "
          + String.join(", ", r.formStatusColumns()));
    }
    ProblemText.print(r.file(), r.problems(), out);
  }
}
