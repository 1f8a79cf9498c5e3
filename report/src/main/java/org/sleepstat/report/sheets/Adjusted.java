package org.sleepstat.report.sheets;

import java.util.function.Function;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.report.Report;
import org.sleepstat.stats.Stat;

/** Holm and Benjamini–Hochberg adjusted p-values for table columns, looked up by family. */
final class Adjusted {
  private Adjusted() {}

  /** The Holm-adjusted p of {@code outcome} in {@code family}. */
  static Stat holm(Report report, TestFamily family, String outcome) {
    return get(report, family, outcome, Multiplicity.Adjusted::holm);
  }

  /** The BH-adjusted p of {@code outcome} in {@code family}. */
  static Stat bh(Report report, TestFamily family, String outcome) {
    return get(report, family, outcome, Multiplicity.Adjusted::bh);
  }

  private static Stat get(Report report, TestFamily family, String outcome,
      Function<Multiplicity.Adjusted, Stat> which) {
    return report.adjusted(family, outcome).map(which)
        .orElse(Stat.undefined("the analysis made no " + family.displayName() + " adjustment"));
  }
}
