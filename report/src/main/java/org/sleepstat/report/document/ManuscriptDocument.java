package org.sleepstat.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.ReportOptions;
import org.sleepstat.report.Wording;
import org.sleepstat.report.charts.ReportChart;

/**
 * The report as a Word document ({@code <input>-report.docx}) to paste into a manuscript: the
 * study's title, the data file and n; a methods paragraph (software and version, each test with
 * the R call that gives the same numbers, multiplicity, missing data, rejected rows) and a results
 * paragraph (the headline findings); Table 1 in manuscript style; the result tables, one row per
 * estimate; and the charts as pictures with numbered captions. The same report and charts give
 * the same bytes.
 *
 * <pre>{@code
 * List<ReportChart> charts = ReportCharts.of(report);
 * try (OutputStream out = Files.newOutputStream(dir.resolve(ManuscriptDocument.fileName(
 *     report.options())))) {
 *   ManuscriptDocument.write(report, charts, out);
 * }
 * }</pre>
 */
public final class ManuscriptDocument {
  private ManuscriptDocument() {}

  /** The document's file name, {@code <input>-report.docx}. */
  public static String fileName(ReportOptions options) {
    return options.documentName();
  }

  /**
   * Writes the document of {@code report} to {@code out}, which stays open.
   *
   * @param charts the report's charts ({@code ReportCharts.of(report)}), shown in this order as
   *     Figure 1, 2, ...; each drawn once, as the workbook shows it ({@link ReportChart#picture()})
   */
  public static void write(Report report, List<ReportChart> charts, OutputStream out)
      throws IOException {
    try (DocxWriter doc = new DocxWriter()) {
      String title = report.design().title();
      ReportOptions options = report.options();
      doc.properties(title, "sleepstat " + options.version(), options.documentDate());
      doc.paragraph("Title", title);
      doc.paragraph("Normal", about(report));

      doc.paragraph("Heading1", "Methods");
      doc.paragraph("Heading2", "Statistical analysis");
      doc.paragraph("Normal", ManuscriptText.methods(report));
      doc.paragraph("Heading1", "Results");
      doc.paragraph("Normal", ManuscriptText.results(report));

      doc.pageBreak();
      doc.paragraph("Heading1", "Tables");
      doc.table(DocumentTable1.of(report, 1));
      List<DocTable> results = ResultTables.of(report, 2);
      for (DocTable t : results) {
        doc.table(t);
      }
      OverTimeTable.of(report, 2 + results.size()).ifPresent(doc::table);
      if (!charts.isEmpty()) {
        doc.pageBreak();
        doc.paragraph("Heading1", "Figures");
        for (int i = 0; i < charts.size(); i++) {
          ReportChart chart = charts.get(i);
          doc.picture(chart.picture(), chart.name(), chart.title());
          doc.caption("Figure " + (i + 1) + ". " + chart.title());
        }
      }
      doc.write(out);
    }
  }

  /** "Data: sample-survey.csv (400 rows read, 5 rejected); n = 395 respondents. sleepstat 1.0." */
  private static String about(Report report) {
    ImportResult imported = report.imported();
    return "Data: " + imported.file() + " (" + Wording.count(imported.counts().rows(), "row")
        + " read, " + Wording.integer(imported.counts().rejected()) + " rejected); n = "
        + Wording.integer(report.survey().size()) + " respondents. Written by sleepstat "
        + report.options().version() + ".";
  }
}
