package org.sleepstat.report.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.sleepstat.report.OutputFiles;
import org.sleepstat.report.Report;
import org.sleepstat.report.ReportFolder;
import org.sleepstat.report.ReportFormat;
import org.sleepstat.report.ReportOptions;
import org.sleepstat.report.charts.ChartFiles;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.charts.ReportCharts;
import org.sleepstat.report.document.ManuscriptDocument;
import org.sleepstat.report.sheets.WorkbookWriter;
import org.sleepstat.report.slides.SlideDeck;

/**
 * Writes a report into a folder: the files of the formats asked for (the workbook) and the chart
 * files, published together (see {@link ReportFolder}), so that the folder never holds the
 * workbook of one run beside the charts of another. The report module's entry point, above its
 * sheets and charts (which read the report package's model), so that no package of the module
 * imports one that imports it back.
 *
 * <pre>{@code
 * ImportResult imported = SurveyImporter.withDefaults().read(Path.of("survey.csv"));
 * SurveyAnalysis analysis = SurveyAnalysis.withDefaults();
 * Report report = new Report(imported, analysis.analyze(imported.survey()), analysis,
 *     ReportOptions.defaults("survey"));
 * ReportWriter.write(report, Path.of("results"));
 * }</pre>
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * What was written: each file by its format, and the charts (each in every chart format asked
   * for, when {@link ReportFormat#CHARTS} was; the folder is there, empty, when not).
   */
  public record Written(Map<ReportFormat, Path> files, Path chartFolder,
      List<ReportChart> charts) {
    public Written {
      files = Collections.unmodifiableMap(new EnumMap<>(files));
      Objects.requireNonNull(chartFolder, "chartFolder");
      charts = List.copyOf(charts);
    }

    /** The workbook, if it was written. */
    public Path workbook() {
      return files.get(ReportFormat.XLSX);
    }
  }

  /** Writes the report into {@code dir} (which must exist), without progress messages. */
  public static Written write(Report report, Path dir)
      throws IOException, ReportFolder.OtherReport {
    return write(report, dir, step -> {});
  }

  /**
   * Writes the report into {@code dir} (which must exist).
   *
   * @param progress told the name of each step as it starts ("charts", then the sheets)
   * @throws ReportFolder.OtherReport when the folder holds the report of another input
   */
  public static Written write(Report report, Path dir, Consumer<String> progress)
      throws IOException, ReportFolder.OtherReport {
    ReportOptions options = report.options();
    Set<ReportFormat> formats = options.formats();
    List<ReportChart> charts = ReportCharts.of(report);
    Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
    ReportFolder.write(dir, options.fileNames(), (stagedCharts, staged) -> {
      if (formats.contains(ReportFormat.CHARTS)) {
        progress.accept("charts");
        ChartFiles.write(charts, stagedCharts, options.chartFormats(), options.dpi());
      }
      if (formats.contains(ReportFormat.XLSX)) {
        OutputFiles.writeAtomically(staged.get(options.workbookName()),
            stream -> WorkbookWriter.write(report, charts, stream, progress));
        written.put(ReportFormat.XLSX, dir.resolve(options.workbookName()));
      }
      if (formats.contains(ReportFormat.PPTX)) {
        progress.accept("slides");
        OutputFiles.writeAtomically(staged.get(options.slidesName()),
            stream -> SlideDeck.write(report, stream));
        written.put(ReportFormat.PPTX, dir.resolve(options.slidesName()));
      }
      if (formats.contains(ReportFormat.DOCX)) {
        progress.accept("document");
        OutputFiles.writeAtomically(staged.get(options.documentName()),
            stream -> ManuscriptDocument.write(report, charts, stream));
        written.put(ReportFormat.DOCX, dir.resolve(options.documentName()));
      }
    });
    return new Written(written, dir.resolve(ReportFolder.CHARTS),
        formats.contains(ReportFormat.CHARTS) ? charts : List.of());
  }
}
