package org.sleepstat.report.slides;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.sleepstat.report.Methods;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.ContingencyTable;

/**
 * Native tables on the slides (editable in PowerPoint and Impress): the counts a categorical test
 * was run on, and the methods with their R calls. Plain rows with a rule under the header, as a
 * journal table.
 */
final class SlideTables {
  private static final Color RULE = new Color(0x999999);
  private static final double COUNT_SIZE = 18;
  private static final double METHOD_SIZE = 13;

  private SlideTables() {}

  /**
   * The counts of {@code table} under a caption naming its columns, with its levels as labelled
   * in the plan, and the totals of its rows.
   */
  static XSLFTable draw(XSLFSlide slide, Rectangle2D where, ContingencyTable table,
      OutcomeText text) {
    SlideText.box(slide, new Rectangle2D.Double(where.getX(), where.getY(), where.getWidth(),
        30), "Respondents by " + table.rowVariable() + " (rows) and " + table.columnVariable()
        + " (columns)", 14, false, SlideText.QUIET);
    Rectangle2D below = new Rectangle2D.Double(where.getX(), where.getY() + 50,
        where.getWidth(), where.getHeight() - 50);
    List<List<String>> cells = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(text.title(table.rowVariable()));
    table.columnLevels().forEach(l -> header.add(SlideText.level(text, table.columnVariable(),
        l)));
    header.add("Total");
    cells.add(header);
    for (int r = 0; r < table.rows(); r++) {
      List<String> row = new ArrayList<>();
      row.add(SlideText.level(text, table.rowVariable(), table.rowLevels().get(r)));
      long total = 0;
      for (int c = 0; c < table.columns(); c++) {
        row.add(Wording.integer(table.count(r, c)));
        total += table.count(r, c);
      }
      row.add(Wording.integer(total));
      cells.add(row);
    }
    double first = where.getWidth() * 0.4;
    double other = (where.getWidth() - first) / (table.columns() + 1);
    List<Double> widths = new ArrayList<>();
    widths.add(first);
    for (int c = 0; c <= table.columns(); c++) {
      widths.add(other);
    }
    return table(slide, below, cells, widths, COUNT_SIZE, true);
  }

  /**
   * The methods and their R calls.
   *
   * @return the height the table takes
   */
  static double methods(XSLFSlide slide, Rectangle2D where, List<Methods.Method> methods) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of("Statistic", "R"));
    for (Methods.Method m : methods) {
      cells.add(List.of(m.statistic(), m.r()));
    }
    double first = 300;
    XSLFTable t = table(slide, where, cells, List.of(first, where.getWidth() - first),
        METHOD_SIZE, false);
    double height = 0;
    for (XSLFTableRow row : t.getRows()) {
      height += row.getHeight();
    }
    return height;
  }

  private static XSLFTable table(XSLFSlide slide, Rectangle2D where, List<List<String>> cells,
      List<Double> widths, double size, boolean numbersRight) {
    XSLFTable t = slide.createTable(cells.size(), widths.size());
    for (int c = 0; c < widths.size(); c++) {
      t.setColumnWidth(c, widths.get(c));
    }
    double rowHeight = size * 1.9;
    for (int r = 0; r < cells.size(); r++) {
      t.setRowHeight(r, rowHeight);
      for (int c = 0; c < widths.size(); c++) {
        XSLFTableCell cell = t.getCell(r, c);
        cell.clearText();
        XSLFTextParagraph p = cell.addNewTextParagraph();
        p.setTextAlign(numbersRight && c > 0 ? TextParagraph.TextAlign.RIGHT
            : TextParagraph.TextAlign.LEFT);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(cells.get(r).get(c));
        run.setFontSize(size);
        run.setBold(r == 0);
        run.setFontColor(SlideText.TEXT);
        if (r == 0 || r == cells.size() - 1) {
          cell.setBorderColor(BorderEdge.bottom, RULE);
          cell.setBorderWidth(BorderEdge.bottom, 1.0);
        }
      }
    }
    t.setAnchor(new Rectangle2D.Double(where.getX(), where.getY(), where.getWidth(),
        rowHeight * cells.size()));
    return t;
  }
}
