package org.sleepstat.report.sheets;

import java.util.List;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/**
 * The change after a mattress change, one row per outcome with every statistic of the paired
 * analysis; then those who changed against those who did not (ANCOVA and Welch's t-test on the
 * change); then the means before and after with their 95% CIs and a native Excel chart of them
 * with error bars.
 */
final class PairedSheet implements ReportSheet {
  static final String NAME = "Mattress change";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    List<PairedResult> results = report.analysis().paired();
    if (results.isEmpty()) {
      w.title("Change after a mattress change: the survey has no outcome with both a _pre and a"
          + " _post column");
      w.finish();
      return;
    }
    w.title("Change after a mattress change (change = after − before): " + results.size()
        + " outcome" + (results.size() == 1 ? "" : "s") + ", " + pairs(results) + "; "
        + results.get(0).selection());
    w.note("p-values below 0.001 show as <0.001; the cells keep the exact value. Holm and BH"
        + " adjust across the outcomes of each test. The Hodges-Lehmann interval has the level"
        + " R reaches (95% unless the data cannot). Methods and R calls: About sheet.");
    Table<PairedResult> table = new Table<PairedResult>()
        .text("Outcome", PairedResult::outcome)
        .text("Measure", r -> report.text().title(r.outcome()))
        .count("Pairs", PairedResult::n)
        .stat("Mean before", CellKind.NUMBER, r -> r.means().pre())
        .stat("Mean after", CellKind.NUMBER, r -> r.means().post())
        .stat("Mean change", CellKind.NUMBER, r -> r.tTest().meanChange().value())
        .stat("95% CI low", CellKind.NUMBER, r -> r.tTest().meanChange().ciLow())
        .stat("95% CI high", CellKind.NUMBER, r -> r.tTest().meanChange().ciHigh())
        .stat("t", CellKind.PRECISE, r -> r.tTest().t())
        .stat("df", CellKind.COUNT, r -> r.tTest().df())
        .stat("p (paired t)", CellKind.P, r -> r.tTest().p())
        .stat("Holm p (paired t)", CellKind.P,
            r -> Adjusted.holm(report, TestFamily.PAIRED_T, r.outcome()))
        .stat("BH p (paired t)", CellKind.P,
            r -> Adjusted.bh(report, TestFamily.PAIRED_T, r.outcome()))
        .stat("Wilcoxon V", CellKind.GENERAL, r -> r.signedRank().v())
        .stat("p (signed-rank)", CellKind.P, r -> r.signedRank().p())
        .stat("Holm p (signed-rank)", CellKind.P,
            r -> Adjusted.holm(report, TestFamily.SIGNED_RANK, r.outcome()))
        .stat("BH p (signed-rank)", CellKind.P,
            r -> Adjusted.bh(report, TestFamily.SIGNED_RANK, r.outcome()))
        .text("Signed-rank method", r -> r.signedRank().method())
        .count("Zero changes (dropped)", r -> r.signedRank().zeroDifferences())
        .stat("Hodges-Lehmann estimate", CellKind.NUMBER, r -> r.hodgesLehmann().estimate().value())
        .stat("Hodges-Lehmann CI low", CellKind.NUMBER, r -> r.hodgesLehmann().estimate().ciLow())
        .stat("Hodges-Lehmann CI high", CellKind.NUMBER, r -> r.hodgesLehmann().estimate().ciHigh())
        .stat("Hodges-Lehmann CI level", CellKind.SHARE,
            r -> r.hodgesLehmann().confidence())
        .stat("Cohen's dz", CellKind.PRECISE, r -> r.dz().value())
        .stat("dz 95% CI low", CellKind.PRECISE, r -> r.dz().ciLow())
        .stat("dz 95% CI high", CellKind.PRECISE, r -> r.dz().ciHigh())
        .stat("Change (% of mean before)", CellKind.SHARE, r -> share(r.means().percentChange()))
        .text("Responder rule", r -> r.absolute().rule())
        .count("Responders", r -> r.absolute().count())
        .stat("Responder rate", CellKind.SHARE, r -> r.absolute().rate().value())
        .stat("Wilson 95% CI low", CellKind.SHARE, r -> r.absolute().rate().ciLow())
        .stat("Wilson 95% CI high", CellKind.SHARE, r -> r.absolute().rate().ciHigh())
        .text("30% responder rule", r -> r.relative().rule())
        .count("30% responders", r -> r.relative().count())
        .count("Zero baselines", PairedResult::zeroBaselines)
        .stat("30% responder rate", CellKind.SHARE, r -> r.relative().rate().value())
        .stat("30% rule: Wilson 95% CI low", CellKind.SHARE,
            r -> r.relative().rate().ciLow())
        .stat("30% rule: Wilson 95% CI high", CellKind.SHARE,
            r -> r.relative().rate().ciHigh());
    int header = table.write(w, results);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.skip();
    arms(w, report);
    w.skip();
    ChangeMeansCharts.write(w, report);
    w.finish();
  }

  /** A percentage as a share, so the cell shows it in the percent format. */
  private static Stat share(Stat percent) {
    return percent.isDefined() ? Stat.of(percent.getAsDouble() / 100) : percent;
  }

  /** Changed against not changed, per outcome: the ANCOVA and Welch's t-test on the change. */
  private void arms(SheetWriter w, Report report) {
    List<ArmComparisonResult> arms = report.analysis().armComparison();
    if (arms.isEmpty()) {
      w.title("Changed vs not changed: the survey has no changed_mattress column");
      return;
    }
    int fewest = arms.stream().mapToInt(ArmComparisonResult::n).min().orElse(0);
    int most = arms.stream().mapToInt(ArmComparisonResult::n).max().orElse(0);
    w.title("Changed vs not changed (difference = changed − not changed): " + arms.size()
        + " outcome" + (arms.size() == 1 ? "" : "s") + ", n = " + Wording.range(fewest, most)
        + " respondents with changed_mattress and both values");
    w.note("ANCOVA: the difference after, adjusted for the value before, lm(post ~ pre +"
        + " changed). Welch: Welch's t-test on the change (after − before), changed − not"
        + " changed. Holm and BH adjust across the outcomes of each test.");
    Table<ArmComparisonResult> table = new Table<ArmComparisonResult>()
        .text("Outcome", ArmComparisonResult::outcome)
        .text("Measure", a -> report.text().title(a.outcome()))
        .count("n", ArmComparisonResult::n)
        .count("Changed: n", a -> a.changed().n())
        .stat("Changed: mean before", CellKind.NUMBER, a -> a.changed().meanPre())
        .stat("Changed: mean after", CellKind.NUMBER, a -> a.changed().meanPost())
        .stat("Changed: mean change", CellKind.NUMBER, a -> a.changed().meanChange())
        .count("Not changed: n", a -> a.unchanged().n())
        .stat("Not changed: mean before", CellKind.NUMBER, a -> a.unchanged().meanPre())
        .stat("Not changed: mean after", CellKind.NUMBER, a -> a.unchanged().meanPost())
        .stat("Not changed: mean change", CellKind.NUMBER, a -> a.unchanged().meanChange())
        .stat("ANCOVA difference", CellKind.NUMBER, r -> r.ancova().difference().value())
        .stat("ANCOVA SE", CellKind.PRECISE, r -> r.ancova().se())
        .stat("ANCOVA t", CellKind.PRECISE, r -> r.ancova().t())
        .stat("ANCOVA df", CellKind.COUNT, r -> r.ancova().df())
        .stat("p (ANCOVA)", CellKind.P, r -> r.ancova().p())
        .stat("Holm p (ANCOVA)", CellKind.P,
            a -> Adjusted.holm(report, TestFamily.ANCOVA, a.outcome()))
        .stat("BH p (ANCOVA)", CellKind.P,
            a -> Adjusted.bh(report, TestFamily.ANCOVA, a.outcome()))
        .stat("ANCOVA 95% CI low", CellKind.NUMBER, r -> r.ancova().difference().ciLow())
        .stat("ANCOVA 95% CI high", CellKind.NUMBER, r -> r.ancova().difference().ciHigh())
        .stat("ANCOVA R²", CellKind.PRECISE, r -> r.ancova().rSquared())
        .text("ANCOVA model", r -> r.ancova().method())
        .stat("Welch difference", CellKind.NUMBER, r -> r.welch().difference().value())
        .stat("Welch t", CellKind.PRECISE, r -> r.welch().t())
        .stat("Welch df", CellKind.NUMBER, r -> r.welch().df())
        .stat("p (Welch)", CellKind.P, r -> r.welch().p())
        .stat("Holm p (Welch)", CellKind.P,
            a -> Adjusted.holm(report, TestFamily.WELCH_CHANGE, a.outcome()))
        .stat("BH p (Welch)", CellKind.P,
            a -> Adjusted.bh(report, TestFamily.WELCH_CHANGE, a.outcome()))
        .stat("Welch 95% CI low", CellKind.NUMBER, r -> r.welch().difference().ciLow())
        .stat("Welch 95% CI high", CellKind.NUMBER, r -> r.welch().difference().ciHigh());
    table.write(w, arms);
  }

  static String pairs(List<PairedResult> results) {
    int fewest = results.stream().mapToInt(PairedResult::n).min().orElse(0);
    int most = results.stream().mapToInt(PairedResult::n).max().orElse(0);
    return "n = " + Wording.range(fewest, most) + " pairs";
  }
}
