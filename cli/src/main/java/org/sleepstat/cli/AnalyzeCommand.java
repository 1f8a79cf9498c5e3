package org.sleepstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.SurveyAnalysis;
import org.sleepstat.core.io.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sleepstat analyze}: the import, then every analysis, as text or as JSON. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = {
      "Read a survey and run the analyses: the change after a mattress change (paired t,",
      "Wilcoxon signed-rank, effect size, responders), outcomes by sleep position (ANOVA,",
      "Welch's ANOVA, Kruskal-Wallis), mattress age against baseline outcomes (Pearson,",
      "Spearman) and red-flag respondents. Rejected rows are reported, not analysed."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SurveyInput input;

  @Option(names = "--json", description = "Print one JSON document on stdout"
      + " (docs/analysis-json.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StudyInput study = input.study(err, err);
    ImportResult imported = study.imported();
    if (imported.survey().size() == 0) {
      throw new UnusableInputException(imported.file() + ": no row was accepted ("
          + imported.counts().rejected() + " rejected); run sleepstat validate to see why");
    }
    AnalysisResult result = SurveyAnalysis.of(study.plan().design()).analyze(imported.survey());
    if (json) {
      AnalysisJson.write(study, result, out);
    } else {
      PrintWriter text = TerminalText.printer(out);
      AnalysisText.write(imported, result, text);
      text.flush();
    }
    return ExitCode.OK;
  }
}
