package org.sleepstat.report;

import java.util.Objects;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.stats.FittedLine;

/**
 * What the scatter plot shows of the points behind one mattress-age result: the least-squares
 * line over all of them, the range of mattress ages it spans, and the points drawn, which are all
 * of them up to {@link #MAX_POINTS} and otherwise every k-th respondent in file order (a scatter
 * of more says nothing more, and its SVG and PDF would grow by megabytes).
 *
 * @param result the analysis of these points
 * @param line the least-squares line of the outcome on mattress age, over all the points
 * @param youngest the lowest mattress age (NaN without points)
 * @param oldest the highest mattress age (NaN without points)
 * @param drawn the points drawn
 */
public record AgeSample(MattressAgeResult result, FittedLine line, double youngest,
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
    if (line.n() != result.n()) {
      throw new IllegalStateException(result.outcome() + ": the report found " + line.n()
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
    return new AgeSample(result, FittedLine.fit(age, outcome), youngest, oldest,
        new Drawn(step, x, y));
  }

  /** 1 when every one of n points is drawn, else the k that draws every k-th. */
  static int step(int n) {
    return Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
  }
}
