package org.sleepstat.cli;

import static org.sleepstat.cli.AnalysisText.num;
import static org.sleepstat.cli.AnalysisText.p;
import static org.sleepstat.cli.AnalysisText.pct;

import java.io.PrintWriter;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.AgeBandShares;
import org.sleepstat.analysis.AgeBandTrend;
import org.sleepstat.core.schema.NumberText;

/**
 * The readable summary's trend lines under an outcome's mattress age bands: the linear trend
 * across the bands and, for the primary outcome, the share at or above its threshold per band
 * with the Cochran–Armitage test. An undefined test says why.
 */
final class AgeTrendText {
  private AgeTrendText() {}

  static void write(AgeBandResult r, PrintWriter out) {
    AgeBandTrend t = r.trend();
    if (t.slope().isDefined()) {
      out.println("    trend across bands (lm(y ~ score), scores 1.." + r.bands().size()
          + "): slope " + num(t.slope()) + " per band (95% CI " + num(t.ciLow()) + " to "
          + num(t.ciHigh()) + "), t(" + num(t.df()) + ") = " + num(t.t()) + ", p " + p(t.p())
          + (t.p().isDefined() ? "" : " (" + t.p().reason() + ")"));
    } else {
      out.println("    trend across bands: not computable (" + t.slope().reason() + ")");
    }
    r.highShare().ifPresent(s -> shares(r.outcome(), s, out));
  }

  private static void shares(String outcome, AgeBandShares s, PrintWriter out) {
    StringBuilder line = new StringBuilder("    " + outcome + " >= "
        + NumberText.format(s.threshold()) + " (the plan's high_at) by band:");
    for (AgeBandShares.Band b : s.bands()) {
      line.append(' ').append(b.band()).append(' ').append(b.x()).append('/').append(b.n());
      if (b.share().isDefined()) {
        line.append(" (").append(pct(b.share())).append(')');
      }
      line.append(';');
    }
    out.println(line.substring(0, line.length() - 1));
    out.println("    Cochran-Armitage trend test (prop.trend.test): "
        + (s.chiSquared().isDefined() ? "X2(" + num(s.df()) + ") = " + num(s.chiSquared())
            + ", p " + p(s.p()) : "not computable (" + s.p().reason() + ")"));
  }
}
