package org.sleepstat.report.slides;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.sleepstat.report.xlsx.DatelessZip;

/**
 * A {@link BarChart} as a native PowerPoint chart (DrawingML through POI's XDDF), so that it can
 * be restyled and its data edited in PowerPoint or Impress. Its numbers live in the chart's
 * embedded workbook (categories, values, and the lengths of the error bars below and above),
 * which POI would write with the clock in its dates and zip entries: it is written again here
 * with the report's date and no zip dates. XDDF has no API for error bars or for the colour of
 * one bar; both go into the series XML directly.
 */
final class SlideChart {
  /** Text in the chart, in hundredths of a point: readable on a slide, not a spreadsheet. */
  private static final int TEXT_SIZE = 1600;
  /** 1.5 pt in EMU. */
  private static final int ERROR_BAR_WIDTH = 19050;
  private static final byte[] ERROR_BAR_COLOR = {0x22, 0x22, 0x22};
  private static final String SHEET = "Data";

  private SlideChart() {}

  /** Draws {@code chart} on {@code slide} in {@code frame}; its workbook dated {@code date}. */
  static XSLFChart draw(XMLSlideShow deck, XSLFSlide slide, Rectangle2D frame, BarChart chart,
      Instant date) throws IOException {
    List<BarChart.Bar> bars = chart.drawn();
    XSSFWorkbook book = new XSSFWorkbook();
    XSSFSheet sheet = book.createSheet(SHEET);
    fill(sheet, chart, bars);
    XSLFChart xchart = deck.createChart();
    // POI takes the frame of a chart in EMU, unlike every other anchor (points)
    slide.addChart(xchart, new Rectangle2D.Double(Units.toEMU(frame.getX()),
        Units.toEMU(frame.getY()), Units.toEMU(frame.getWidth()),
        Units.toEMU(frame.getHeight())));
    xchart.setWorkbook(book);

    XDDFCategoryAxis x = xchart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(chart.categoryTitle());
    x.setTickLabelPosition(AxisTickLabelPosition.LOW);
    XDDFValueAxis y = xchart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(chart.valueTitle());
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    double[] axis = chart.axis();
    y.setMinimum(axis[0]);
    y.setMaximum(axis[1]);
    y.setMajorUnit(axis[2]);
    y.setNumberFormat(format(axis[2], chart.percent()));
    y.setMajorTickMark(org.apache.poi.xddf.usermodel.chart.AxisTickMark.OUT);
    y.getOrAddMajorGridProperties();

    XDDFBarChartData data = (XDDFBarChartData) xchart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    data.setGapWidth(60);
    int last = bars.size();
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, last, 0, 0)),
        XDDFDataSourcesFactory.fromNumericCellRange(sheet,
            new CellRangeAddress(1, last, 1, 1)));
    series.setTitle(chart.valueTitle(), new CellReference(SHEET, 0, 1, true, true));
    xchart.plot(data);

    CTBarSer ser = series.getCTBarSer();
    for (int i = 0; i < bars.size(); i++) {
      CTDPt point = ser.addNewDPt();
      point.addNewIdx().setVal(i);
      point.addNewInvertIfNegative().setVal(false);
      point.addNewBubble3D().setVal(false);
      solidFill(point.addNewSpPr(), bars.get(i).color());
    }
    solidFill(ser.isSetSpPr() ? ser.getSpPr() : ser.addNewSpPr(), bars.isEmpty()
        ? Color.GRAY : bars.get(0).color());
    errorBars(sheet, ser.addNewErrBars(), last);
    // the axis's own format, not the cells' (POI links it to the source)
    xchart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
    textSize(xchart, x, y);
    embed(xchart, book, date);
    return xchart;
  }

  /**
   * The tick labels' format: as many decimals as the step has, negative numbers with a true
   * minus sign, e.g. {@code 0.0;"−"0.0}.
   */
  static String format(double step, boolean percent) {
    double shown = percent ? step * 100 : step;
    int decimals = 0;
    while (decimals < 6 && Math.abs(shown - Math.rint(shown)) > 1e-9) {
      shown *= 10;
      decimals++;
    }
    String number = (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + (percent ? "%" : "");
    return number + ";\"\u2212\"" + number;
  }

  /** Categories in column A, values in B, the error bars' lengths below in C and above in D. */
  private static void fill(XSSFSheet sheet, BarChart chart, List<BarChart.Bar> bars) {
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue(chart.categoryTitle());
    header.createCell(1).setCellValue(chart.valueTitle());
    header.createCell(2).setCellValue("95% CI: below");
    header.createCell(3).setCellValue("95% CI: above");
    for (int i = 0; i < bars.size(); i++) {
      BarChart.Bar b = bars.get(i);
      double value = b.value().getAsDouble();
      Row row = sheet.createRow(i + 1);
      row.createCell(0).setCellValue(b.category());
      row.createCell(1).setCellValue(value);
      row.createCell(2).setCellValue(value - b.low().getAsDouble());
      row.createCell(3).setCellValue(b.high().getAsDouble() - value);
    }
  }

  private static void errorBars(XSSFSheet sheet, CTErrBars bars, int last) {
    bars.addNewErrDir().setVal(STErrDir.Y);
    bars.addNewErrBarType().setVal(STErrBarType.BOTH);
    bars.addNewErrValType().setVal(STErrValType.CUST);
    bars.addNewNoEndCap().setVal(false);
    reference(sheet, bars.addNewPlus().addNewNumRef(), new CellRangeAddress(1, last, 3, 3));
    reference(sheet, bars.addNewMinus().addNewNumRef(), new CellRangeAddress(1, last, 2, 2));
    // an explicit line: without one LibreOffice draws no error bars
    CTLineProperties line = bars.addNewSpPr().addNewLn();
    line.setW(ERROR_BAR_WIDTH);
    line.addNewSolidFill().addNewSrgbClr().setVal(ERROR_BAR_COLOR);
  }

  /** A reference to a column of the embedded sheet with its values cached, as PowerPoint has. */
  private static void reference(XSSFSheet sheet, CTNumRef ref, CellRangeAddress range) {
    ref.setF(range.formatAsString(SHEET, true));
    CTNumData cache = ref.addNewNumCache();
    cache.setFormatCode("General");
    int count = range.getLastRow() - range.getFirstRow() + 1;
    cache.addNewPtCount().setVal(count);
    for (int i = 0; i < count; i++) {
      var pt = cache.addNewPt();
      pt.setIdx(i);
      pt.setV(Double.toString(sheet.getRow(range.getFirstRow() + i)
          .getCell(range.getFirstColumn()).getNumericCellValue()));
    }
  }

  private static void solidFill(CTShapeProperties shape, Color c) {
    if (shape.isSetSolidFill()) {
      shape.unsetSolidFill();
    }
    shape.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) c.getRed(),
        (byte) c.getGreen(), (byte) c.getBlue()});
  }

  /**
   * The size of every text in the chart: the chart's default, and on the axes' labels and titles
   * too, which POI sizes itself and LibreOffice does not inherit.
   */
  private static void textSize(XSLFChart chart, XDDFCategoryAxis x, XDDFValueAxis y) {
    x.getOrAddTextProperties().setFontSize(TEXT_SIZE / 100.0);
    y.getOrAddTextProperties().setFontSize(TEXT_SIZE / 100.0);
    var area = chart.getCTChart().getPlotArea();
    List<CTTitle> titles = List.of(area.getCatAxArray(0).getTitle(),
        area.getValAxArray(0).getTitle());
    for (CTTitle title : titles) {
      for (CTTextParagraph p : title.getTx().getRich().getPList()) {
        for (CTRegularTextRun r : p.getRList()) {
          r.getRPr().setSz(TEXT_SIZE);
          r.getRPr().setB(false);
        }
        if (p.isSetEndParaRPr()) {
          p.getEndParaRPr().setSz(TEXT_SIZE);
        }
      }
    }
    CTTextBody text = chart.getCTChartSpace().isSetTxPr() ? chart.getCTChartSpace().getTxPr()
        : chart.getCTChartSpace().addNewTxPr();
    text.addNewBodyPr();
    text.addNewLstStyle();
    CTTextCharacterProperties size = text.addNewP().addNewPPr().addNewDefRPr();
    size.setSz(TEXT_SIZE);
  }

  /**
   * Has POI make the embedded workbook's part and its link from the chart, then writes the
   * workbook into it again, dated and zipped without the clock, and detaches it so that POI does
   * not write it a third time when the deck is saved.
   */
  private static void embed(XSLFChart chart, XSSFWorkbook book, Instant date)
      throws IOException {
    POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
    core.setCreated(Optional.of(Date.from(date)));
    core.setModified(Optional.of(Date.from(date)));
    try {
      chart.saveWorkbook(book);
    } catch (InvalidFormatException e) {
      throw new IOException("the chart's workbook: " + e.getMessage(), e);
    }
    PackagePart part = embedded(chart);
    // a part's stream appends to what it holds: drop POI's copy first
    part.clear();
    try (OutputStream out = part.getOutputStream();
        ZipArchiveOutputStream zip = DatelessZip.over(out)) {
      book.write(zip);
    }
    chart.setWorkbook(null);
    book.close();
  }

  private static PackagePart embedded(XSLFChart chart) throws IOException {
    PackagePart own = chart.getPackagePart();
    try {
      for (PackageRelationship r : own.getRelationships()) {
        if (r.getRelationshipType().endsWith("/package")) {
          return own.getRelatedPart(r);
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException("the chart's workbook: " + e.getMessage(), e);
    }
    throw new IllegalStateException("POI made no embedded workbook for the chart");
  }
}
