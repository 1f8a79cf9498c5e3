package org.sleepstat.report.xlsx;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;

/**
 * Native Excel charts (DrawingML, through POI's XDDF) over cells of an ordinary sheet, so that
 * colleagues can restyle them in Excel. XDDF has no API for error bars; they are added to the
 * series XML directly ({@code c:errBars} with custom plus and minus ranges), which Excel and
 * LibreOffice both draw.
 */
public final class NativeCharts {
  private static final int WIDTH_COLUMNS = 10;
  private static final int HEIGHT_ROWS = 22;
  /** 1.5 pt in EMU. */
  private static final int ERROR_BAR_WIDTH = 19050;

  /**
   * One series: its name, its values, optionally the ranges of its error bars' lengths
   * (distance from the value down and up), and its colour, which the error bars share (as the
   * PNG charts draw an interval in its series' colour).
   */
  public record Series(String name, CellRangeAddress values, CellRangeAddress minus,
      CellRangeAddress plus, Color color) {}

  private NativeCharts() {}

  /** Rows a chart takes on the sheet, for placing what follows it. */
  public static int heightRows() {
    return HEIGHT_ROWS;
  }

  /** Columns a chart takes on the sheet, for placing charts side by side. */
  public static int widthColumns() {
    return WIDTH_COLUMNS;
  }

  /**
   * A clustered column chart, its top left corner at ({@code row}, {@code column}).
   *
   * @param categories the cells naming the categories (one column)
   */
  public static XSSFChart columns(XSSFSheet sheet, int row, int column, String title, String xTitle,
      String yTitle, CellRangeAddress categories, List<Series> series) {
    // POI tags each title's text with the JVM's locale (lang="de-DE"): the titles are English,
    // and the workbook should be the same bytes wherever it is written
    LocaleUtil.setUserLocale(Locale.US);
    try {
      return columnChart(sheet, row, column, title, xTitle, yTitle, categories, series);
    } finally {
      LocaleUtil.resetUserLocale();
    }
  }

  private static XSSFChart columnChart(XSSFSheet sheet, int row, int column, String title,
      String xTitle, String yTitle, CellRangeAddress categories, List<Series> series) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row,
        column + WIDTH_COLUMNS, row + HEIGHT_ROWS));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(xTitle);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(yTitle);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    // bars stand on zero: LibreOffice would otherwise start the axis near the smallest mean
    // and make a small difference look large
    if (series.stream().allMatch(s -> nonNegative(sheet, s.values()))) {
      y.setMinimum(0);
    }
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
    for (Series s : series) {
      XDDFNumericalDataSource<Double> values =
          XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
      XDDFBarChartData.Series bars = (XDDFBarChartData.Series) data.addSeries(names, values);
      bars.setTitle(s.name(), null);
      XDDFShapeProperties shape = new XDDFShapeProperties();
      shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
          new byte[] {(byte) s.color().getRed(), (byte) s.color().getGreen(),
              (byte) s.color().getBlue()})));
      bars.setShapeProperties(shape);
    }
    chart.plot(data);
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      if (s.minus() != null && s.plus() != null) {
        errorBars(sheet, data.getSeries(i), s.minus(), s.plus(), s.color());
      }
    }
    return chart;
  }

  private static void errorBars(XSSFSheet sheet,
      org.apache.poi.xddf.usermodel.chart.XDDFChartData.Series series, CellRangeAddress minus,
      CellRangeAddress plus, Color color) {
    CTErrBars bars = ((XDDFBarChartData.Series) series).getCTBarSer().addNewErrBars();
    bars.addNewErrDir().setVal(STErrDir.Y);
    bars.addNewErrBarType().setVal(STErrBarType.BOTH);
    bars.addNewErrValType().setVal(STErrValType.CUST);
    bars.addNewNoEndCap().setVal(false);
    reference(sheet, bars.addNewPlus().addNewNumRef(), plus);
    reference(sheet, bars.addNewMinus().addNewNumRef(), minus);
    // an explicit line: without one LibreOffice draws no error bars (Excel draws black ones)
    CTLineProperties line = bars.addNewSpPr().addNewLn();
    line.setW(ERROR_BAR_WIDTH);
    // the series' colour, darkened: a bar of the lighter "before" colour keeps a visible bar
    line.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) (color.getRed() * 2 / 3),
        (byte) (color.getGreen() * 2 / 3), (byte) (color.getBlue() * 2 / 3)});
  }

  /** Whether every number in the cells of {@code range} is 0 or more. */
  private static boolean nonNegative(XSSFSheet sheet, CellRangeAddress range) {
    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(range.getFirstColumn());
      if (cell != null && cell.getCellType() == CellType.NUMERIC
          && cell.getNumericCellValue() < 0) {
        return false;
      }
    }
    return true;
  }

  /** A reference to a column of cells with their current values cached, as Excel writes it. */
  private static void reference(XSSFSheet sheet, CTNumRef ref, CellRangeAddress range) {
    ref.setF(range.formatAsString(sheet.getSheetName(), true));
    CTNumData cache = ref.addNewNumCache();
    cache.setFormatCode("General");
    int count = range.getLastRow() - range.getFirstRow() + 1;
    cache.addNewPtCount().setVal(count);
    for (int i = 0; i < count; i++) {
      Row row = sheet.getRow(range.getFirstRow() + i);
      Cell cell = row == null ? null : row.getCell(range.getFirstColumn());
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        var pt = cache.addNewPt();
        pt.setIdx(i);
        pt.setV(Double.toString(cell.getNumericCellValue()));
      }
    }
  }
}
