package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * Where the numbers come from: the input file (name, size, SHA-256), how it was read, the row
 * counts, the options, the sleepstat version, and every method with its R equivalent.
 */
final class AboutSheet implements ReportSheet {
  static final String NAME = "About";

  /** A method and the R call that gives the same numbers. */
  record Method(String statistic, String method, String r) {}

  static final List<Method> METHODS = List.of(
      new Method("Mean change, 95% CI, paired t-test", "paired t-test, two-sided",
          "t.test(post, pre, paired = TRUE)"),
      new Method("Wilcoxon signed-rank test", "exact when n < 50 with no ties and no zero"
          + " changes, else normal approximation with continuity and tie correction; zero"
          + " changes dropped", "wilcox.test(post, pre, paired = TRUE)"),
      new Method("Hodges-Lehmann estimate and CI", "pseudo-median of the non-zero changes"
          + " (median of the Walsh averages); exact interval when the signed-rank test is"
          + " exact, else normal approximation; R lowers the level when 95% cannot be reached",
          "wilcox.test(post, pre, paired = TRUE, conf.int = TRUE)$estimate, $conf.int"),
      new Method("Cohen's dz", "mean change / SD of the change", "mean(d) / sd(d)"),
      new Method("Cohen's dz 95% CI", "noncentral t inverted at the observed t, divided by"
          + " √n (as MBESS and effectsize)",
          "ncp with pt(t, n - 1, ncp) = 0.975 and 0.025, divided by sqrt(n)"),
      new Method("Percent change", "mean change / mean before",
          "100 * mean(post - pre) / mean(pre)"),
      new Method("Responders and 95% CI", "share improving by at least the threshold; Wilson"
          + " score interval", "prop.test(responders, n, correct = FALSE)$conf.int"),
      new Method("30% responders and 95% CI", "share improving by at least 30% of their own"
          + " value before, and by more than nothing; every pair in the denominator; Wilson"
          + " score interval", "prop.test(k, n, correct = FALSE)$conf.int"),
      new Method("Changed vs not changed: ANCOVA", "difference after, changed − not changed,"
          + " adjusted for the value before; least squares, t test of the coefficient",
          "fit <- lm(post ~ pre + changed); summary(fit); confint(fit)[\"changedyes\", ]"),
      new Method("Changed vs not changed: Welch t", "Welch's t-test of the change scores,"
          + " changed − not changed", "t.test(change[changed == \"yes\"],"
          + " change[changed == \"no\"])"),
      new Method("Means before and after, 95% CI", "t interval of each mean over the pairs",
          "t.test(x)$conf.int"),
      new Method("One-way ANOVA by position", "F test, equal variances",
          "oneway.test(y ~ g, var.equal = TRUE)"),
      new Method("Welch's ANOVA by position", "F test, unequal variances", "oneway.test(y ~ g)"),
      new Method("Kruskal-Wallis by position", "rank test, tie-corrected", "kruskal.test(y ~ g)"),
      new Method("Eta squared", "SS between / SS total", "summary(aov(y ~ g))"),
      new Method("Epsilon squared", "Kruskal-Wallis H / (n − 1), tie-corrected H (Tomczak &"
          + " Tomczak 2014)", "effectsize::rank_epsilon_squared(y ~ g)"),
      new Method("Games-Howell pairwise comparisons", "Welch t per pair of positions; p and"
          + " simultaneous 95% CI from the studentized range over the k positions tested",
          "ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE), qtukey(0.95, k, df) / sqrt(2)"
              + " (rstatix::games_howell_test)"),
      new Method("Dunn pairwise comparisons", "z test of the mean ranks over the positions"
          + " tested, tie-corrected SE; Holm across the outcome's pairs",
          "2 * pnorm(-abs(z)), p.adjust(p, \"holm\") (rstatix::dunn_test)"),
      new Method("Pearson correlation with mattress age", "t test; Fisher z interval",
          "cor.test(age, y)"),
      new Method("Spearman correlation with mattress age", "t approximation",
          "cor.test(age, y, method = \"spearman\", exact = FALSE)"),
      new Method("Spearman 95% CI", "Fisher z interval on rho (cor.test gives none)",
          "tanh(atanh(rho) + c(-1, 1) * qnorm(0.975) / sqrt(n - 3))"),
      new Method("Mattress age bands", "bands [0,3), [3,6), [6,9), [9,Inf) years; n, mean, SD"
          + " and median per band", "tapply(y, cut(age, c(0, 3, 6, 9, Inf), right = FALSE),"
          + " mean)"),
      new Method("Regression on mattress age and covariates", "least squares over complete"
          + " rows; treatment contrasts, unused levels dropped; F test of all slopes",
          "fit <- lm(y ~ mattress_age_years + sleep_position + mattress_firmness + age_years +"
              + " bmi + exercise_days_week); summary(fit); confint(fit)"),
      new Method("Chi-square test", "Pearson's test of independence; Yates' continuity"
          + " correction on 2 x 2 tables", "chisq.test(tab)"),
      new Method("Fisher's exact test", "exact p given the margins; on 2 x 2 the conditional"
          + " maximum likelihood odds ratio and its 95% CI", "fisher.test(tab)"),
      new Method("Line in the mattress-age chart", "least squares", "coef(lm(y ~ age))"),
      new Method("Holm and BH adjusted p", "across the outcomes of each test (table on the"
          + " Summary sheet)",
          "p.adjust(p, \"holm\"), p.adjust(p, \"BH\")"),
      new Method("Quartiles (Table 1, positions, box plots)", "R's default, type 7",
          "quantile(x, c(0.25, 0.5, 0.75))"),
      new Method("Box plot whiskers", "to the last value within 1.5 IQR of the box",
          "boxplot.stats(x) whiskers, as ggplot2's geom_boxplot"),
      new Method("Table 1 percentages", "of those who answered (n in the table)",
          "prop.table(table(x))"),
      new Method("Table 1 p-values", "treated against the others: Welch's t-test (mean (SD)"
          + " rows); Wilcoxon rank-sum test (median rows; exact below 50 per group without ties,"
          + " else normal with continuity correction); chi-square test (Yates on 2 x 2), or"
          + " Fisher's exact test when an expected count is below 5",
          "t.test(x ~ g); wilcox.test(x ~ g); chisq.test(table(g, x)); fisher.test(table(g, x))"),
      new Method("Table 1 SMD", "standardised mean difference, treated minus the others; of a"
          + " level's proportion of those who answered",
          "(m1 - m2) / sqrt((s1^2 + s2^2) / 2); (p1 - p2) / sqrt((p1 * (1 - p1) + p2 * (1 - p2))"
              + " / 2)"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    ImportResult in = report.imported();
    Codebook codebook = report.survey().codebook();
    w.title("About this report: input, options, version and methods");
    w.note("The workbook's document date is fixed (not the time of writing), so the same"
        + " input and options give the same file, byte for byte.");
    ImportResult.Provenance read = in.provenance();
    ImportResult.RowCounts counts = in.counts();
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Input file", in.file()});
    facts.add(new String[] {"Size (bytes)", Long.toString(read.sizeBytes())});
    facts.add(new String[] {"SHA-256", read.sha256()});
    String format = read.formatLabel() + " (" + read.format().label() + " layout)";
    facts.add(new String[] {"Format", format});
    facts.add(new String[] {"Encoding", read.encoding().label()});
    facts.add(new String[] {"Delimiter", read.delimiterName()});
    facts.add(new String[] {"Decimal comma", read.decimalComma() ? "yes" : "no"});
    facts.add(new String[] {"Rows read", Long.toString(counts.rows())});
    facts.add(new String[] {"Rows accepted", Long.toString(counts.accepted())});
    facts.add(new String[] {"Rows rejected", Long.toString(counts.rejected())});
    facts.add(new String[] {"Respondents on the Data sheet", report.dataSheetNote()
        .orElse(Long.toString(report.dataSheetRespondents()))});
    facts.add(new String[] {"Extra columns (kept as text)", String.join(", ",
        in.extraColumns())});
    facts.add(new String[] {"Codebook", codebook.name() + " v" + codebook.version()});
    for (String option : report.options().optionsUsed()) {
      int colon = option.indexOf(": ");
      facts.add(colon < 0 ? new String[] {"Option", option}
          : new String[] {option.substring(0, colon), option.substring(colon + 2)});
    }
    for (StudyDesign.Outcome o : report.design().outcomes()) {
      StudyDesign.Responder r = o.responder();
      String percent = r.percent().isPresent() ? "of at least "
          + NumberText.format(r.percent().getAsDouble()) + "% of the value before"
          : "percent rule off";
      String rules = "improvement of at least " + NumberText.format(r.points()) + " points; "
          + percent;
      facts.add(new String[] {"Responder rules (" + o.name() + ")", rules});
      facts.add(new String[] {"Better is (" + o.name() + ")",
          o.direction() == Direction.LOWER_IS_BETTER ? "lower" : "higher"});
    }
    facts.add(new String[] {"Study", report.design().title()});
    facts.add(new String[] {"Study plan", report.plan().path()});
    facts.add(new String[] {"Study plan SHA-256", report.plan().sha256()});
    facts.add(new String[] {"sleepstat version", report.options().version()});
    int header = w.header(List.of("Item", "Value"));
    for (String[] f : facts) {
      SheetWriter.Line line = w.line().text(f[0]);
      if (f[1].matches("\\d{1,15}")) {
        line.number(Long.parseLong(f[1]), CellKind.COUNT);
      } else {
        line.text(f[1]);
      }
    }
    w.freezeBelow(header);
    w.skip();
    w.title("Methods and their R equivalents (R 4.x, base and stats packages unless a"
        + " package is named)");
    w.fixWidth(1, 66);
    new Table<Method>()
        .text("Statistic", Method::statistic)
        .column("Method", (line, m) -> line.text(m.method(), CellKind.WRAP))
        .text("R", Method::r)
        .withoutNotes()
        .write(w, METHODS);
    w.skip();
    w.title("The study plan the results were computed with (" + report.plan().path()
        + ", SHA-256 " + report.plan().sha256() + ")");
    for (String line : report.plan().text().split("\\R", -1)) {
      w.line().text(line);
    }
    w.finish();
  }
}
