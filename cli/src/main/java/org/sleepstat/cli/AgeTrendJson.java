package org.sleepstat.cli;

import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.AgeBandShares;
import org.sleepstat.analysis.AgeBandTrend;

/**
 * The trend keys of a {@code mattress_age_bands} object of {@code analyze --json}: the linear
 * trend across the bands and, for the primary outcome, {@code high_share}. Keys are listed in
 * docs/analysis-json.md (mattress_age_bands).
 */
final class AgeTrendJson {
  private AgeTrendJson() {}

  /** Writes the keys into the open object of {@code r}. */
  static void write(StatJson out, AgeBandResult r) {
    AgeBandTrend t = r.trend();
    out.value("trend_bands", t.bandsPresent())
        .stat("trend_slope", t.slope())
        .stat("trend_se", t.se())
        .stat("trend_t", t.t())
        .stat("trend_df", t.df())
        .stat("p_trend", t.p())
        .stat("trend_ci_low", t.ciLow())
        .stat("trend_ci_high", t.ciHigh());
    r.highShare().ifPresent(s -> shares(out, s));
  }

  private static void shares(StatJson out, AgeBandShares s) {
    out.open("high_share").value("threshold", s.threshold());
    out.json.name("bands").beginArray();
    for (AgeBandShares.Band b : s.bands()) {
      out.open()
          .value("band", b.band())
          .value("x", b.x())
          .value("n", b.n())
          .stat("share", b.share())
          .stat("ci_low", b.ciLow())
          .stat("ci_high", b.ciHigh())
          .close();
    }
    out.json.endArray();
    out.stat("chi_squared", s.chiSquared())
        .stat("df", s.df())
        .stat("p", s.p())
        .close();
  }
}
