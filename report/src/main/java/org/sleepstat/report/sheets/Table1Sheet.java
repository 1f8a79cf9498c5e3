package org.sleepstat.report.sheets;

import java.util.List;
import org.sleepstat.report.Report;
import org.sleepstat.report.Table1Text;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * Table 1 as a manuscript prints it ({@link Table1Text}): Characteristic | Overall (n = …) | each
 * group (n = …) | p | SMD, levels indented under their variable, the tests named in footnotes
 * under the table; one page wide in landscape. The numbers behind it, as numbers, are on
 * {@link Table1NumbersSheet}.
 */
final class Table1Sheet implements ReportSheet {
  static final String NAME = "Table 1";
  /** The width of the Characteristic column, in characters: long labels wrap. */
  static final int LABEL_WIDTH = 50;
  /** The width of a group's column. */
  static final int CELL_WIDTH = 17;
  /** The width of the p and SMD columns. */
  static final int NARROW_WIDTH = 9;
  /** The footnote marks a, b, c, d as superscript letters. */
  private static final String SUPERSCRIPTS = "\u1d43\u1d47\u1d9c\u1d48\u1d49";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    Table1Text table = Table1Text.of(report);
    boolean compared = table.headers().size() > 2;
    w.title("Table 1. Baseline characteristics of the "
        + Wording.count(report.survey().size(), "respondent")
        + (compared ? ", overall and by group" : ""));
    // the n on a line of its own under a group's name
    List<String> headers = table.headers().stream().map(h -> h.replace(" (n = ", "\n(n = "))
        .toList();
    int columns = headers.size();
    w.fixWidth(0, LABEL_WIDTH);
    int groups = compared ? columns - 3 : columns - 1;
    for (int c = 1; c <= groups; c++) {
      w.fixWidth(c, CELL_WIDTH);
    }
    if (compared) {
      w.fixWidth(columns - 2, NARROW_WIDTH);
      w.fixWidth(columns - 1, NARROW_WIDTH);
    }
    int header = w.header(headers);
    for (Table1Text.Row row : table.rows()) {
      SheetWriter.Line line = w.line()
          .text(row.label(), row.indent() > 0 ? CellKind.INDENTED : CellKind.WRAP);
      for (String cell : row.cells()) {
        line.text(cell, CellKind.CENTRED);
      }
      if (compared) {
        line.text(row.p().isEmpty() ? "" : row.p() + superscript(row.marks()), CellKind.CENTRED)
            .text(row.smd(), CellKind.CENTRED);
      }
    }
    // a line of the merged footnote holds about a quarter more characters of the proportional
    // font than the columns' widths count
    int width = (LABEL_WIDTH + groups * CELL_WIDTH + (compared ? 2 * NARROW_WIDTH : 0)) * 5 / 4;
    w.skip();
    for (String note : table.footnotes()) {
      w.footnote(markFirst(note), columns, width);
    }
    w.freezeBelow(header);
    w.repeatOnEachPage(header);
    w.finish();
  }

  /** "a Welch's t-test …" with its mark as a superscript letter. */
  private static String markFirst(String note) {
    if (note.length() > 2 && note.charAt(1) == ' ' && Character.isLowerCase(note.charAt(0))) {
      return superscript(note.substring(0, 1)) + " " + note.substring(2);
    }
    return note;
  }

  /** Marks a–e as superscript letters. */
  static String superscript(String marks) {
    StringBuilder b = new StringBuilder();
    for (char m : marks.toCharArray()) {
      int k = m - 'a';
      b.append(k >= 0 && k < SUPERSCRIPTS.length() ? SUPERSCRIPTS.charAt(k) : m);
    }
    return b.toString();
  }
}
