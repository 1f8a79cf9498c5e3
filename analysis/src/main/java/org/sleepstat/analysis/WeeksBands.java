package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.stats.MeanInterval;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * The bands of weeks since the change, as R's {@code cut(weeks, c(limits, Inf), right =
 * FALSE)}: the change within each band ({@code t.test(change)}) and the one-way tests across the
 * bands with at least 2 respondents, made by {@link PositionAnalysis} (the same tests as across
 * sleep positions).
 */
final class WeeksBands {
  /** The band edges, the last infinite; empty without bands. */
  final double[] edges;
  private final String[] labels;

  WeeksBands(List<Double> limits) {
    int k = limits.size();
    edges = new double[k == 0 ? 0 : k + 1];
    labels = new String[k];
    for (int b = 0; b < k; b++) {
      edges[b] = limits.get(b);
    }
    if (k > 0) {
      edges[k] = Double.POSITIVE_INFINITY;
    }
    for (int b = 0; b < k; b++) {
      labels[b] = "[" + NumberText.format(edges[b]) + ","
          + (b + 1 < k ? NumberText.format(edges[b + 1]) : "Inf") + ")";
    }
  }

  int size() {
    return labels.length;
  }

  Tally[] newTallies() {
    Tally[] out = new Tally[labels.length];
    for (int b = 0; b < out.length; b++) {
      out[b] = new Tally();
    }
    return out;
  }

  /** The band of {@code weeks}, or −1 below the first limit (R's cut gives NA there). */
  int band(double weeks) {
    for (int b = labels.length - 1; b >= 0; b--) {
      if (weeks >= edges[b]) {
        return b;
      }
    }
    return -1;
  }

  /** Every band's n, mean change, sd and {@code t.test(change)} interval. */
  List<TimeSinceChangeResult.Band> describe(Tally[] byBand) {
    List<TimeSinceChangeResult.Band> out = new ArrayList<>(labels.length);
    for (int b = 0; b < labels.length; b++) {
      Tally v = byBand[b].done();
      int n = v.count();
      String label = labels[b];
      if (n == 0) {
        Stat empty = Stat.undefined("no respondents in band " + label);
        out.add(new TimeSinceChangeResult.Band(label, edges[b], edges[b + 1], 0, empty, empty,
            empty, empty));
        continue;
      }
      MeanInterval m = MeanInterval.of(n, v.mean(), v.sumOfSquaresAboutMean());
      Stat low = m.ciLow();
      Stat high = m.ciHigh();
      if (n >= 2 && v.isConstant()) {
        // R's t.test stops with "data are essentially constant"
        low = high = Stat.undefined("every change in band " + label
            + " is the same (zero variance): no t interval");
      }
      out.add(new TimeSinceChangeResult.Band(label, edges[b], edges[b + 1], n, m.mean(),
          n < 2 ? Stat.undefined("n = 1: sd needs at least 2 values") : m.sd(), low, high));
    }
    return out;
  }

  /** The outcome's result with the bands described and compared. */
  TimeSinceChangeResult.Outcome compare(String outcome, TimeSinceChangeResult.Slope slope,
      TimeSinceChangeResult.Spearman spearman, int n, Tally[] byBand) {
    List<TimeSinceChangeResult.Band> bands = describe(byBand);
    List<String> tested = new ArrayList<>();
    for (int b = 0; b < labels.length; b++) {
      if (byBand[b].count() >= 2) {
        tested.add(labels[b]);
      }
    }
    PositionResult.OneWayF anova;
    PositionResult.OneWayF welch;
    PositionResult.KruskalWallis kruskal;
    if (tested.size() < 2) {
      Stat none = Stat.undefined(labels.length == 0 ? "no bands of weeks in the plan"
          : String.format(Locale.ROOT,
              "fewer than two bands of weeks with at least 2 respondents (%d)", tested.size()));
      anova = welch = new PositionResult.OneWayF(none, none, none, none);
      kruskal = new PositionResult.KruskalWallis(none, none, none);
    } else {
      PositionResult r = PositionAnalysis.compute(outcome, List.of(labels), byBand);
      anova = inBands(r.anova());
      welch = inBands(r.welch());
      kruskal = r.kruskalWallis();
    }
    return new TimeSinceChangeResult.Outcome(outcome, n, slope, spearman, bands, tested.size(),
        anova, welch, kruskal);
  }

  /**
   * The test with PositionAnalysis's reasons said of bands: it calls its levels positions
   * ("position [0,4) has zero variance").
   */
  private static PositionResult.OneWayF inBands(PositionResult.OneWayF f) {
    if (f.f().isDefined()) {
      return f;
    }
    Stat none = Stat.undefined(f.f().reason().replace("position", "band"));
    return new PositionResult.OneWayF(none, none, none, none);
  }
}
