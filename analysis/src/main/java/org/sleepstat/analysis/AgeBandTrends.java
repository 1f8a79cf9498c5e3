package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.stats.Distributions;
import org.sleepstat.stats.ProportionTrend;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.WilsonInterval;
import org.sleepstat.stats.model.LinearModel;

/**
 * The trend tests across mattress age bands of {@link AgeBands}: the linear trend of an outcome
 * on the band scores and, for the primary outcome, the share at or above its threshold per band
 * with the Cochran–Armitage test. Both score the bands 1..k over all the plan's bands, so that
 * the same plan gives the same scores whichever bands a survey happens to fill.
 */
final class AgeBandTrends {
  private AgeBandTrends() {}

  /**
   * R's {@code lm(y ~ score)}, score = band + 1.
   *
   * @param band 0-based band of each respondent
   * @param y the outcome, same length, none missing
   */
  static AgeBandTrend trend(int[] band, double[] y) {
    int n = y.length;
    boolean[] seen = new boolean[n == 0 ? 0 : max(band) + 1];
    boolean constant = true;
    for (int i = 0; i < n; i++) {
      seen[band[i]] = true;
      constant &= y[i] == y[0];
    }
    int present = 0;
    for (boolean s : seen) {
      present += s ? 1 : 0;
    }
    if (present < 2) {
      return undefined(n, present, "respondents in " + present + " band" + (present == 1 ? ""
          : "s") + ": a trend across bands needs 2");
    }
    if (constant) {
      // y is fitted exactly by its value; R's slope is rounding noise around 0 (zapsmall)
      Stat na = Stat.undefined("the outcome has zero variance (every value "
          + NumberText.format(y[0]) + ")");
      return new AgeBandTrend(n, present, Stat.of(0), na, na, Stat.of(n - 2), na, na, na);
    }
    double[][] design = new double[n][];
    for (int i = 0; i < n; i++) {
      design[i] = new double[] {1, band[i] + 1};
    }
    LinearModel.Result result = LinearModel.fit(design, y, true);
    if (result instanceof LinearModel.Unfitted unfitted) {
      return undefined(n, present, unfitted.reason());
    }
    LinearModel.Fitted fit = (LinearModel.Fitted) result;
    LinearModel.Coefficient c = fit.coefficients().get(1);
    Stat slope = Stat.finiteOr(c.estimate(), Stat.OVERFLOW);
    Stat df = Stat.of(fit.residualDf());
    if (fit.inferenceProblem() != null || !slope.isDefined()) {
      Stat na = Stat.undefined(fit.inferenceProblem() != null ? fit.inferenceProblem()
          : Stat.OVERFLOW);
      return new AgeBandTrend(n, present, slope, na, na, df, na, na, na);
    }
    String bad = "not computable (standard error " + c.standardError() + ")";
    return new AgeBandTrend(n, present, slope, Stat.finiteOr(c.standardError(), bad),
        Stat.finiteOr(c.t(), bad), df, Stat.finiteOr(c.p(), bad), Stat.finiteOr(c.ciLow(), bad),
        Stat.finiteOr(c.ciHigh(), bad));
  }

  /**
   * The share at or above {@code threshold} per band and R's {@code prop.trend.test(x, n)}.
   *
   * @param labels the plan's bands in order
   * @param band 0-based band of each respondent
   * @param y the outcome, same length, none missing
   */
  static AgeBandShares shares(String[] labels, int[] band, double[] y, double threshold) {
    int[] x = new int[labels.length];
    int[] n = new int[labels.length];
    for (int i = 0; i < y.length; i++) {
      n[band[i]]++;
      if (y[i] >= threshold) {
        x[band[i]]++;
      }
    }
    List<AgeBandShares.Band> out = new ArrayList<>(labels.length);
    for (int b = 0; b < labels.length; b++) {
      if (n[b] == 0) {
        Stat empty = Stat.undefined("no respondents in band " + labels[b]);
        out.add(new AgeBandShares.Band(labels[b], 0, 0, empty, empty, empty));
        continue;
      }
      double[] ci = WilsonInterval.of(x[b], n[b], Distributions.Z_975);
      out.add(new AgeBandShares.Band(labels[b], x[b], n[b], Stat.of((double) x[b] / n[b]),
          Stat.of(ci[0]), Stat.of(ci[1])));
    }
    ProportionTrend.Result test = ProportionTrend.test(x, n);
    return new AgeBandShares(threshold, out, test.chiSquared(), test.df(), test.p());
  }

  private static AgeBandTrend undefined(int n, int present, String reason) {
    Stat na = Stat.undefined(reason);
    return new AgeBandTrend(n, present, na, na, na, na, na, na, na);
  }

  private static int max(int[] values) {
    int m = 0;
    for (int v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
