package org.sleepstat.stats;


/**
 * The least-squares line y = intercept + slope·x through a set of points, as R's {@code
 * coef(lm(y ~ x))}, e.g. for a scatter plot to draw.
 *
 * @param n points
 * @param intercept {@code coef(lm(y ~ x))[1]}
 * @param slope {@code coef(lm(y ~ x))[2]}: change in y per unit of x
 */
public record FittedLine(int n, Stat intercept, Stat slope) {

  /** The line through the points (x[i], y[i]); undefined when x does not vary. */
  public static FittedLine fit(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
    }
    int n = x.length;
    if (n < 2) {
      return of(n, Double.NaN, Double.NaN, 0, 0);
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      sxy += (x[i] - mx) * (y[i] - my);
    }
    return of(n, mx, my, sxx, sxy);
  }

  /**
   * The line of n points from the means of x and y and the sums of (x − mean x)² and (x − mean
   * x)(y − mean y): what {@link #fit(double[], double[])} computes, for points read in place.
   */
  public static FittedLine of(int n, double mx, double my, double sxx, double sxy) {
    if (n < 2) {
      Stat none = Stat.undefined("n = " + n + ": a line needs at least 2 points");
      return new FittedLine(n, none, none);
    }
    if (!(sxx > 0)) {
      Stat flat = Stat.undefined("x does not vary: no line");
      return new FittedLine(n, flat, flat);
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    if (!Double.isFinite(slope) || !Double.isFinite(intercept) || !Double.isFinite(sxx)) {
      Stat none = Stat.undefined("values too large to compute (overflow)");
      return new FittedLine(n, none, none);
    }
    return new FittedLine(n, Stat.of(intercept), Stat.of(slope));
  }

  /** The line's y at {@code x}. */
  public double at(double x) {
    return intercept.getAsDouble() + slope.getAsDouble() * x;
  }
}
