package org.sleepstat.cli.report.excel;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.cli.report.Report;
import org.sleepstat.cli.report.Wording;
import org.sleepstat.core.schema.Variable;

/**
 * The respondents to follow up: everyone who answered yes to a red-flag question, with which
 * ones, then the count per flag. Streamed: in a large survey thousands may be flagged.
 */
final class RedFlagsSheet implements ReportSheet {
  static final String NAME = "Red flags";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean streamed() {
    return true;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    RedFlags flags = report.analysis().redFlags();
    if (flags.flags().isEmpty()) {
      w.title("Red flags: the survey has no red-flag (rf_*) columns");
      w.finish();
      return;
    }
    w.title("Red flags: " + Wording.count(flags.respondents(), "respondent") + " with at least"
        + " one, to follow up (back pain with a red flag needs a doctor)");
    w.note("Line is where the respondent starts in the survey file. A flag counts when"
        + " answered yes; the table below counts each flag and the unanswered.");
    List<String> names = flags.flags().stream().map(RedFlags.Flag::name).toList();
    List<String> headers = new ArrayList<>(List.of("Respondent id", "Line", "Flags",
        "Which flags"));
    headers.addAll(names);
    int header = w.header(headers);
    for (RedFlags.Flagged f : flags.flagged()) {
      SheetWriter.Line line = w.line().text(f.id()).number(f.line(), CellKind.COUNT)
          .number(f.flags().size(), CellKind.COUNT).text(String.join(", ", f.flags()));
      for (String name : names) {
        line.text(f.flags().contains(name) ? "yes" : "");
      }
    }
    w.freezeBelow(header);
    w.filter(header, headers.size());
    w.skip();
    w.title("Respondents per red flag");
    new Table<RedFlags.Flag>()
        .text("Flag", RedFlags.Flag::name)
        .text("Question", f -> report.survey().codebook().variable(f.name())
            .map(Variable::label).orElse(""))
        .count("Yes", RedFlags.Flag::yes)
        .count("Not answered", RedFlags.Flag::missing)
        .withoutNotes()
        .write(w, flags.flags());
    w.finish();
  }
}
