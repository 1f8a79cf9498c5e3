package org.sleepstat.report.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.sleepstat.report.Report;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.xlsx.XlsxWorkbook;

/**
 * Writes the report workbook: the sheets in a fixed order, each with a title row; results as
 * numeric cells with number formats; native charts on the Mattress change and Sleep position
 * sheets; the chart pictures on the Charts sheet.
 *
 * <p>All sheets are created first in an ordinary workbook. The Data sheet, as large as the
 * survey, starts first: its XML is made and compressed on threads of its own while the ordinary
 * workbook fills the small sheets (charts and pictures need an ordinary sheet). The workbook is
 * then wrapped in a streaming one, which fills the sheets that grow with the import and the red
 * flags (Validation, Red flags) through a window of rows, or as XML written straight into the
 * file, and puts the Data sheet's compressed XML in place ({@link XlsxWorkbook}): memory stays
 * flat for a million rows. The document's created and modified dates are the report's fixed
 * date, and nothing else in the file depends on the clock, so the same input and options give
 * the same bytes.
 */
public final class WorkbookWriter {
  /** Rows of a streamed sheet kept in memory. */
  private static final int WINDOW = 500;

  private WorkbookWriter() {}

  /** The sheets in their order; the Charts sheet shows {@code charts}. */
  static List<ReportSheet> sheets(List<ReportChart> charts) {
    return List.of(new SummarySheet(), new Table1Sheet(), new ResultsSheet(), new PairedSheet(),
        new OverTimeSheet(),
        new SubgroupsSheet(), new SensitivitySheet(), new TimeSinceChangeSheet(), new PropsSheet(),
        new FirmnessSheet(),
        new PositionSheet(), new MattressAgeSheet(), new CategoricalSheet(),
        new Table1NumbersSheet(),
        new ValidationSheet(), new RedFlagsSheet(), new DataSheet(), new CodebookSheet(),
        new AboutSheet(), new ChartsSheet(charts));
  }

  /**
   * Writes the workbook of {@code report} to {@code out}.
   *
   * @param progress told the name of each sheet before it is written
   */
  public static void write(Report report, List<ReportChart> charts, OutputStream out,
      Consumer<String> progress) throws IOException {
    writeSheets(report, sheets(charts), out, progress);
  }

  static void writeSheets(Report report, List<ReportSheet> all, OutputStream out,
      Consumer<String> progress) throws IOException {
    List<ReportSheet> sheets = all.stream().filter(s -> s.present(report)).toList();
    try (XlsxWorkbook book = new XlsxWorkbook(sheets.stream().map(ReportSheet::name).toList())) {
      for (boolean first : new boolean[] {true, false}) {
        for (ReportSheet sheet : sheets) {
          if (!sheet.streamed() && sheet.first() == first) {
            progress.accept(sheet.name());
            sheet.write(book.sheet(sheet.name()), report);
          }
        }
      }
      book.properties(report.options().documentDate(), "sleepstat " + report.options().version(),
          "sleepstat report: " + report.imported().file());
      book.stream(WINDOW);
      for (ReportSheet sheet : sheets) {
        if (sheet.streamed()) {
          progress.accept(sheet.name());
          sheet.write(book.streamedSheet(sheet.name()), report);
        }
      }
      book.write(out);
    }
  }
}
