package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.charts.ReportCharts;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

/** The workbook of the bundled sample, written and read back with POI. */
class WorkbookWriterTest {
  private static final List<String> SHEETS = List.of("Summary", "Table 1", "Results",
      "Mattress change", "Subgroups", "Sensitivity", "Time since change", "Props", "Firmness",
      "Sleep position", "Mattress age", "Categorical", "Table 1 numbers", "Validation",
      "Red flags", "Data", "Codebook", "About", "Charts");

  private static Report report;
  private static List<ReportChart> charts;
  private static byte[] bytes;
  private static XSSFWorkbook book;

  @BeforeAll
  static void writeTheSampleWorkbook() {
    report = Reports.sample();
    charts = ReportCharts.of(report);
    bytes = Workbooks.write(report, charts);
    book = Workbooks.read(bytes);
  }

  private static XSSFSheet sheet(String name) {
    return book.getSheet(name);
  }

  /** The row whose first cell is {@code text}. */
  private static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(text)) {
        return row;
      }
    }
    throw new AssertionError("no row starting with " + text + " on " + sheet.getSheetName());
  }

  /** The column of the header {@code name} in the header row of {@code sheet}'s first table. */
  private static int column(Sheet sheet, String name) {
    PaneInformation pane = sheet.getPaneInformation();
    Row header = sheet.getRow(pane.getHorizontalSplitTopRow() - 1);
    for (Cell c : header) {
      if (c.getStringCellValue().equals(name)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no header " + name + " on " + sheet.getSheetName());
  }

  @Test
  void sheetsComeInTheIssuesOrder() {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    assertThat(names).isEqualTo(SHEETS);
  }

  @Test
  void everySheetOpensWithATitleSayingWhatItHoldsAndTheN() {
    for (String name : SHEETS) {
      XSSFCell title = sheet(name).getRow(0).getCell(0);
      assertThat(title.getStringCellValue()).as(name).isNotBlank();
      assertThat(title.getCellStyle().getFont().getBold()).as(name).isTrue();
      assertThat(title.getCellStyle().getFont().getFontHeightInPoints()).as(name)
          .isEqualTo((short) 14);
    }
    assertThat(sheet("Data").getRow(0).getCell(0).getStringCellValue())
        .startsWith("Data: 395 accepted respondents");
    assertThat(sheet("Mattress change").getRow(0).getCell(0).getStringCellValue())
        .contains("n = 149–153 pairs");
    assertThat(sheet("Validation").getRow(0).getCell(0).getStringCellValue())
        .contains("400 rows read, 395 accepted, 5 rejected; 5 problems");
  }

  @Test
  void resultsAreNumbersWithFormatsAndPValuesKeepTheirValueBehindLessThan() {
    XSSFSheet s = sheet("Mattress change");
    PairedResult p = report.analysis().paired().get(0);
    Row row = rowStartingWith(s, "pain_morning");
    Cell change = row.getCell(column(s, "Mean change"));
    assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(change.getNumericCellValue())
        .isEqualTo(p.tTest().meanChange().value().getAsDouble());
    assertThat(change.getCellStyle().getDataFormatString()).isEqualTo("0.00");
    Cell pt = row.getCell(column(s, "p (paired t)"));
    assertThat(pt.getNumericCellValue()).isEqualTo(p.tTest().p().getAsDouble())
        .isLessThan(1e-20);
    assertThat(pt.getCellStyle().getDataFormatString()).isEqualTo(Workbooks.P_FORMAT);
    assertThat(new DataFormatter().formatCellValue(pt)).isEqualTo("<0.001");
    Cell rate = row.getCell(column(s, "Responder rate"));
    assertThat(rate.getNumericCellValue()).isEqualTo(p.absolute().rate().value().getAsDouble());
    assertThat(new DataFormatter().formatCellValue(rate)).isEqualTo("54.4%");
    Cell holm = row.getCell(column(s, "Holm p (paired t)"));
    assertThat(holm.getNumericCellValue()).isEqualTo(report.adjusted(TestFamily.PAIRED_T,
        "pain_morning").orElseThrow().holm().getAsDouble());
    // a p-value above 0.001 shows its digits
    Cell welch = rowStartingWith(sheet("Sleep position"), "sleep_quality_pre")
        .getCell(column(sheet("Sleep position"), "p (Welch)"));
    assertThat(new DataFormatter().formatCellValue(welch)).isEqualTo("0.058");
  }

  @Test
  void tableHeadersAreStyledFrozenAndFiltered() {
    for (String name : List.of("Summary", "Table 1 numbers", "Mattress change", "Sleep position",
        "Mattress age", "Categorical", "Validation", "Red flags", "Data", "Codebook")) {
      XSSFSheet s = sheet(name);
      PaneInformation pane = s.getPaneInformation();
      assertThat(pane).as(name).isNotNull();
      assertThat(pane.isFreezePane()).as(name).isTrue();
      int header = pane.getHorizontalSplitTopRow() - 1;
      XSSFCell first = s.getRow(header).getCell(0);
      assertThat(first.getCellStyle().getFont().getBold()).as(name).isTrue();
      assertThat(first.getCellStyle().getFillPattern()).as(name)
          .isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(name)
          .startsWith("A" + (header + 1) + ":");
    }
  }

  @Test
  void columnWidthsFollowTheContentWithoutAutoSize() {
    XSSFSheet data = sheet("Data");
    int id = column(data, "respondent_id");
    // the header "respondent_id" (13 characters) is wider than the ids, plus 2 of margin
    assertThat(data.getColumnWidth(id)).isEqualTo(15 * 256);
    // ids of 8 characters under a short header "line": the line numbers, 3 digits, and the
    // minimum width of 6
    assertThat(data.getColumnWidth(0)).isEqualTo(6 * 256);
    assertThat(sheet("Summary").getColumnWidth(1)).isEqualTo(90 * 256);
    XSSFSheet validation = sheet("Validation");
    int message = column(validation, "Message");
    assertThat(validation.getColumnWidth(message)).isGreaterThan(40 * 256)
        .isLessThanOrEqualTo(60 * 256);
  }

  @Test
  void theDataSheetHoldsEveryAcceptedRowAsNumbersAndLevels() {
    XSSFSheet data = sheet("Data");
    assertThat(data.getLastRowNum()).isEqualTo(1 + 395);
    Row first = data.getRow(2);
    assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(2);
    assertThat(first.getCell(column(data, "respondent_id")).getStringCellValue())
        .isEqualTo("R0000001");
    assertThat(first.getCell(column(data, "bmi")).getNumericCellValue()).isEqualTo(24.8);
    assertThat(first.getCell(column(data, "sleep_position")).getStringCellValue())
        .isEqualTo("stomach");
    // missing values are empty cells
    assertThat(first.getCell(column(data, "weeks_since_change"))).isNull();
  }

  @Test
  void everyCellOfTheDataSheetIsTheSurveysValueAndAMissingValueNoCell() {
    XSSFSheet data = sheet("Data");
    Survey survey = report.survey();
    assertThat(Workbooks.headers(data.getRow(1))).first().isEqualTo("line");
    for (int i = 0; i < survey.size(); i++) {
      Row row = data.getRow(2 + i);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(survey.sourceLine(i));
      for (int c = 0; c < survey.columns().size(); c++) {
        Column column = survey.columns().get(c);
        Cell cell = row.getCell(c + 1);
        String where = column.name() + " of row " + (i + 3);
        if (column.isMissing(i)) {
          assertThat(cell).as(where).isNull();
        } else if (column instanceof NumberColumn n) {
          assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
          assertThat(cell.getNumericCellValue()).as(where).isEqualTo(n.get(i));
        } else {
          assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
          assertThat(cell.getStringCellValue()).as(where).isEqualTo(column.text(i));
        }
      }
    }
    assertThat(data.getLastRowNum()).isEqualTo(1 + survey.size());
    // the line, then the 29 columns of the built-in codebook: A to AD
    assertThat(data.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:AD397");
  }

  @Test
  void stylesAreCreatedOnceNotPerCell() {
    // the Data sheet alone has about 10,000 cells
    assertThat(book.getNumCellStyles()).isLessThan(20);
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    assertThat(Workbooks.write(report, charts)).isEqualTo(bytes);
  }

  @Test
  void theWorkbookAndItsChartsAreTheSameBytesInEveryLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
        Locale.setDefault(locale);
        Report local = Reports.sample();
        assertThat(java.util.Arrays.equals(Workbooks.write(local, ReportCharts.of(local)),
            bytes)).as(locale.toString()).isTrue();
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void documentDatesAreTheReportsFixedDate() {
    var core = book.getProperties().getCoreProperties();
    assertThat(core.getCreated()).isEqualTo(Date.from(Reports.DATE));
    assertThat(core.getModified()).isEqualTo(Date.from(Reports.DATE));
    assertThat(core.getCreator()).isEqualTo("sleepstat test-version");
  }

  @Test
  void validationListsEveryProblemAndEveryRejectedRowWithItsFields() {
    XSSFSheet s = sheet("Validation");
    int header = s.getPaneInformation().getHorizontalSplitTopRow() - 1;
    Row problem = s.getRow(header + 1);
    assertThat(problem.getCell(0).getNumericCellValue()).isEqualTo(19);
    assertThat(problem.getCell(1).getNumericCellValue()).isEqualTo(18); // the file's column
    assertThat(problem.getCell(2).getStringCellValue()).isEqualTo("pain_morning_pre");
    assertThat(problem.getCell(3).getStringCellValue()).isEqualTo("11");
    assertThat(problem.getCell(4).getStringCellValue()).isEqualTo("out_of_range");
    assertThat(problem.getCell(6).getStringCellValue()).isEqualTo("row rejected");
    Row title = rowStartingWith(s, "Rejected rows: 5, with their fields as read");
    Row fields = s.getRow(title.getRowNum() + 1);
    assertThat(fields.getCell(3).getStringCellValue()).isEqualTo("respondent_id");
    Row first = s.getRow(title.getRowNum() + 2);
    assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(19);
    assertThat(first.getCell(2).getStringCellValue())
        .isEqualTo("pain_morning_pre: \"11\" is above the maximum 10");
    // field 18 of the row (pain_morning_pre) under the fields' columns from D
    assertThat(first.getCell(3 + 17).getStringCellValue()).isEqualTo("11");
    assertThat(s.getLastRowNum()).isEqualTo(title.getRowNum() + 1 + 5);
  }

  @Test
  void redFlagsListEveryFlaggedRespondentWithTheirFlags() {
    XSSFSheet s = sheet("Red flags");
    RedFlags flags = report.analysis().redFlags();
    int header = s.getPaneInformation().getHorizontalSplitTopRow() - 1;
    for (int i = 0; i < flags.flagged().size(); i++) {
      Row row = s.getRow(header + 1 + i);
      RedFlags.Flagged f = flags.flagged().get(i);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.id());
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(f.line());
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo(String.join(", ", f.flags()));
    }
    assertThat(flags.flagged()).hasSize(37);
  }

  @Test
  void codebookAndAboutSayWhatWasReadAndHow() {
    XSSFSheet codebook = sheet("Codebook");
    assertThat(rowStartingWith(codebook, "sleep_position").getCell(7).getStringCellValue())
        .startsWith("back sleeper=back | belly=stomach | changes=combination");
    XSSFSheet about = sheet("About");
    assertThat(rowStartingWith(about, "SHA-256").getCell(1).getStringCellValue())
        .isEqualTo(report.imported().provenance().sha256());
    assertThat(rowStartingWith(about, "Rows rejected").getCell(1).getNumericCellValue())
        .isEqualTo(5);
    assertThat(rowStartingWith(about, "Mean change, 95% CI, paired t-test").getCell(2)
        .getStringCellValue()).isEqualTo("t.test(post, pre, paired = TRUE)");
  }

  @Test
  void nativeChartsKeepOneDirectionPerChartWithBothGroupsAndTheirErrorBars() {
    List<XSSFChart> change = sheet("Mattress change").getDrawingPatriarch().getCharts();
    // pain (lower is better) apart from sleep quality (higher is better)
    assertThat(change).hasSize(2);
    assertThat(change.get(0).getTitleText().getString()).isEqualTo("Back pain on waking, Back"
        + " pain in bed (lower is better): " + ChangeMeansCharts.CHART_TITLE);
    assertThat(change.get(1).getTitleText().getString())
        .isEqualTo("Sleep quality (higher is better): " + ChangeMeansCharts.CHART_TITLE);
    CTBarSer[] series = change.get(0).getCTChart().getPlotArea().getBarChartArray(0)
        .getSerArray();
    assertThat(series).extracting(s -> s.getTx().getV())
        .containsExactly("Yes: before", "Yes: after", "No: before", "No: after");
    // colours as in the PNGs: the group's colour after, lighter before
    assertThat(series[1].getSpPr().getSolidFill().getSrgbClr().getVal())
        .containsExactly(0x00, 0x72, (byte) 0xB2);
    assertThat(series[3].getSpPr().getSolidFill().getSrgbClr().getVal())
        .containsExactly((byte) 0xE6, (byte) 0x9F, 0x00);
    // the chart's data: the two pain outcomes under the header of the means table
    int first = Workbooks.headerUnder(sheet("Mattress change"), "Means before and after per"
        + " group").getRowNum() + 2;
    String rows = "$" + first + ":$";
    assertThat(series[0].getVal().getNumRef().getF())
        .isEqualTo("'Mattress change'!$D" + rows + "D$" + (first + 1));
    assertThat(series[0].getErrBars().getPlus().getNumRef().getF())
        .isEqualTo("'Mattress change'!$K" + rows + "K$" + (first + 1));
    assertThat(series[2].getVal().getNumRef().getF())
        .isEqualTo("'Mattress change'!$O" + rows + "O$" + (first + 1));
    // the cached lengths of the first error bars down: mean - t interval's lower end (R)
    Map<String, Double> r = Reports.rReference();
    assertThat(Double.parseDouble(series[0].getErrBars().getMinus().getNumRef().getNumCache()
        .getPtArray(0).getV())).isCloseTo(r.get("before_after/pain_morning/before/mean")
        - r.get("before_after/pain_morning/before/ci_low"), within(1e-9));
    assertThat(Double.parseDouble(series[2].getErrBars().getMinus().getNumRef().getNumCache()
        .getPtArray(0).getV())).isCloseTo(r.get("before_after_no/pain_morning/before/mean")
        - r.get("before_after_no/pain_morning/before/ci_low"), within(1e-9));

    List<XSSFChart> position = sheet("Sleep position").getDrawingPatriarch().getCharts();
    // one chart per outcome, positions by their labels, CIs as error bars
    assertThat(position).hasSize(3);
    CTBarSer means = position.get(0).getCTChart().getPlotArea().getBarChartArray(0)
        .getSerArray(0);
    assertThat(means.getErrBars()).isNotNull();
    assertThat(means.getCat().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("Side");
    assertThat(position.get(0).getTitleText().getString()).startsWith("Back pain on waking: ");
  }

  @Test
  void theChartsSheetHoldsEveryChartAsAPicture() {
    List<XSSFPicture> pictures = new ArrayList<>();
    sheet("Charts").getDrawingPatriarch().getShapes().forEach(s -> {
      if (s instanceof XSSFPicture p) {
        pictures.add(p);
      }
    });
    assertThat(pictures).hasSize(charts.size());
    assertThat(pictures.get(0).getPictureData().getMimeType()).isEqualTo("image/png");
    // 800 x 450 pixels: within column A, wider than that, and 22.5 rows of 20 pixels
    XSSFClientAnchor anchor = pictures.get(0).getClientAnchor();
    assertThat(anchor.getCol2()).isZero();
    assertThat(anchor.getDx2()).isEqualTo(800 * Units.EMU_PER_PIXEL);
    assertThat(anchor.getRow2() - anchor.getRow1()).isEqualTo(22);
    assertThat(anchor.getDy2()).isEqualTo(10 * Units.EMU_PER_PIXEL);
    assertThat(sheet("Charts").getColumnWidthInPixels(0)).isGreaterThan(800);
  }
}
