package org.sleepstat.report;

import java.util.Arrays;
import java.util.Objects;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.stats.FittedLine;
import org.sleepstat.stats.LineBand;

/**
 * What the scatter plot shows of the points behind one mattress-age result: the least-squares
 * line over all of them, the range of mattress ages it spans, and the points drawn, which are all
 * of them up to {@link #MAX_POINTS} and otherwise every k-th respondent in file order (a scatter
 * of more says nothing more, and its SVG and PDF would grow by megabytes).
 *
 * @param result the analysis of these points
 * @param band the least-squares line of the outcome on mattress age with the 95% confidence band
 *     of the mean along it, over all the points
 * @param youngest the lowest mattress age (NaN without points)
 * @param oldest the highest mattress age (NaN without points)
 * @param drawn the points drawn
 */
public record AgeSample(MattressAgeResult result, LineBand band, double youngest,
    double oldest, Drawn drawn) {

  /** Points drawn at most. */
  public static final int MAX_POINTS = 2_000;

  /**
   * The points a scatter plot draws.
   *
   * @param step 1 when every point is drawn, k when every k-th is
   * @param age mattress age in years, one per point drawn
   * @param outcome the baseline outcome of the same respondents
   */
  public record Drawn(int step, double[] age, double[] outcome) {
    /** Copies the values. */
    public Drawn {
      if (age.length != outcome.length || step < 1) {
        throw new IllegalArgumentException("a point needs both values, and step >= 1");
      }
      age = age.clone();
      outcome = outcome.clone();
    }

    @Override
    public double[] age() {
      return age.clone();
    }

    @Override
    public double[] outcome() {
      return outcome.clone();
    }
  }

  /** Checks the points against the analysis. */
  public AgeSample {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(drawn, "drawn");
    if (band.line().n() != result.n()) {
      throw new IllegalStateException(result.outcome() + ": the report found " + band.n()
          + " respondents where the analysis used " + result.n());
    }
  }

  /** The sample of the points (age[i], outcome[i]). */
  public static AgeSample of(MattressAgeResult result, double[] age, double[] outcome) {
    if (age.length != outcome.length) {
      throw new IllegalArgumentException(age.length + " ages, " + outcome.length
          + " outcomes");
    }
    int step = step(age.length);
    double[] x = new double[(age.length + step - 1) / step];
    double[] y = new double[x.length];
    double youngest = Double.NaN;
    double oldest = Double.NaN;
    for (int i = 0; i < age.length; i++) {
      youngest = i == 0 ? age[i] : Math.min(youngest, age[i]);
      oldest = i == 0 ? age[i] : Math.max(oldest, age[i]);
      if (i % step == 0) {
        x[i / step] = age[i];
        y[i / step] = outcome[i];
      }
    }
    return new AgeSample(result, LineBand.fit(age, outcome), youngest, oldest,
        new Drawn(step, x, y));
  }

  /** The least-squares line ({@code coef(lm(y ~ x))}). */
  public FittedLine line() {
    return band.line();
  }

  /**
   * Where the mattress ages are dense: from the 2.5th to the 97.5th percentile ({@code
   * quantile(x, c(0.025, 0.975), type = 7)}) of the ages drawn, which are all of them up to
   * {@link #MAX_POINTS} and an even sample beyond; a line drawn beyond this range would rest on
   * a handful of respondents. Empty (NaN, NaN) without points.
   */
  public double[] denseAges() {
    double[] x = drawn.age();
    if (x.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Arrays.sort(x);
    return new double[] {quantile(x, 0.025), quantile(x, 0.975)};
  }

  /** R's type-7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** 1 when every one of n points is drawn, else the k that draws every k-th. */
  static int step(int n) {
    return Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
  }
}
