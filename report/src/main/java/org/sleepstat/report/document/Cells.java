package org.sleepstat.report.document;

import java.util.Locale;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.Stat;

/** Numbers as a manuscript's table cells show them: real minus signs, "NA" for undefined. */
final class Cells {
  /** What a cell shows for a statistic that could not be computed. */
  static final String NA = "NA";

  private Cells() {}

  /** {@code s} with {@code decimals} decimals, or NA. */
  static String number(Stat s, int decimals) {
    return Wording.number(s, decimals);
  }

  /** "46.6 (15.0)": mean (SD); the SD reads NA when it is undefined (n = 1). */
  static String meanSd(Stat mean, Stat sd) {
    if (!mean.isDefined()) {
      return NA;
    }
    return number(mean, 1) + " (" + number(sd, 1) + ")";
  }

  /** "−2.16, −1.64", as a table's 95% CI column shows it; NA when either end is undefined. */
  static String interval(Stat low, Stat high, int decimals) {
    return low.isDefined() && high.isDefined()
        ? number(low, decimals) + ", " + number(high, decimals) : NA;
  }

  /** "46%, 62%": an interval of a share (0–1). */
  static String percentInterval(Stat low, Stat high) {
    return low.isDefined() && high.isDefined()
        ? Wording.percent(low) + ", " + Wording.percent(high) : NA;
  }

  /** "<0.001", "0.012", or NA: a p-value in a column headed p. */
  static String p(Stat p) {
    if (!p.isDefined()) {
      return NA;
    }
    double v = p.getAsDouble();
    return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** A level's name as a label: "medium_firm" reads "Medium firm". */
  static String levelLabel(String level) {
    String spaced = level.replace('_', ' ');
    return spaced.isEmpty() ? spaced
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
