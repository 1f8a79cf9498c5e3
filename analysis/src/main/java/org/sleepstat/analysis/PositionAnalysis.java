package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A baseline outcome across sleep positions: descriptives for every position with a value, and
 * the one-way tests, their effect sizes and the pairwise comparisons over the positions with at
 * least two values.
 */
final class PositionAnalysis {
  private PositionAnalysis() {}

  /**
   * @param levels the position levels, in codebook order
   * @param codes level code per value (0 ≤ code &lt; levels.size())
   * @param y the values, none missing, same length as codes
   */
  static PositionResult compute(String outcome, List<String> levels, int[] codes, double[] y) {
    int k = levels.size();
    int[] counts = new int[k];
    for (int c : codes) {
      counts[c]++;
    }
    double[][] values = new double[k][];
    for (int g = 0; g < k; g++) {
      values[g] = new double[counts[g]];
    }
    int[] fill = new int[k];
    for (int i = 0; i < y.length; i++) {
      values[codes[i]][fill[codes[i]]++] = y[i];
    }

    List<PositionGroup> groups = new ArrayList<>();
    List<double[]> tested = new ArrayList<>();
    List<String> testedNames = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      double[] v = values[g];
      if (v.length == 0) {
        continue;
      }
      double mean = Moments.mean(v);
      Stat sd = v.length >= 2
          ? Stat.of(Math.sqrt(Moments.variance(v, mean)))
          : Stat.undefined("n = 1: sd needs at least 2 values");
      double[] sorted = v.clone();
      GridSort.sort(sorted);
      double q1 = Quantiles.type7(sorted, 0.25);
      double q3 = Quantiles.type7(sorted, 0.75);
      groups.add(new PositionGroup(levels.get(g), v.length, mean, sd,
          Quantiles.medianOfSorted(sorted), q1, q3, q3 - q1));
      if (v.length >= 2) {
        tested.add(v);
        testedNames.add(levels.get(g));
      }
    }

    if (tested.size() < 2) {
      Stat none = Stat.undefined(String.format(Locale.ROOT,
          "fewer than two positions with at least 2 values (%d)", tested.size()));
      return new PositionResult(outcome, y.length, groups, tested.size(), none, none, none, none,
          none, none, none, none, none, none, none, none, none, List.of());
    }

    // Kruskal-Wallis and Dunn rank the same pooled values
    Ranks ranks = Ranks.pooled(tested);
    double[] ss = OneWay.sumsOfSquares(tested);
    double ssTotal = ss[0];
    Stat eta;
    Stat[] anova;
    Stat[] welch;
    Stat[] kruskal;
    if (ssTotal == 0) {
      String equal = "all values are equal";
      eta = Stat.undefined(equal);
      anova = undefined(4, equal);
      welch = anova;
      kruskal = undefined(3, equal);
    } else {
      eta = Stat.finiteOr(ss[1] / ssTotal, "all values are equal");
      anova = anova(tested);
      welch = welch(tested, testedNames);
      OneWay.ChiSquared kw = OneWay.kruskalWallis(tested, ranks);
      kruskal = all("Kruskal-Wallis not computable", kw.h(), kw.df(), kw.p());
    }
    return new PositionResult(outcome, y.length, groups, tested.size(), anova[0], anova[1],
        anova[2], anova[3], welch[0], welch[1], welch[2], welch[3], kruskal[0], kruskal[1],
        kruskal[2], eta, epsilonSquared(kruskal[0], tested),
        pairwise(testedNames, tested, ranks));
  }

  /** H / ((n² − 1)/(n + 1)), as effectsize::rank_epsilon_squared; undefined with H. */
  private static Stat epsilonSquared(Stat h, List<double[]> tested) {
    if (!h.isDefined()) {
      return h;
    }
    double n = 0;
    for (double[] g : tested) {
      n += g.length;
    }
    return Stat.finiteOr(h.getAsDouble() / ((n * n - 1) / (n + 1)),
        "epsilon squared not computable");
  }

  /** Games–Howell and Dunn for every pair of tested positions, in level order. */
  private static List<PairwiseComparison> pairwise(List<String> names, List<double[]> tested,
      Ranks ranks) {
    int k = tested.size();
    List<Dunn.Result> dunn = Dunn.compareAll(tested, ranks);
    List<PairwiseComparison> out = new ArrayList<>(dunn.size());
    int pair = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        double[] y1 = tested.get(i);
        double[] y2 = tested.get(j);
        GamesHowell.Result gh = GamesHowell.compare(names.get(i), y1, names.get(j), y2, k);
        Dunn.Result d = dunn.get(pair++);
        out.add(new PairwiseComparison(names.get(i), names.get(j), y1.length, y2.length,
            Moments.mean(y2) - Moments.mean(y1), gh.se(), gh.t(), gh.df(), gh.p(), gh.ciLow(),
            gh.ciHigh(), d.meanRankDifference(), d.se(), d.z(), d.p(), d.pHolm()));
      }
    }
    return out;
  }

  private static Stat[] anova(List<double[]> tested) {
    // Within-group sum of squares of exactly zero: R gives F = Inf, p = 0; not a number to report.
    for (double[] g : tested) {
      if (!allEqual(g)) {
        OneWay.F f = OneWay.anova(tested);
        return all("ANOVA not computable", f.f(), f.df1(), f.df2(), f.p());
      }
    }
    return undefined(4, "no variance within any position (F would be infinite)");
  }

  private static Stat[] welch(List<double[]> tested, List<String> names) {
    for (int i = 0; i < tested.size(); i++) {
      if (allEqual(tested.get(i))) {
        return undefined(4, "position " + names.get(i)
            + " has zero variance (Welch weights undefined)");
      }
    }
    OneWay.F f = OneWay.welch(tested);
    return all("Welch ANOVA not computable", f.f(), f.df1(), f.df2(), f.p());
  }

  private static boolean allEqual(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }

  /** One Stat per value, all defined, or all undefined with the reason if any is not finite. */
  private static Stat[] all(String reason, double... values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return undefined(values.length, reason);
      }
    }
    Stat[] out = new Stat[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Stat.of(values[i]);
    }
    return out;
  }

  private static Stat[] undefined(int size, String reason) {
    Stat[] out = new Stat[size];
    Arrays.fill(out, Stat.undefined(reason));
    return out;
  }

}
