package org.sleepstat.cli.report.excel;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.Direction;
import org.sleepstat.cli.report.Report;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.NumberText;

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
      new Method("Cohen's dz", "mean change / SD of the change", "mean(d) / sd(d)"),
      new Method("Responders and 95% CI", "share improving by at least the threshold; Wilson"
          + " score interval", "prop.test(responders, n, correct = FALSE)$conf.int"),
      new Method("Means before and after, 95% CI", "t interval of each mean over the pairs",
          "t.test(x)$conf.int"),
      new Method("One-way ANOVA by position", "F test, equal variances",
          "oneway.test(y ~ g, var.equal = TRUE)"),
      new Method("Welch's ANOVA by position", "F test, unequal variances", "oneway.test(y ~ g)"),
      new Method("Kruskal-Wallis by position", "rank test, tie-corrected", "kruskal.test(y ~ g)"),
      new Method("Eta squared", "SS between / SS total", "summary(aov(y ~ g))"),
      new Method("Pearson correlation with mattress age", "t test; Fisher z interval",
          "cor.test(age, y)"),
      new Method("Spearman correlation with mattress age", "t approximation",
          "cor.test(age, y, method = \"spearman\", exact = FALSE)"),
      new Method("Line in the mattress-age chart", "least squares", "coef(lm(y ~ age))"),
      new Method("Holm and BH adjusted p", "across the outcomes of each test",
          "p.adjust(p, \"holm\"), p.adjust(p, \"BH\")"),
      new Method("Quartiles (Table 1, box plots)", "R's default, type 7",
          "quantile(x, c(0.25, 0.5, 0.75))"),
      new Method("Box plot whiskers", "to the last value within 1.5 IQR of the box",
          "boxplot.stats(x) whiskers, as ggplot2's geom_boxplot"),
      new Method("Table 1 percentages", "of those who answered (n in the table)",
          "prop.table(table(x))"));

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
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Input file", in.file()});
    facts.add(new String[] {"Size (bytes)", Long.toString(in.sizeBytes())});
    facts.add(new String[] {"SHA-256", in.sha256()});
    facts.add(new String[] {"Format", in.format().label()});
    facts.add(new String[] {"Encoding", in.encoding().label()});
    facts.add(new String[] {"Delimiter", in.delimiterName()});
    facts.add(new String[] {"Decimal comma", in.decimalComma() ? "yes" : "no"});
    facts.add(new String[] {"Rows read", Long.toString(in.rows())});
    facts.add(new String[] {"Rows accepted", Long.toString(in.accepted())});
    facts.add(new String[] {"Rows rejected", Long.toString(in.rejected())});
    facts.add(new String[] {"Extra columns (kept as text)", String.join(", ",
        in.extraColumns())});
    facts.add(new String[] {"Codebook", codebook.name() + " v" + codebook.version()});
    for (String option : report.options().optionsUsed()) {
      int colon = option.indexOf(": ");
      facts.add(colon < 0 ? new String[] {"Option", option}
          : new String[] {option.substring(0, colon), option.substring(colon + 2)});
    }
    facts.add(new String[] {"Responder threshold", "improvement of at least "
        + NumberText.format(report.settings().responderChange()) + " points"});
    for (Codebook.Outcome o : codebook.outcomes()) {
      Direction d = report.settings().direction(o.name());
      facts.add(new String[] {"Better is (" + o.name() + ")",
          d == Direction.LOWER_IS_BETTER ? "lower" : "higher"});
    }
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
    w.title("Methods and their R equivalents (R 4.x, base and stats packages)");
    w.fixWidth(1, 66);
    new Table<Method>()
        .text("Statistic", Method::statistic)
        .column("Method", (line, m) -> line.text(m.method(), CellKind.WRAP))
        .text("R", Method::r)
        .withoutNotes()
        .write(w, METHODS);
    w.finish();
  }
}
