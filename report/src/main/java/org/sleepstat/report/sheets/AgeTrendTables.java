package org.sleepstat.report.sheets;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.AgeBandShares;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * The trend tests of the Mattress age sheet, below its band table: the linear trend of each
 * baseline outcome across the bands, and the share of the primary outcome at or above its
 * threshold per band with the Cochran–Armitage test. Kept apart from the band table so that each
 * stays narrow.
 */
final class AgeTrendTables {
  private AgeTrendTables() {}

  /** R's breaks of the bands of {@code r}, e.g. "c(0, 6, 8, 10, Inf)". */
  static String breaks(AgeBandResult r) {
    return r.bands().stream().map(b -> NumberText.format(b.fromYears()))
        .collect(Collectors.joining(", ", "c(", ", Inf)"));
  }

  /** Both tables, each after a blank row; nothing when there are no banded outcomes. */
  static void write(SheetWriter w, Report report) {
    List<AgeBandResult> results = report.analysis().ageBands();
    if (results.isEmpty()) {
      return;
    }
    w.skip();
    trend(w, report, results);
    Optional<AgeBandResult> primary = results.stream()
        .filter(r -> r.highShare().isPresent()).findFirst();
    if (primary.isPresent()) {
      w.skip();
      shares(w, report, primary.get());
    }
  }

  private static void trend(SheetWriter w, Report report, List<AgeBandResult> results) {
    w.title("Linear trend across the bands: lm(y ~ score), score = the band's place 1.."
        + results.get(0).bands().size() + " among the plan's bands (an empty band keeps its"
        + " score)");
    w.note("Slope = change of the mean per band step. As R's summary(lm(y ~ as.integer(cut(age, "
        + breaks(results.get(0)) + ", right = FALSE)))) and confint(fit).");
    new Table<AgeBandResult>()
        .text("Outcome", AgeBandResult::outcome)
        .text("Measure", r -> report.text().title(r.outcome()))
        .count("n", r -> r.trend().n())
        .count("Bands", r -> r.trend().bandsPresent())
        .stat("Slope per band", CellKind.PRECISE, r -> r.trend().slope())
        .stat("SE", CellKind.PRECISE, r -> r.trend().se())
        .stat("t", CellKind.PRECISE, r -> r.trend().t())
        .stat("df", CellKind.COUNT, r -> r.trend().df())
        .stat("p", CellKind.P, r -> r.trend().p())
        .stat("95% CI low", CellKind.PRECISE, r -> r.trend().ciLow())
        .stat("95% CI high", CellKind.PRECISE, r -> r.trend().ciHigh())
        .write(w, results);
  }

  private static void shares(SheetWriter w, Report report, AgeBandResult r) {
    AgeBandShares s = r.highShare().orElseThrow();
    String at = NumberText.format(s.threshold());
    w.title(report.text().title(r.outcome()) + " at or above " + at + " (" + r.outcome()
        + " >= " + at + ", the plan's high_at) by mattress age band");
    w.note("Share with its Wilson 95% CI, as prop.test(x, n, correct = FALSE); the trend test"
        + " below is Cochran–Armitage's, prop.trend.test(x, n) with scores 1.."
        + s.bands().size() + ".");
    // Outcome and measure first, as in the band table above, so that band and n line up with it
    String measure = report.text().title(r.outcome());
    new Table<AgeBandShares.Band>()
        .text("Outcome", b -> r.outcome())
        .text("Measure", b -> measure)
        .text("Band (years)", AgeBandShares.Band::band)
        .count("n", AgeBandShares.Band::n)
        .count("At or above", AgeBandShares.Band::x)
        .stat("Share", CellKind.SHARE, AgeBandShares.Band::share)
        .stat("95% CI low", CellKind.SHARE, AgeBandShares.Band::ciLow)
        .stat("95% CI high", CellKind.SHARE, AgeBandShares.Band::ciHigh)
        .write(w, s.bands());
    w.skip();
    new Table<AgeBandShares>()
        .text("Outcome", x -> r.outcome())
        .text("Measure", x -> measure)
        .text("Trend test", x -> "Cochran–Armitage")
        .stat("Chi-squared", CellKind.PRECISE, AgeBandShares::chiSquared)
        .stat("df", CellKind.COUNT, AgeBandShares::df)
        .stat("p", CellKind.P, AgeBandShares::p)
        .write(w, List.of(s));
  }
}
