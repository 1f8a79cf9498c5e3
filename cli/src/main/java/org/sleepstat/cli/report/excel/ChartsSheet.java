package org.sleepstat.cli.report.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Workbook;
import org.sleepstat.cli.report.Report;
import org.sleepstat.cli.report.charts.ChartFiles;
import org.sleepstat.cli.report.charts.ReportChart;

/** The report's charts as pictures, one below the other, each under its title and file name. */
final class ChartsSheet implements ReportSheet {
  static final String NAME = "Charts";
  /** Pictures show at half their 1600 × 900 pixels. */
  private static final double SCALE = 0.5;
  /** Rows a picture of 450 pixels covers at the default row height, and a gap. */
  private static final int ROWS_PER_CHART = 25;

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
    Workbook wb = w.sheet().getWorkbook();
    Drawing<?> drawing = w.sheet().createDrawingPatriarch();
    for (ReportChart chart : charts) {
      w.skip();
      w.note(chart.title() + "  (charts/" + chart.name() + ".png)");
      int index = wb.addPicture(ChartFiles.png(chart), Workbook.PICTURE_TYPE_PNG);
      ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
      anchor.setCol1(0);
      anchor.setRow1(w.nextRow());
      anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
      Picture picture = drawing.createPicture(anchor, index);
      picture.resize(SCALE);
      for (int i = 0; i < ROWS_PER_CHART; i++) {
        w.skip();
      }
    }
    w.finish();
  }
}
