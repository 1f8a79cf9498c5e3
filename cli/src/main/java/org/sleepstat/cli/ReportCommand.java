package org.sleepstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.SurveyAnalysis;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.report.ChartFormat;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.OutputFiles;
import org.sleepstat.report.Report;
import org.sleepstat.report.ReportFolder;
import org.sleepstat.report.ReportFormat;
import org.sleepstat.report.ReportOptions;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.write.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sleepstat report}: the import and the analyses, written as one Excel workbook to share
 * and a folder of charts for slides; prints where they are and the headline findings.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = {
      "Read a survey, run the analyses and write DIR/<input>-report.xlsx",
      "(summary, Table 1, every result, validation, red flags, data, codebook,",
      "methods, charts) and the charts into DIR/charts/. Prints where they are",
      "and the headline findings. The same input and options give the same",
      "workbook, byte for byte (its date: SOURCE_DATE_EPOCH, else 1980-01-01)."
    })
final class ReportCommand implements Callable<Integer> {
  /** Progress lines are worth printing from this many rows on. */
  static final long PROGRESS_ROWS = 50_000;

  @Spec CommandSpec spec;

  @Mixin SurveyInput input;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for the workbook and the charts (created if missing).")
  Path out;

  @Option(names = "--chart-formats", paramLabel = "FORMATS", defaultValue = "png,svg",
      description = "Chart files to write, comma-separated: png, svg, pdf"
          + " (default: ${DEFAULT-VALUE}).")
  String chartFormats;

  @Option(names = "--formats", paramLabel = "FORMATS", defaultValue = "all",
      description = "Files to write, comma-separated: xlsx (the workbook), pptx (a slide deck"
          + " with native charts), docx (a Word document for a manuscript), charts (the chart"
          + " files, in --chart-formats); all for every one (default: ${DEFAULT-VALUE}).")
  String reportFormats;

  @Option(names = "--dpi", paramLabel = "N", defaultValue = "" + ReportOptions.DEFAULT_DPI,
      description = "Resolution of the PNG charts; the 1600x900 charts scale by N/72"
          + " (default: ${DEFAULT-VALUE}, 2x: 3200x1800 pixels).")
  int dpi;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    Set<ChartFormat> formats = formats();
    Set<ReportFormat> files = reportFormats();
    if (dpi < 36 || dpi > 1200) {
      throw new ParameterException(spec.commandLine(),
          "--dpi " + dpi + " is outside 36..1200");
    }
    PrintWriter stdout = TerminalText.printer(quiet ? Writer.nullWriter()
        : spec.commandLine().getOut());
    PrintWriter messages = quiet ? new PrintWriter(Writer.nullWriter())
        : spec.commandLine().getErr();
    StudyInput study = input.study(messages, spec.commandLine().getErr());
    ImportResult imported = study.imported();
    if (imported.survey().size() == 0) {
      throw new UnusableInputException(imported.file() + ": no row was accepted ("
          + imported.counts().rejected() + " rejected); run sleepstat validate to see why");
    }
    Path dir = outputDirectory();
    SurveyAnalysis settings = SurveyAnalysis.of(study.plan().design());
    AnalysisResult analysis = settings.analyze(imported.survey());
    Report report = new Report(imported, analysis, settings, new ReportOptions(inputName(),
        formats, dpi, ReportOptions.documentDate(System.getenv("SOURCE_DATE_EPOCH")),
        SleepstatCommand.version(), optionsUsed(formats)).withFormats(files),
        study.plan().source(), study.warnings());
    report.dataSheetNote().ifPresent(note -> {
      messages.println("sleepstat: " + note);
      messages.flush();
    });
    Consumer<String> progress = progress(messages, imported.counts().rows());
    ReportWriter.Written written;
    try {
      written = ReportWriter.write(report, dir, progress);
    } catch (IOException e) {
      throw new UnusableInputException("cannot write the report into " + dir + ": "
          + (e instanceof FileSystemException f && f.getFile() != null
              && f.getReason() != null ? f.getFile() + ": " : "") + OutputFiles.reason(e));
    } catch (ReportFolder.OtherReport e) {
      throw new UnusableInputException(e.getMessage());
    }
    List<ReportChart> charts = written.charts();
    Path chartDir = written.chartFolder();
    List<String> names = written.files().values().stream().map(Path::toString).toList();
    String chartText = written.files().isEmpty() && charts.isEmpty() ? "nothing"
        : charts.isEmpty() ? "no chart files"
        : charts.size() + " chart" + (charts.size() == 1 ? "" : "s") + " in " + chartDir + " ("
            + (formats.isEmpty() ? "none as files" : formats.stream()
                .map(ChartFormat::extension).collect(Collectors.joining(", "))) + ")";
    stdout.println("sleepstat: wrote " + (names.isEmpty() ? "" : String.join(", ", names)
        + (charts.isEmpty() ? " (" + chartText + ")" : " and ")) + (charts.isEmpty() ? ""
        : chartText));
    for (Headline h : Headlines.of(report)) {
      stdout.println("  " + h.sentence());
    }
    stdout.flush();
    return ExitCode.OK;
  }

  /** The files --formats asks for. */
  private Set<ReportFormat> reportFormats() {
    Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
    for (String part : reportFormats.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      if (part.strip().equalsIgnoreCase("all")) {
        chosen.addAll(EnumSet.allOf(ReportFormat.class));
        continue;
      }
      try {
        chosen.add(ReportFormat.parse(part));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--formats: " + e.getMessage());
      }
    }
    if (chosen.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--formats: name at least one of "
          + EnumSet.allOf(ReportFormat.class).stream().map(ReportFormat::key)
              .collect(Collectors.joining(", ")) + ", or all");
    }
    return chosen;
  }

  private Set<ChartFormat> formats() {
    Set<ChartFormat> formats = EnumSet.noneOf(ChartFormat.class);
    for (String part : chartFormats.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        formats.add(ChartFormat.parse(part));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--chart-formats: " + e.getMessage());
      }
    }
    return formats;
  }

  private Path outputDirectory() throws UnusableInputException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UnusableInputException("--out " + out + " is a file, not a folder");
    }
    try {
      return Files.createDirectories(out);
    } catch (IOException e) {
      throw new UnusableInputException("cannot create the folder " + out + ": " + e);
    }
  }

  /** The input's file name without its extension: "survey" for data/survey.csv. */
  private String inputName() {
    String name = input.file == null ? SurveyInput.SAMPLE_NAME
        : input.readsStandardInput() ? "standard-input"
        : input.file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private List<String> optionsUsed(Set<ChartFormat> formats) {
    List<String> used = new ArrayList<>();
    used.add("--lenient: " + (input.lenient ? "yes (invalid values set missing)"
        : "no (rows with an invalid value rejected)"));
    used.add("--codebook: " + (input.codebook == null ? "built-in"
        : input.codebook.getFileName().toString()));
    used.add("--plan: " + (input.plan == null ? "built-in" : input.plan.getFileName().toString()));
    used.add("--strict: " + (input.strict ? "yes" : "no"));
    used.add("--chart-formats: " + formats.stream().map(ChartFormat::extension)
        .collect(Collectors.joining(",")));
    used.add("--dpi: " + dpi);
    used.add("--formats: " + reportFormats);
    return used;
  }

  /**
   * Progress on stderr for large files, and only when stderr is a terminal: a log or a pipe gets
   * no progress lines.
   */
  private Consumer<String> progress(PrintWriter messages, long rows) {
    if (quiet || rows < PROGRESS_ROWS || System.console() == null) {
      return step -> { };
    }
    return step -> {
      messages.println(String.format(Locale.ROOT, "sleepstat: writing %s (%,d rows)", step,
          rows));
      messages.flush();
    };
  }
}
