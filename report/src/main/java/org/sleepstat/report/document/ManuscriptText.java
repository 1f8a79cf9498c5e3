package org.sleepstat.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;

/**
 * The methods and results paragraphs of the document, written from what the analysis did: a
 * sentence per analysis that was made, naming the test and the R call that gives the same
 * numbers, the adjustment for multiplicity, the handling of missing values and of rejected rows;
 * and the headline findings as prose. Ready to paste into a manuscript and edit.
 */
final class ManuscriptText {
  private ManuscriptText() {}

  /** The statistical methods, as one paragraph. */
  static String methods(Report report) {
    AnalysisResult a = report.analysis();
    StudyDesign design = report.design();
    ImportResult imported = report.imported();
    List<String> s = new ArrayList<>();
    s.add("Analyses were run with sleepstat " + report.options().version()
        + ", whose estimates and p-values are checked against R; the R call that gives each"
        + " result is named below.");
    s.add("Of " + Wording.count(imported.counts().rows(), "row") + " in " + imported.file()
        + ", " + Wording.integer(imported.counts().rejected()) + " were rejected on import"
        + " against the codebook, each listed with its line, column, value and reason, leaving "
        + Wording.count(imported.counts().accepted(), "respondent") + " for analysis.");
    s.add("Baseline characteristics are given as mean (SD) and n (%).");
    if (!a.paired().isEmpty()) {
      s.add("The change from before to after (" + report.pairedScope() + ") was tested with"
          + " the paired t-test (t.test(post, pre, paired = TRUE)) and the Wilcoxon signed-rank"
          + " test with the Hodges–Lehmann estimate of the median change (wilcox.test(post, pre,"
          + " paired = TRUE, conf.int = TRUE), which drops pairs without change); the effect"
          + " size is Cohen's dz with a noncentral-t interval. Responders are the pairs that"
          + " improved by at least the planned points (or share of their own value before),"
          + " with Wilson score intervals (prop.test(x, n, correct = FALSE)).");
    }
    if (!a.armComparison().isEmpty()) {
      String group = design.groupName().orElse(StudyDesign.GROUP);
      String treated = design.group().map(StudyDesign.Group::treated).orElse(StudyDesign.YES);
      s.add("The groups of " + group + " were compared by an analysis of covariance of the"
          + " value after adjusted for the value before (lm(post ~ pre + " + group + ")) and"
          + " by Welch's t-test on the change (t.test(change[" + group + " == \"" + treated
          + "\"], change[" + group + " != \"" + treated + "\"])); differences are " + treated
          + " minus the others.");
    }
    if (!a.byPosition().isEmpty()) {
      String position = design.position().map(v -> v.name()).orElse("position");
      s.add("Baseline outcomes were compared across " + position + " with Welch's ANOVA"
          + " (oneway.test(y ~ " + position + ")), the one-way ANOVA (oneway.test(y ~ "
          + position + ", var.equal = TRUE)) and the Kruskal–Wallis test (kruskal.test(y ~ "
          + position + ")).");
    }
    if (!a.mattressAge().isEmpty()) {
      String age = design.mattressAge().map(v -> v.name()).orElse("age");
      s.add("Their association with " + age + " is given by Pearson's r with a Fisher z"
          + " interval (cor.test(" + age + ", y)) and Spearman's ρ (cor.test(" + age
          + ", y, method = \"spearman\", exact = FALSE)).");
    }
    if (!a.categorical().isEmpty()) {
      s.add("Contingency tables were tested with the chi-square test, with Yates' correction"
          + " on 2 × 2 tables (chisq.test(tab)), and Fisher's exact test with the conditional"
          + " maximum-likelihood odds ratio (fisher.test(tab)).");
    }
    if (!a.multiplicity().families().isEmpty()) {
      s.add("For each test, the p-values of the outcomes were adjusted for multiplicity with"
          + " Holm's method and the Benjamini–Hochberg false discovery rate (p.adjust(p,"
          + " \"holm\"), p.adjust(p, \"BH\")).");
    }
    s.add("Missing values were not imputed: each analysis used the available cases, the"
        + " respondents with the values it needs, and every table gives its n. Intervals are"
        + " 95% and tests two-sided.");
    if (!design.redFlags().isEmpty()) {
      s.add("Respondents answering yes to a red-flag question ("
          + Wording.integer(a.redFlags().respondents()) + ") were listed for clinical follow-up"
          + " and kept in the analyses.");
    }
    return String.join(" ", s);
  }

  /**
   * The findings, as one paragraph: the sentences of the report's headlines, in their order,
   * without the counts of red flags and rows read, which the methods give.
   */
  static String results(Report report) {
    return findings(report).stream().map(Headline::sentence).collect(Collectors.joining(" "));
  }

  /** The headlines that are findings: all but the counts (red flags, rows read). */
  static List<Headline> findings(Report report) {
    return Headlines.of(report).stream().filter(h -> h.kind() != Headline.Kind.COUNT).toList();
  }
}
