package org.sleepstat.report.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepstat.report.Report;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.TextColumn;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.DataRows;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.report.xlsx.Text;

/**
 * The accepted respondents as normalised by the import: numbers as numbers, categories by their
 * codebook level, missing as empty, one row each with the line of the file it came from.
 * The sheet's XML is made straight from the survey's columns and compressed on threads of its
 * own while the other sheets are built ({@link SheetWriter#replaceWith}): numbers as numbers,
 * levels as shared strings (a handful per column, stored once), free text inline, so memory stays
 * flat however many rows there are. Cut at Excel's row and column limits with a
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
      w.replaceWith(title, headers, longest(survey, rows, headers.size()), rows,
          new Respondents(w, survey, rows, headers.size() - 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Respondents the sheet holds: all, or as many as fit below its title and header. */
  static int rows(int respondents, int maxRows) {
    return Math.max(0, Math.min(respondents, maxRows - FIXED_ROWS));
  }

  /**
   * The length of each column's longest value, for its width: of every row of a survey of up to
   * {@link #MEASURED} rows, of every k-th of a larger one.
   */
  private static int[] longest(Survey survey, int rows, int width) {
    int[] longest = new int[width];
    int step = Math.max(1, (rows + MEASURED - 1) / MEASURED);
    List<Column> columns = survey.columns();
    for (int i = 0; i < rows; i += step) {
      longest[0] = Math.max(longest[0],
          Text.displayLength(survey.sourceLine(i), CellKind.GENERAL));
      for (int c = 0; c < width - 1; c++) {
        Column column = columns.get(c);
        if (!column.isMissing(i)) {
          longest[c + 1] = Math.max(longest[c + 1], column instanceof NumberColumn n
              ? Text.displayLength(n.get(i), CellKind.GENERAL)
              : Text.safe(column.text(i)).length());
        }
      }
    }
    return longest;
  }

  /**
   * One row per respondent: the line of the file, then each column; numbers as numbers, levels as
   * shared strings, free text inline, a missing value no cell.
   */
  private static final class Respondents implements DataRows.Source {
    private final Survey survey;
    private final List<Column> columns;
    private final int rows;
    /** Per column of levels, the shared string of each level; null for other columns. */
    private final int[][] levels;

    /** The first {@code rows} respondents, the first {@code shown} columns. */
    Respondents(SheetWriter w, Survey survey, int rows, int shown) {
      this.survey = survey;
      this.columns = survey.columns().subList(0, shown);
      this.rows = rows;
      levels = new int[shown][];
      for (int c = 0; c < shown; c++) {
        if (columns.get(c) instanceof LevelColumn l) {
          levels[c] = new int[l.levels().size()];
          for (int k = 0; k < levels[c].length; k++) {
            levels[c][k] = w.sharedString(Text.safe(l.levels().get(k)));
          }
        }
      }
    }

    @Override
    public void writeTo(DataRows out) throws IOException {
      for (int i = 0; i < rows; i++) {
        out.row().number(survey.sourceLine(i));
        for (int c = 0; c < columns.size(); c++) {
          Column column = columns.get(c);
          if (column.isMissing(i)) {
            out.missing();
          } else if (column instanceof NumberColumn n) {
            out.number(n.get(i));
          } else if (column instanceof LevelColumn l) {
            out.sharedString(levels[c][l.code(i)]);
          } else {
            out.text(((TextColumn) column).get(i));
          }
        }
      }
    }
  }
}
