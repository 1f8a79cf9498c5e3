package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.report.xlsx.Text;

/**
 * The respondents to follow up: everyone who answered yes to a red-flag question, with which
 * ones, then the count per flag. Streamed: in a large survey a hundred thousand may be flagged,
 * so their rows are written as XML straight into the file ({@link SheetWriter#appendXml}), cut
 * at Excel's row limit with a note that says how many were left out.
 */
final class RedFlagsSheet implements ReportSheet {
  static final String NAME = "Red flags";
  /** Title, note, header; blank, title and header of the table per flag. */
  private static final int FIXED_ROWS = 6;
  private static final List<String> TABLE = List.of("Flag", "Question", "Yes", "Not answered");

  private final int maxRows;

  RedFlagsSheet() {
    this(SheetWriter.MAX_ROWS);
  }

  /** A sheet of at most {@code maxRows} rows (Excel's limit; smaller in tests). */
  RedFlagsSheet(int maxRows) {
    this.maxRows = maxRows;
  }

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
    List<RedFlags.Flagged> flagged = flags.flagged();
    int listed = Math.max(0, Math.min(flagged.size(),
        maxRows - FIXED_ROWS - flags.flags().size()));
    w.title("Red flags: " + Wording.count(flags.respondents(), "respondent") + " with at least"
        + " one, to follow up (back pain with a red flag needs a doctor)");
    w.note("Line is where the respondent starts in the survey file. A flag counts when"
        + " answered yes; the table below counts each flag and the unanswered."
        + (listed < flagged.size() ? String.format(Locale.ROOT, " Only the first %,d fit (Excel"
            + " holds %,d rows per sheet); %,d more are in sleepstat analyze --json.", listed,
            SheetWriter.MAX_ROWS, flagged.size() - listed) : ""));
    List<String> names = flags.flags().stream().map(RedFlags.Flag::name).toList();
    List<String> headers = new ArrayList<>(List.of("Respondent id", "Line", "Flags",
        "Which flags"));
    headers.addAll(names);
    int header = w.header(headers);
    int first = w.nextRow();
    List<String> questions = flags.flags().stream().map(f -> report.survey().codebook()
        .variable(f.name()).map(Variable::label).orElse("")).toList();
    measure(w, flagged, listed, names.size(), flags.flags(), questions);
    w.appendXml(listed + 3 + flags.flags().size(), Math.max(headers.size(), TABLE.size()),
        x -> {
          for (int i = 0; i < listed; i++) {
            RedFlags.Flagged f = flagged.get(i);
            x.row(first + i).text(f.id(), CellKind.TEXT).number(f.line(), CellKind.COUNT)
                .number(f.flags().size(), CellKind.COUNT)
                .text(String.join(", ", f.flags()), CellKind.TEXT);
            for (String name : names) {
              x.text(f.flags().contains(name) ? "yes" : "", CellKind.TEXT);
            }
          }
          int table = first + listed + 1;
          x.row(table).title("Respondents per red flag");
          x.row(table + 1);
          for (String h : TABLE) {
            x.header(h);
          }
          for (int k = 0; k < flags.flags().size(); k++) {
            RedFlags.Flag f = flags.flags().get(k);
            x.row(table + 2 + k).text(f.name(), CellKind.TEXT)
                .text(questions.get(k), CellKind.TEXT).number(f.yes(), CellKind.COUNT)
                .number(f.missing(), CellKind.COUNT);
          }
        });
    w.freezeBelow(header);
    w.filter(header, Math.max(header, first + listed - 1), headers.size());
    w.finish();
  }

  /**
   * Column widths as {@link SheetWriter} measures what it writes: of every listed respondent up
   * to {@link DataSheet#MEASURED}, of every k-th of more; and of the table per flag.
   */
  private static void measure(SheetWriter w, List<RedFlags.Flagged> flagged, int listed,
      int flagColumns, List<RedFlags.Flag> flags, List<String> questions) {
    int step = Math.max(1, (listed + DataSheet.MEASURED - 1) / DataSheet.MEASURED);
    for (int i = 0; i < listed; i += step) {
      RedFlags.Flagged f = flagged.get(i);
      w.measure(0, Text.safe(f.id()).length());
      w.measure(1, Text.displayLength(f.line(), CellKind.COUNT));
      w.measure(2, Text.displayLength(f.flags().size(), CellKind.COUNT));
      w.measure(3, Text.safe(String.join(", ", f.flags())).length());
      if (!f.flags().isEmpty()) {
        for (int c = 0; c < flagColumns; c++) {
          w.measure(4 + c, "yes".length());
        }
      }
    }
    for (int c = 0; c < TABLE.size(); c++) {
      w.measureHeader(c, TABLE.get(c));
    }
    for (int k = 0; k < flags.size(); k++) {
      w.measure(0, flags.get(k).name().length());
      w.measure(1, Text.safe(questions.get(k)).length());
      w.measure(2, Text.displayLength(flags.get(k).yes(), CellKind.COUNT));
      w.measure(3, Text.displayLength(flags.get(k).missing(), CellKind.COUNT));
    }
  }
}
