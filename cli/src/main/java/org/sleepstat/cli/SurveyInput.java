package org.sleepstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sleepstat.analysis.DesignWarning;
import org.sleepstat.analysis.DesignWarnings;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ColumnMap;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.InvalidValues;
import org.sleepstat.core.io.Problem;
import org.sleepstat.core.io.SourceFormat;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.io.UnfinishedResponses;
import org.sleepstat.core.plan.PlanException;
import org.sleepstat.core.plan.StudyPlan;
import org.sleepstat.core.schema.CodebookException;
import org.sleepstat.core.schema.CodebookReader;
import org.sleepstat.core.schema.RedcapDictionary;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of every command that reads a survey: the file (CSV or xlsx; plain schema, REDCap
 * or Qualtrics export), the codebook, a column map, a REDCap data dictionary, the sheet, leniency.
 */
final class SurveyInput {
  static final String SAMPLE_NAME = "sample-survey.csv";
  static final String SAMPLE_RESOURCE = "/org/sleepstat/data/" + SAMPLE_NAME;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Survey file: CSV or xlsx, wide or long, or a REDCap or Qualtrics export;"
          + " - for standard input. Without it, the bundled sample survey.")
  Path file;

  /** How messages name standard input, read when FILE is "-". */
  static final String STDIN_NAME = "(standard input)";

  @Option(
      names = "--lenient",
      description = "Keep a row with an invalid value, with that value set missing (default:"
          + " reject the row).")
  boolean lenient;

  @Option(
      names = "--codebook",
      paramLabel = "FILE",
      description = "A codebook of your own (CSV, same format as the built-in one).")
  Path codebook;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description = "A study plan (YAML; `sleepstat plan` prints the built-in one): the"
          + " codebook, group, waves, outcomes and their rules. A variable it names that the"
          + " file lacks stops the run (exit 2).")
  Path plan;

  @Option(
      names = "--strict",
      description = "Stop (exit 2) on any warning, such as a design variable without a column"
          + " (default: warn and go on).")
  boolean strict;

  @Option(
      names = "--map",
      paramLabel = "FILE",
      description = "A column map (CSV with the header column,variable): which column holds"
          + " which variable, outcome (long files) or wave. A column may be a header or a"
          + " Qualtrics ImportId. Other columns are matched by name.")
  Path map;

  @Option(
      names = "--dictionary",
      paramLabel = "FILE",
      description = "The REDCap data dictionary of the export: coded values are decoded through"
          + " its choices, and its validation minimum and maximum are checked.")
  Path dictionary;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The sheet of an xlsx workbook to read (default: the first).")
  String sheet;

  @Option(
      names = "--include-unfinished",
      description = "Read Qualtrics responses with Finished = False like the others (default:"
          + " report them and exclude them).")
  boolean includeUnfinished;

  @Option(names = "--debug", description = "Show the stack trace of an internal error.")
  boolean debug;

  /**
   * The study plan: the file given with --plan, or the built-in plan on the codebook (the
   * built-in one, or --codebook's).
   *
   * @throws UnusableInputException if both --plan and --codebook are given
   */
  StudyPlan plan() throws CodebookException, PlanException, UnusableInputException {
    if (plan != null) {
      if (codebook != null) {
        throw new UnusableInputException("--codebook and --plan: the plan names its codebook"
            + " (codebook: FILE); give the plan alone");
      }
      return StudyPlan.read(plan);
    }
    return codebook == null ? StudyPlan.builtIn()
        : StudyPlan.builtIn(CodebookReader.read(codebook));
  }

  /** The importer these options describe, with the built-in plan or --codebook's. */
  SurveyImporter importer() throws SurveyFileException, CodebookException, PlanException,
      UnusableInputException {
    return importer(plan());
  }

  /** The importer these options describe, reading with {@code study}'s codebook and waves. */
  SurveyImporter importer(StudyPlan study) throws SurveyFileException, CodebookException {
    SurveyImporter importer = SurveyImporter.withDefaults()
        .with(lenient ? InvalidValues.SET_MISSING : InvalidValues.REJECT_ROW)
        .with(includeUnfinished ? UnfinishedResponses.INCLUDE : UnfinishedResponses.EXCLUDE)
        .withSheet(sheet).with(study.codebook()).with(study.waves());
    if (map != null) {
      importer = importer.with(ColumnMap.read(map));
    }
    if (dictionary != null) {
      importer = importer.with(RedcapDictionary.read(dictionary));
    }
    return importer;
  }

  /**
   * Reads the survey with the plan, then checks that the file has a column for every variable
   * the plan's analyses need: each gap is a warning on {@code warn}; with --plan or --strict the
   * warnings stop the run.
   *
   * @param err where notes on the reading go
   * @param warn where warnings go (stderr even when notes are quiet)
   * @throws UnusableInputException when warnings stop the run
   */
  StudyInput study(PrintWriter err, PrintWriter warn) throws SurveyFileException, CodebookException,
      PlanException, UnusableInputException {
    StudyPlan study = plan();
    ImportResult imported = read(importer(study), err);
    List<DesignWarning> warnings = DesignWarnings.check(imported.survey(),
        study.design(), plan != null);
    for (DesignWarning w : warnings) {
      warn.println("sleepstat: warning: " + w.message());
    }
    warn.flush();
    if (!warnings.isEmpty() && (plan != null || strict)) {
      String n = warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings";
      throw new UnusableInputException(imported.file() + ": " + n + " above; "
          + (plan != null ? "the plan " + plan + " names variables the file has no column for:"
              + " rename or map the columns (--map), or change the plan"
              : "--strict stops on warnings"));
    }
    return new StudyInput(imported, study, warnings);
  }

  /**
   * Reads the survey, or the bundled sample (saying so on {@code err}); says on {@code err} how
   * an export or a workbook was read.
   */
  ImportResult read(PrintWriter err) throws SurveyFileException, CodebookException,
      PlanException, UnusableInputException {
    return read(importer(), err);
  }

  private ImportResult read(SurveyImporter importer, PrintWriter err)
      throws SurveyFileException {
    ByteSource source;
    if (file == null) {
      err.println("sleepstat: no FILE given; using the bundled sample survey (" + SAMPLE_NAME
          + ")");
      source = ByteSource.ofResource(SAMPLE_NAME, SurveyInput.class, SAMPLE_RESOURCE);
    } else if (readsStandardInput()) {
      source = ByteSource.ofStream(STDIN_NAME, System.in); // read once, into a temporary copy
    } else {
      source = ByteSource.of(file);
    }
    ImportResult result = importer.read(source);
    describe(result, err);
    RedcapHint.print(result, dictionary != null, err);
    return result;
  }

  /** Whether FILE is "-", standard input (a file named "-" is given as ./-). */
  boolean readsStandardInput() {
    return file != null && file.toString().equals("-");
  }

  /** One note per thing an export or a workbook changed about the reading; none for a CSV. */
  static void describe(ImportResult r, PrintWriter err) {
    SourceFormat source = r.provenance().source();
    if (source.equals(SourceFormat.PLAIN_CSV)) {
      return;
    }
    err.println("sleepstat: read " + r.file() + " as " + article(source.describe()) + ", "
        + r.provenance().format().label() + " layout");
    List<String> status = r.formStatusColumns();
    if (!status.isEmpty()) {
      err.println("sleepstat: REDCap form status columns kept out of the data: "
          + String.join(", ", status));
    }
    if (source.platform() == SourceFormat.Platform.QUALTRICS) {
      long unfinished = r.problems().stream()
          .filter(p -> p.rule() == Problem.Rule.UNFINISHED).count();
      err.println("sleepstat: Qualtrics rows 2 and 3 (question texts, ImportIds) are not data;"
          + " " + unfinished + " unfinished response" + (unfinished == 1 ? "" : "s")
          + " excluded");
    }
  }

  private static String article(String noun) {
    return (noun.startsWith("xlsx") ? "an " : "a ") + noun;
  }
}
