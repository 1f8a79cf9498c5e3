package org.sleepstat.report.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepstat.report.Report;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

/**
 * The accepted respondents as normalised by the import: numbers as numbers, categories by their
 * codebook level, missing as empty, one row each with the line of the file it came from.
 * The sheet's XML is made straight from the survey's columns and compressed on threads of its
 * own while the other sheets are built ({@link DataSheetXml}, {@link SheetWriter#replaceWith}), so
 * memory stays flat however many rows there are. Cut at Excel's row and column limits with a
 * title that says how many rows or columns were left out.
 */
final class DataSheet implements ReportSheet {
  static final String NAME = "Data";
  /** Title and header. */
  static final int FIXED_ROWS = Report.DATA_SHEET_HEADING;
  /** Rows measured at most for the column widths. */
  static final int MEASURED = 10_000;

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

  /** Made apart while the other sheets are built, so it is started first. */
  @Override
  public boolean first() {
    return true;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    Survey survey = report.survey();
    int size = survey.size();
    int rows = rows(size, maxRows);
    int shown = report.dataSheetColumns();
    String title;
    if (shown < survey.columns().size()) {
      title = String.format(Locale.ROOT, "Data: %,d accepted respondent%s, the first %,d of"
          + " %,d columns: Excel holds %,d columns per sheet (the statistics use them all, and"
          + " the survey file has them all)", rows, rows == 1 ? "" : "s", shown,
          survey.columns().size(), Report.EXCEL_COLUMNS);
      if (rows < size) {
        title += String.format(Locale.ROOT, "; and the first %,d of %,d respondents, as it"
            + " holds %,d rows", rows, size, SheetWriter.MAX_ROWS);
      }
    } else if (rows < size) {
      title = String.format(Locale.ROOT, "Data: the first %,d of %,d accepted respondents;"
          + " %,d left out because Excel holds %,d rows per sheet (the statistics use them all,"
          + " and the survey file has them all)", rows, size, size - rows,
          SheetWriter.MAX_ROWS);
    } else {
      title = String.format(Locale.ROOT, "Data: %,d accepted respondent%s as read by the"
          + " import (levels normalised, missing values empty); line = line in the file",
          size, size == 1 ? "" : "s");
    }
    List<String> headers = new ArrayList<>(List.of("line"));
    survey.columns().subList(0, shown).forEach(c -> headers.add(c.name()));
    int header = FIXED_ROWS - 1;
    // the sheet itself only carries what reaches beyond it: its filter's defined name
    w.freezeBelow(header);
    w.filter(header, header + rows, headers.size());
    try {
      w.replaceWith(new DataSheetXml(w, survey, rows, title, headers,
          widths(survey, rows, headers)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Respondents the sheet holds: all, or as many as fit below its title and header. */
  static int rows(int respondents, int maxRows) {
    return Math.max(0, Math.min(respondents, maxRows - FIXED_ROWS));
  }

  /**
   * Column widths in characters as {@link SheetWriter} sets them from what it writes, here from
   * the header and the rows: every row of a survey of up to {@link #MEASURED} rows, every k-th
   * of a larger one.
   */
  private static int[] widths(Survey survey, int rows, List<String> headers) {
    int[] longest = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      longest[c] = Math.min(headers.get(c).length(), SheetWriter.HEADER_WIDTH);
    }
    int step = Math.max(1, (rows + MEASURED - 1) / MEASURED);
    List<Column> columns = survey.columns();
    for (int i = 0; i < rows; i += step) {
      longest[0] = Math.max(longest[0],
          Text.displayLength(survey.sourceLine(i), CellKind.GENERAL));
      for (int c = 0; c < headers.size() - 1; c++) {
        Column column = columns.get(c);
        if (!column.isMissing(i)) {
          longest[c + 1] = Math.max(longest[c + 1], column instanceof NumberColumn n
              ? Text.displayLength(n.get(i), CellKind.GENERAL)
              : Text.safe(column.text(i)).length());
        }
      }
    }
    int[] widths = new int[longest.length];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = longest[c] > 0 ? SheetWriter.columnWidth(longest[c]) : 0;
    }
    return widths;
  }
}
