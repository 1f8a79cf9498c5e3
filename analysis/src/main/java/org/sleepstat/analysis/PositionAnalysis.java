package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sleepstat.stats.Dunn;
import org.sleepstat.stats.GamesHowell;
import org.sleepstat.stats.OneWay;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * A baseline outcome across sleep positions: descriptives for every position with a value, and
 * the one-way tests, their effect sizes and the pairwise comparisons over the positions with at
 * least two values. Works on one {@link Tally} per position, so the values need not be held.
 */
final class PositionAnalysis {
  private PositionAnalysis() {}

  /**
   * @param levels the position levels, in codebook order
   * @param codes level code per value (0 ≤ code &lt; levels.size())
   * @param y the values, none missing, same length as codes
   */
  static PositionResult compute(String outcome, List<String> levels, int[] codes, double[] y) {
    Tally[] byLevel = new Tally[levels.size()];
    for (int g = 0; g < byLevel.length; g++) {
      byLevel[g] = new Tally();
    }
    for (int i = 0; i < y.length; i++) {
      byLevel[codes[i]].add(y[i]);
    }
    return compute(outcome, levels, byLevel);
  }

  /**
   * @param levels the position levels, in codebook order
   * @param byLevel the values of each level (tallied, {@link Tally#done()} or not)
   */
  static PositionResult compute(String outcome, List<String> levels, Tally[] byLevel) {
    int k = levels.size();
    int n = 0;
    List<PositionGroup> groups = new ArrayList<>();
    List<Tally> tested = new ArrayList<>();
    List<String> testedNames = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      Tally v = byLevel[g].done();
      if (v.count() == 0) {
        continue;
      }
      n += v.count();
      Stat sd = v.count() >= 2
          ? Stat.finiteOr(Math.sqrt(v.variance()), Stat.OVERFLOW)
          : Stat.undefined("n = 1: sd needs at least 2 values");
      double q1 = v.quantile7(0.25);
      double q3 = v.quantile7(0.75);
      groups.add(new PositionGroup(levels.get(g), v.count(), v.mean(), sd, v.median(), q1, q3,
          Stat.finiteOr(q3 - q1, Stat.OVERFLOW)));
      if (v.count() >= 2) {
        tested.add(v);
        testedNames.add(levels.get(g));
      }
    }

    if (tested.size() < 2) {
      Stat none = Stat.undefined(String.format(Locale.ROOT,
          "fewer than two positions with at least 2 values (%d)", tested.size()));
      PositionResult.OneWayF noF = new PositionResult.OneWayF(none, none, none, none);
      return new PositionResult(outcome, n, groups, tested.size(), noF, noF,
          new PositionResult.KruskalWallis(none, none, none),
          new PositionResult.EffectSizes(none, none), List.of());
    }

    // Kruskal-Wallis and Dunn rank the same pooled values
    Tally pooled = Tally.pooled(tested);
    double[] rankSums = new double[tested.size()];
    for (int g = 0; g < rankSums.length; g++) {
      rankSums[g] = tested.get(g).rankSumIn(pooled);
    }
    double ssTotal = pooled.sumOfSquaresAboutMean();
    double ssBetween = 0;
    for (Tally g : tested) {
      double d = g.meanMinus(pooled);
      ssBetween += g.count() * d * d;
    }
    Stat eta;
    Stat[] anova;
    Stat[] welch;
    Stat[] kruskal;
    boolean overflow = !Double.isFinite(ssTotal) || !Double.isFinite(ssBetween);
    for (Tally g : tested) {
      overflow |= !Double.isFinite(g.variance());
    }
    if (overflow) {
      // the ranks of Kruskal-Wallis do not overflow
      eta = Stat.undefined(Stat.OVERFLOW);
      anova = undefined(4, Stat.OVERFLOW);
      welch = anova;
      OneWay.ChiSquared kw = OneWay.kruskalWallis(tested, rankSums, pooled.tieTerm());
      kruskal = all("Kruskal-Wallis not computable", kw.h(), kw.df(), kw.p());
    } else if (ssTotal == 0) {
      String equal = "all values are equal";
      eta = Stat.undefined(equal);
      anova = undefined(4, equal);
      welch = anova;
      kruskal = undefined(3, equal);
    } else {
      eta = Stat.finiteOr(ssBetween / ssTotal, "all values are equal");
      anova = anova(tested, ssBetween);
      welch = welch(tested, testedNames);
      OneWay.ChiSquared kw = OneWay.kruskalWallis(tested, rankSums, pooled.tieTerm());
      kruskal = all("Kruskal-Wallis not computable", kw.h(), kw.df(), kw.p());
    }
    return new PositionResult(outcome, n, groups, tested.size(),
        new PositionResult.OneWayF(anova[0], anova[1], anova[2], anova[3]),
        new PositionResult.OneWayF(welch[0], welch[1], welch[2], welch[3]),
        new PositionResult.KruskalWallis(kruskal[0], kruskal[1], kruskal[2]),
        new PositionResult.EffectSizes(eta, epsilonSquared(kruskal[0], pooled.count())),
        pairwise(testedNames, tested, rankSums, pooled.tieTerm()));
  }

  /** H / ((n² − 1)/(n + 1)), as effectsize::rank_epsilon_squared; undefined with H. */
  private static Stat epsilonSquared(Stat h, int size) {
    if (!h.isDefined()) {
      return h;
    }
    double n = size;
    return Stat.finiteOr(h.getAsDouble() / ((n * n - 1) / (n + 1)),
        "epsilon squared not computable");
  }

  /** Games–Howell and Dunn for every pair of tested positions, in level order. */
  private static List<PairwiseComparison> pairwise(List<String> names, List<Tally> tested,
      double[] rankSums, double tieTerm) {
    int k = tested.size();
    int[] sizes = new int[k];
    for (int g = 0; g < k; g++) {
      sizes[g] = tested.get(g).count();
    }
    List<Dunn.Result> dunn = Dunn.compareAll(sizes, rankSums, tieTerm);
    List<PairwiseComparison> out = new ArrayList<>(dunn.size());
    int pair = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        Tally y1 = tested.get(i);
        Tally y2 = tested.get(j);
        GamesHowell.Result gh = GamesHowell.compare(names.get(i), y1, names.get(j), y2, k);
        Dunn.Result d = dunn.get(pair++);
        Estimate difference = new Estimate(Stat.finiteOr(y2.meanMinus(y1), Stat.OVERFLOW),
            gh.ciLow(), gh.ciHigh());
        out.add(new PairwiseComparison(names.get(i), names.get(j), y1.count(), y2.count(),
            new PairwiseComparison.GamesHowell(difference, gh.se(), gh.t(), gh.df(), gh.p()),
            new PairwiseComparison.Dunn(d.meanRankDifference(), d.se(), d.z(), d.p(),
                d.pHolm())));
      }
    }
    return out;
  }

  private static Stat[] anova(List<Tally> tested, double ssBetween) {
    // Within-group sum of squares of exactly zero: R gives F = Inf, p = 0; not a number to report.
    for (Tally g : tested) {
      if (!g.isConstant()) {
        OneWay.F f = OneWay.anova(tested, ssBetween);
        return all("ANOVA not computable", f.f(), f.df1(), f.df2(), f.p());
      }
    }
    return undefined(4, "no variance within any position (F would be infinite)");
  }

  private static Stat[] welch(List<Tally> tested, List<String> names) {
    for (int i = 0; i < tested.size(); i++) {
      if (tested.get(i).isConstant()) {
        return undefined(4, "position " + names.get(i)
            + " has zero variance (Welch weights undefined)");
      }
    }
    OneWay.F f = OneWay.welch(tested);
    return all("Welch ANOVA not computable", f.f(), f.df1(), f.df2(), f.p());
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
