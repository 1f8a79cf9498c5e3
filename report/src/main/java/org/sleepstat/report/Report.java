package org.sleepstat.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.BaselineTable;
import org.sleepstat.analysis.DesignWarning;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.SurveyAnalysis;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.StudyPlan;
import org.sleepstat.core.survey.Survey;

/**
 * Everything a report shows: the import, the analysis and its settings, the options, and the
 * values behind each result that the charts draw. Built once; the workbook and the charts read
 * from it.
 */
public final class Report {
  /** Rows per sheet in Excel. */
  public static final int EXCEL_ROWS = 1_048_576;
  /** Columns per sheet in Excel. */
  public static final int EXCEL_COLUMNS = 16_384;
  /** Rows of the Data sheet above its respondents: the title and the header. */
  public static final int DATA_SHEET_HEADING = 2;

  private final ImportResult imported;
  private final AnalysisResult analysis;
  private final SurveyAnalysis settings;
  private final ReportOptions options;
  private final OutcomeText text;
  private final List<PairedSample> paired;
  private final List<PositionSample> byPosition;
  private final List<AgeSample> mattressAge;
  private final StudyPlan.Source plan;
  private final List<DesignWarning> warnings;
  /** Table 1's baseline comparisons, made the first time a sheet or document asks. */
  private BaselineTable baseline;

  /**
   * @param imported the import, whose survey was analysed
   * @param analysis {@code settings.analyze(imported.survey())}
   * @param settings the analysis settings (responder threshold, directions)
   * @param options how the report is written
   * @throws IllegalStateException if the survey's values do not match the analysis's counts
   */
  public Report(ImportResult imported, AnalysisResult analysis, SurveyAnalysis settings,
      ReportOptions options) {
    this(imported, analysis, settings, options, StudyPlan.builtIn(imported.survey().codebook())
        .source(), List.of());
  }

  /**
   * A report of a study read with its own plan.
   *
   * @param plan the plan the survey was read and analysed with: its path, SHA-256 and text go
   *     into the About sheet
   * @param warnings variables the plan's analyses need that the file has no column for, first
   *     on the Summary sheet
   */
  public Report(ImportResult imported, AnalysisResult analysis, SurveyAnalysis settings,
      ReportOptions options, StudyPlan.Source plan, List<DesignWarning> warnings) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.warnings = List.copyOf(warnings);
    this.imported = Objects.requireNonNull(imported, "imported");
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.options = Objects.requireNonNull(options, "options");
    Survey survey = imported.survey();
    this.text = new OutcomeText(survey.codebook(), analysis.design());
    this.paired = ReportSamples.paired(survey, analysis);
    this.byPosition = ReportSamples.byPosition(survey, analysis);
    this.mattressAge = ReportSamples.mattressAge(survey, analysis);
  }

  public ImportResult imported() {
    return imported;
  }

  public Survey survey() {
    return imported.survey();
  }

  public AnalysisResult analysis() {
    return analysis;
  }

  public SurveyAnalysis settings() {
    return settings;
  }

  /**
   * Table 1's baseline characteristics with their tests and SMDs ({@link BaselineTable}), made
   * once for the workbook and the document.
   */
  public synchronized BaselineTable baseline() {
    if (baseline == null) {
      baseline = BaselineTable.of(survey(), design(), analysis.sample());
    }
    return baseline;
  }

  /** The plan the survey was read and analysed with. */
  public StudyPlan.Source plan() {
    return plan;
  }

  /** Variables the analyses need that the file has no column for. */
  public List<DesignWarning> warnings() {
    return warnings;
  }

  /**
   * Whom the paired results describe, to follow a finding: "among the 149 respondents with
   * changed_mattress = yes", "among all 1,781 respondents (single-arm study)" or "among all 1,781
   * respondents (the file has no changed_mattress column)"; each with both values.
   */
  public String whom(int pairs) {
    StudyDesign d = design();
    String n = Wording.integer(pairs);
    Optional<StudyDesign.Group> group = d.group();
    if (group.isPresent() && survey().column(group.get().variable().name()).isPresent()) {
      return "among the " + n + " respondents with " + group.get().variable().name() + " = "
          + group.get().treated() + " and both values";
    }
    return "among all " + n + " respondents with both values (" + (d.singleArm()
        ? "single-arm study" : "the file has no " + d.groupName().orElse(StudyDesign.GROUP)
        + " column") + ")";
  }

  /**
   * Whom the paired results describe, briefly, for chart titles: "changed_mattress = yes",
   * "all respondents, single-arm study" or "all respondents: no changed_mattress column".
   */
  public String pairedScope() {
    StudyDesign d = design();
    Optional<StudyDesign.Group> group = d.group();
    if (group.isPresent() && survey().column(group.get().variable().name()).isPresent()) {
      return group.get().variable().name() + " = " + group.get().treated();
    }
    return d.singleArm() ? "all respondents, single-arm study"
        : "all respondents: no " + d.groupName().orElse(StudyDesign.GROUP) + " column";
  }

  /** The design the analyses followed. */
  public StudyDesign design() {
    return analysis.design();
  }

  /** The responder points of {@code outcome} in the design. */
  public double responderPoints(String outcome) {
    return design().outcome(outcome).map(o -> o.responder().points())
        .orElse(StudyDesign.Responder.BUILT_IN.points());
  }

  public ReportOptions options() {
    return options;
  }

  /** Titles and units of outcomes, from the codebook. */
  public OutcomeText text() {
    return text;
  }

  /** What the charts show of the pairs of each paired result, in the same order. */
  public List<PairedSample> paired() {
    return paired;
  }

  /** What the box plots show of each by-position result, in the same order. */
  public List<PositionSample> byPosition() {
    return byPosition;
  }

  /** What the scatter plots show of each mattress-age result, in the same order. */
  public List<AgeSample> mattressAge() {
    return mattressAge;
  }

  /**
   * Respondents the Data sheet holds: all accepted ones, or as many as fit below its title and
   * header in Excel's rows (the statistics use them all).
   */
  public int dataSheetRespondents() {
    return Math.min(survey().size(), EXCEL_ROWS - DATA_SHEET_HEADING);
  }

  /**
   * When the Data sheet cannot hold every accepted respondent, a sentence that says so, e.g.
   * "The Data sheet holds the first 1,048,574 of 10,000,000 accepted respondents (Excel holds
   * 1,048,576 rows per sheet); 8,951,426 are left out of the sheet but not out of the
   * statistics."
   */
  public Optional<String> dataSheetNote() {
    int size = survey().size();
    int shown = dataSheetRespondents();
    int columns = survey().columns().size();
    String rows = shown == size ? "" : Wording.dataSheetCut(shown, size);
    String cut = dataSheetColumns() == columns ? "" : Wording.dataSheetColumnsCut(
        dataSheetColumns(), columns);
    String note = (rows + " " + cut).strip();
    return note.isEmpty() ? Optional.empty() : Optional.of(note);
  }

  /**
   * Columns of the survey the Data sheet holds: all, or as many as fit in Excel's columns beside
   * the column of line numbers. Extra columns come last in a survey, so they are the ones cut.
   */
  public int dataSheetColumns() {
    return Math.min(survey().columns().size(), EXCEL_COLUMNS - 1);
  }

  /**
   * The Holm and BH adjustment of one outcome's p-value within a family of tests, if the
   * analysis made one.
   */
  public Optional<Multiplicity.Adjusted> adjusted(TestFamily family, String outcome) {
    return analysis.multiplicity().families().stream()
        .filter(f -> f.test() == family)
        .flatMap(f -> f.members().stream())
        .filter(a -> a.outcome().equals(outcome))
        .findFirst();
  }
}
