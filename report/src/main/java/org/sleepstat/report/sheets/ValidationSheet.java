package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepstat.report.Report;
import org.sleepstat.core.io.ColumnMapping;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.Problem;
import org.sleepstat.core.io.RejectedRow;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * Every problem of the import (line, column, variable, value, rule, message, action) and every
 * rejected row with its fields as read. Streamed: a bad file can have a problem on every row.
 */
final class ValidationSheet implements ReportSheet {
  static final String NAME = "Validation";
  /** Title, note, header; blank, title, header. */
  private static final int FIXED_ROWS = 6;

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
    write(w, report.imported(), SheetWriter.MAX_ROWS);
  }

  /** Writes the sheet within {@code maxRows} rows (Excel's limit; smaller in tests). */
  void write(SheetWriter w, ImportResult imported, int maxRows) {
    List<Problem> problems = imported.problems();
    List<RejectedRow> rejected = imported.rejectedRows();
    int room = Math.max(0, maxRows - FIXED_ROWS);
    int problemRows = Math.min(problems.size(), room);
    int rejectedRows = Math.min(rejected.size(), room - problemRows);
    ImportResult.RowCounts counts = imported.counts();
    w.title(String.format(Locale.ROOT, "Validation of %s: %,d rows read, %,d accepted, %,d"
        + " rejected; %,d problem%s", imported.file(), counts.rows(), counts.accepted(),
        counts.rejected(), problems.size(), problems.size() == 1 ? "" : "s"));
    if (problemRows < problems.size() || rejectedRows < rejected.size()) {
      w.note(String.format(Locale.ROOT, "Only the first %,d problems and %,d rejected rows fit"
          + " (Excel holds %,d rows per sheet); sleepstat validate --json lists all.",
          problemRows, rejectedRows, SheetWriter.MAX_ROWS));
    } else {
      w.note(problems.isEmpty() ? "No problems: every row was accepted as it was."
          : "Line and column are the file's (1-based); column 0 means the whole row.");
    }
    Table<Problem> table = new Table<Problem>()
        .count("Line", Problem::line)
        .count("Column", Problem::column)
        .text("Variable", Problem::variable)
        .text("Value", Problem::value)
        .text("Rule", p -> p.rule().name().toLowerCase(Locale.ROOT))
        .text("Message", Problem::message)
        .text("Action", p -> switch (p.action()) {
          case ROW_REJECTED -> "row rejected";
          case SET_MISSING -> "set missing";
          case NOTED -> "noted";
        })
        .withoutNotes();
    int header = table.write(w, problems.subList(0, problemRows));
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.skip();
    int fields = imported.columns().size();
    for (RejectedRow r : rejected.subList(0, rejectedRows)) {
      fields = Math.max(fields, r.fields().size());
    }
    // Excel's columns, less line, id and problems
    int shown = Math.min(fields, Report.EXCEL_COLUMNS - 3);
    w.title(String.format(Locale.ROOT, "Rejected rows: %,d, with their fields as read",
        rejected.size()) + (shown == fields ? "" : String.format(Locale.ROOT, " (the first"
            + " %,d of %,d: Excel holds %,d columns per sheet)", shown, fields,
            Report.EXCEL_COLUMNS)));
    List<String> headers = new ArrayList<>(List.of("Line", "Respondent id", "Problems"));
    for (ColumnMapping c : imported.columns().subList(0, Math.min(shown,
        imported.columns().size()))) {
      headers.add(c.header());
    }
    for (int i = headers.size() - 3; i < shown; i++) {
      headers.add("(field " + (i + 1) + ")");
    }
    w.header(headers);
    for (RejectedRow r : rejected.subList(0, rejectedRows)) {
      SheetWriter.Line line = w.line().number(r.line(), CellKind.COUNT).text(r.respondentId());
      List<String> why = new ArrayList<>();
      r.problems().forEach(p -> why.add(p.variable() + ": " + p.message()));
      line.text(String.join("; ", why));
      r.fields().subList(0, Math.min(shown, r.fields().size())).forEach(line::text);
    }
    w.finish();
  }
}
