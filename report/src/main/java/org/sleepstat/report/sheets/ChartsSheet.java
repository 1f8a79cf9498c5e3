package org.sleepstat.report.sheets;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.sleepstat.report.Report;
import org.sleepstat.report.charts.ChartFiles;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * The report's charts as pictures, one below the other, each under its title and file name. A
 * picture shows at 800 × 450 pixels (its 1600 × 900 halved) in column A, which is made wider than
 * that, so its size is exact in any spreadsheet: it is anchored by offsets within one column and
 * whole rows of the default height (15 points, 20 pixels), not by guessed column widths.
 */
final class ChartsSheet implements ReportSheet {
  static final String NAME = "Charts";
  /** Size the pictures show at, in pixels. */
  static final int WIDTH = 800;
  static final int HEIGHT = 450;
  /** Column A's width in characters: about 850 pixels, room for a picture of 800. */
  private static final int COLUMN_WIDTH = 121;
  /** Pixels per row at the default height of 15 points. */
  private static final int ROW_PIXELS = 20;
  /** Rows a picture covers, and a gap. */
  private static final int ROWS_PER_CHART = HEIGHT / ROW_PIXELS + 3;

  private final List<ReportChart> charts;

  ChartsSheet(List<ReportChart> charts) {
    this.charts = List.copyOf(charts);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    w.title("Charts: " + charts.size() + " chart" + (charts.size() == 1 ? "" : "s")
        + " of this report, as PNG (the charts folder beside the workbook has each as a file)");
    w.fixWidth(0, COLUMN_WIDTH);
    Workbook wb = w.sheet().getWorkbook();
    Drawing<?> drawing = w.sheet().createDrawingPatriarch();
    for (ReportChart chart : charts) {
      w.skip();
      w.note(chart.title() + "  (charts/" + chart.name() + ".png)");
      int index = wb.addPicture(ChartFiles.png(chart), Workbook.PICTURE_TYPE_PNG);
      // not Picture.resize: it decodes the whole image to learn its size, which is known
      int top = w.nextRow();
      ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
      anchor.setCol1(0);
      anchor.setRow1(top);
      anchor.setCol2(0);
      anchor.setDx2(WIDTH * Units.EMU_PER_PIXEL);
      anchor.setRow2(top + HEIGHT / ROW_PIXELS);
      anchor.setDy2(HEIGHT % ROW_PIXELS * Units.EMU_PER_PIXEL);
      anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
      drawing.createPicture(anchor, index);
      for (int i = 0; i < ROWS_PER_CHART; i++) {
        w.skip();
      }
    }
    w.finish();
  }
}
