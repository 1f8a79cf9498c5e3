package org.sleepstat.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.Stat;

/**
 * The result tables of the document, one row per estimate in eight columns (outcome, estimate,
 * n, value, 95% CI, p, Holm-adjusted p, method): the change after the intervention, the groups
 * compared, the baseline outcomes by position and against mattress age. Every number is the
 * analysis's, formatted; none is computed here. A table whose analysis was not made is left out.
 */
final class ResultTables {
  static final List<String> HEADER =
      List.of("Outcome", "Estimate", "n", "Value", "95% CI", "p", "Holm", "Method");
  /** Column widths in twips; they add up to {@link Page#TEXT_WIDTH}. */
  private static final List<Integer> WIDTHS =
      List.of(1300, 1650, 600, 1100, 1350, 830, 830, 1412);
  /** The outcome, the estimate and the method are words; the rest are numbers. */
  private static final List<Boolean> LEFT =
      List.of(true, true, false, false, false, false, false, true);
  private static final String HOLM_NOTE = "Holm: p adjusted with Holm's method across the"
      + " outcomes of the same test (the workbook also gives the Benjamini–Hochberg adjustment).";

  private final Report report;
  private final OutcomeText text;

  private ResultTables(Report report) {
    this.report = report;
    this.text = report.text();
  }

  /** The result tables of {@code report}, numbered from {@code first}. */
  static List<DocTable> of(Report report, int first) {
    ResultTables t = new ResultTables(report);
    List<DocTable> tables = new ArrayList<>();
    List<List<DocTable.Row>> bodies = List.of(t.paired(), t.arms(), t.positions(), t.ages());
    StudyDesign design = report.design();
    List<String> titles = List.of(
        "Change from before to after (" + report.pairedScope() + ", pairs with both values)",
        "Change from before to after compared between the groups of "
            + design.groupName().orElse(StudyDesign.GROUP),
        "Baseline outcomes by " + design.position().map(v -> t.text.inSentence(v.name()))
            .orElse(""),
        "Baseline outcomes and " + design.mattressAge()
            .map(v -> t.text.inSentence(v.name())).orElse(""));
    List<String> notes = List.of(
        "Change is after − before. Responders improved by at least the points or the share of"
            + " their own value before shown; Wilson 95% CI.",
        "Difference: changed − not changed. ANCOVA: the value after adjusted for the value"
            + " before; Welch: the mean change compared without assuming equal variances.",
        "Mean (SD) per position; the tests compare all positions with at least two"
            + " respondents.",
        "Pearson and Spearman correlation; Fisher z 95% CI.");
    int number = first;
    for (int i = 0; i < bodies.size(); i++) {
      if (!bodies.get(i).isEmpty()) {
        tables.add(new DocTable("Table " + number++ + ". " + titles.get(i), HEADER,
            bodies.get(i), List.of(notes.get(i), HOLM_NOTE), WIDTHS, LEFT));
      }
    }
    return tables;
  }

  private List<DocTable.Row> paired() {
    List<DocTable.Row> rows = new ArrayList<>();
    for (PairedResult p : report.analysis().paired()) {
      String n = Wording.integer(p.n());
      Estimate mean = p.tTest().meanChange();
      rows.add(row(text.title(p.outcome()), "Mean before", n, Cells.number(p.means().pre(), 2),
          "", "", "", "Mean", true));
      rows.add(row("", "Mean after", n, Cells.number(p.means().post(), 2), "", "", "", "Mean",
          false));
      rows.add(row("", "Mean change", n, Cells.number(mean.value(), 2),
          Cells.interval(mean.ciLow(), mean.ciHigh(), 2), Cells.p(p.tTest().p()),
          holm(TestFamily.PAIRED_T, p.outcome()), "Paired t-test", false));
      Estimate hl = p.hodgesLehmann().estimate();
      rows.add(row("", "Median change (Hodges–Lehmann)", n, Cells.number(hl.value(), 2),
          Cells.interval(hl.ciLow(), hl.ciHigh(), 2) + level(p.hodgesLehmann().confidence()),
          Cells.p(p.signedRank().p()), holm(TestFamily.SIGNED_RANK, p.outcome()),
          "Wilcoxon signed-rank", false));
      rows.add(row("", "Cohen's dz", n, Cells.number(p.dz().value(), 2),
          Cells.interval(p.dz().ciLow(), p.dz().ciHigh(), 2), "", "", "Noncentral t", false));
      String points = NumberText.format(report.responderPoints(p.outcome()));
      rows.add(responders("Responders (≥ " + points + " point" + ("1".equals(points) ? "" : "s")
          + ")", p.absolute(), p.n()));
      if (p.relative().applied()) {
        OptionalDouble percent = report.design().outcome(p.outcome())
            .map(o -> o.responder().percent()).orElse(OptionalDouble.empty());
        rows.add(responders("Responders (≥ " + (percent.isPresent()
            ? NumberText.format(percent.getAsDouble()) + "%" : p.relative().rule()) + ")",
            p.relative(), p.n()));
      }
    }
    return rows;
  }

  private DocTable.Row responders(String what, PairedResult.Responders r, int n) {
    Estimate rate = r.rate();
    return row("", what, Wording.integer(n), Wording.percent(rate.value()) + " ("
        + Wording.integer(r.count()) + ")", Cells.percentInterval(rate.ciLow(), rate.ciHigh()),
        "", "", "Wilson interval", false);
  }

  private List<DocTable.Row> arms() {
    List<DocTable.Row> rows = new ArrayList<>();
    for (ArmComparisonResult a : report.analysis().armComparison()) {
      rows.add(row(text.title(a.outcome()), "Mean change, changed",
          Wording.integer(a.changed().n()), Cells.number(a.changed().meanChange(), 2), "", "",
          "", "Mean", true));
      rows.add(row("", "Mean change, not changed", Wording.integer(a.unchanged().n()),
          Cells.number(a.unchanged().meanChange(), 2), "", "", "", "Mean", false));
      Estimate adjusted = a.ancova().difference();
      rows.add(row("", "Difference adjusted for before", Wording.integer(a.n()),
          Cells.number(adjusted.value(), 2), Cells.interval(adjusted.ciLow(), adjusted.ciHigh(),
              2), Cells.p(a.ancova().p()), holm(TestFamily.ANCOVA, a.outcome()), "ANCOVA",
          false));
      Estimate welch = a.welch().difference();
      rows.add(row("", "Difference in mean change", Wording.integer(a.n()),
          Cells.number(welch.value(), 2), Cells.interval(welch.ciLow(), welch.ciHigh(), 2),
          Cells.p(a.welch().p()), holm(TestFamily.WELCH_CHANGE, a.outcome()), "Welch t-test",
          false));
    }
    return rows;
  }

  private List<DocTable.Row> positions() {
    List<DocTable.Row> rows = new ArrayList<>();
    String position = report.design().position().map(v -> v.name()).orElse("");
    for (PositionResult r : report.analysis().byPosition()) {
      boolean first = true;
      for (PositionGroup g : r.groups()) {
        String name = text.level(position, g.position());
        rows.add(row(first ? text.title(r.outcome()) : "",
            name.equals(g.position()) ? Cells.levelLabel(name) : name,
            Wording.integer(g.n()), Cells.meanSd(Stat.of(g.mean()), g.sd()), "", "", "",
            "Mean (SD)", first));
        first = false;
      }
      rows.add(row(first ? text.title(r.outcome()) : "", "Welch's ANOVA F("
          + Cells.number(r.welch().df1(), 0) + ", " + Cells.number(r.welch().df2(), 1) + ")",
          Wording.integer(r.n()), Cells.number(r.welch().f(), 2), "", Cells.p(r.welch().p()),
          holm(TestFamily.WELCH_ANOVA, r.outcome()), "Welch's ANOVA", first));
      rows.add(row("", "Kruskal–Wallis H(" + Cells.number(r.kruskalWallis().df(), 0) + ")",
          Wording.integer(r.n()), Cells.number(r.kruskalWallis().h(), 2), "",
          Cells.p(r.kruskalWallis().p()), holm(TestFamily.KRUSKAL_WALLIS, r.outcome()),
          "Kruskal–Wallis", false));
    }
    return rows;
  }

  private List<DocTable.Row> ages() {
    List<DocTable.Row> rows = new ArrayList<>();
    for (MattressAgeResult m : report.analysis().mattressAge()) {
      String n = Wording.integer(m.n());
      rows.add(row(text.title(m.outcome()), "Pearson r", n, Cells.number(m.pearsonR(), 2),
          Cells.interval(m.pearsonCiLow(), m.pearsonCiHigh(), 2), Cells.p(m.pPearson()),
          holm(TestFamily.PEARSON, m.outcome()), "Pearson", true));
      rows.add(row("", "Spearman ρ", n, Cells.number(m.spearmanRho(), 2),
          Cells.interval(m.spearmanCiLow(), m.spearmanCiHigh(), 2), Cells.p(m.pSpearman()),
          holm(TestFamily.SPEARMAN, m.outcome()), "Spearman", false));
    }
    return rows;
  }

  private String holm(TestFamily family, String outcome) {
    return report.adjusted(family, outcome).map(a -> Cells.p(a.holm())).orElse("");
  }

  /** " (90% CI)" when R's interval could not reach 95%; empty at 95%. */
  private static String level(Stat confidence) {
    if (!confidence.isDefined() || Math.abs(confidence.getAsDouble() - 0.95) < 1e-9) {
      return "";
    }
    return " (" + String.format(Locale.ROOT, "%.0f", 100 * confidence.getAsDouble()) + "% CI)";
  }

  private static DocTable.Row row(String outcome, String estimate, String n, String value,
      String ci, String p, String holm, String method, boolean startsGroup) {
    return new DocTable.Row(List.of(outcome, estimate, n, value, ci, p, holm, method), 0,
        startsGroup);
  }
}
