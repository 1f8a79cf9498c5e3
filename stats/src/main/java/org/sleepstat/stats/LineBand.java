package org.sleepstat.stats;

/**
 * A least-squares line with the 95% confidence band of the mean of y along it, as R's {@code
 * predict(lm(y ~ x), data.frame(x = at), interval = "confidence")}: fit ± qt(0.975, n − 2) · s ·
 * √(1/n + (x − mean x)² / Sxx), s² the residual sum of squares over n − 2.
 *
 * @param line the line ({@code coef(lm(y ~ x))})
 * @param n points
 * @param meanX the mean of x
 * @param sxx the sum of (x − mean x)²
 * @param sigma the residual standard error s ({@code summary(lm(y ~ x))$sigma}); undefined with
 *     fewer than 3 points or no line
 */
public record LineBand(FittedLine line, int n, double meanX, double sxx, Stat sigma) {

  /** The line and band of the points (x[i], y[i]). */
  public static LineBand fit(double[] x, double[] y) {
    FittedLine line = FittedLine.fit(x, y);
    int n = x.length;
    double mx = 0;
    for (double v : x) {
      mx += v;
    }
    mx = n == 0 ? Double.NaN : mx / n;
    double sxx = 0;
    double rss = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      if (line.slope().isDefined()) {
        double r = y[i] - line.at(x[i]);
        rss += r * r;
      }
    }
    return of(line, n, mx, sxx, rss);
  }

  /**
   * The band of a line fitted to n points from the mean of x, Sxx and the residual sum of
   * squares, for points read in place.
   */
  public static LineBand of(FittedLine line, int n, double meanX, double sxx, double rss) {
    Stat sigma;
    if (!line.slope().isDefined()) {
      sigma = Stat.undefined("no line: " + line.slope().reason());
    } else if (n < 3) {
      sigma = Stat.undefined("n = " + n + ": a confidence band needs at least 3 points");
    } else {
      sigma = Stat.finiteOr(Math.sqrt(rss / (n - 2)), "values too large to compute (overflow)");
    }
    return new LineBand(line, n, meanX, sxx, sigma);
  }

  /** Whether the band can be drawn. */
  public boolean defined() {
    return sigma.isDefined();
  }

  /** Why the band cannot be drawn. */
  public String reason() {
    return sigma.reason();
  }

  /** The line's y at {@code x} ({@code fit}). */
  public double fit(double x) {
    return line.at(x);
  }

  /** The lower end of the band at {@code x} ({@code lwr}). */
  public double low(double x) {
    return fit(x) - halfWidth(x);
  }

  /** The upper end of the band at {@code x} ({@code upr}). */
  public double high(double x) {
    return fit(x) + halfWidth(x);
  }

  private double halfWidth(double x) {
    double d = x - meanX;
    return Distributions.tQuantile975(n - 2) * sigma.getAsDouble()
        * Math.sqrt(1.0 / n + d * d / sxx);
  }
}
