package org.sleepstat.cli.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepstat.cli.report.Report;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

/**
 * The accepted respondents as normalised by the import: numbers as numbers, categories by their
 * codebook level, missing as empty, one row each with the line of the file it came from.
 * Streamed, and cut at Excel's row limit with a title that says how many rows were left out.
 */
final class DataSheet implements ReportSheet {
  static final String NAME = "Data";
  /** Title and header. */
  private static final int FIXED_ROWS = 2;

  private final int maxRows;

  DataSheet() {
    this(SheetWriter.MAX_ROWS);
  }

  /** A sheet of at most {@code maxRows} rows (Excel's limit; smaller in tests). */
  DataSheet(int maxRows) {
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
    Survey survey = report.survey();
    int size = survey.size();
    int rows = Math.min(size, maxRows - FIXED_ROWS);
    if (rows < size) {
      w.title(String.format(Locale.ROOT, "Data: the first %,d of %,d accepted respondents;"
          + " %,d left out because Excel holds %,d rows per sheet (the survey file has them"
          + " all)", rows, size, size - rows, SheetWriter.MAX_ROWS));
    } else {
      w.title(String.format(Locale.ROOT, "Data: %,d accepted respondent%s as read by the"
          + " import (levels normalised, missing values empty); line = line in the file",
          size, size == 1 ? "" : "s"));
    }
    List<Column> columns = survey.columns();
    List<String> headers = new ArrayList<>(List.of("line"));
    columns.forEach(c -> headers.add(c.name()));
    int header = w.header(headers);
    for (int i = 0; i < rows; i++) {
      SheetWriter.Line line = w.line().number(survey.sourceLine(i), CellKind.GENERAL);
      for (Column c : columns) {
        if (c.isMissing(i)) {
          line.empty();
        } else if (c instanceof NumberColumn n) {
          line.number(n.get(i), CellKind.GENERAL);
        } else {
          line.text(c.text(i));
        }
      }
    }
    w.freezeBelow(header);
    w.filter(header, headers.size());
    w.finish();
  }
}
