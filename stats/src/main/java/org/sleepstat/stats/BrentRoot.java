package org.sleepstat.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * A zero of a function between two points where it changes sign, by Brent's method as R's
 * {@code uniroot} runs it (R's zeroin: Brent 1973, "Algorithms for Minimization without
 * Derivatives", ch. 4, with the step rules of the Forsythe–Malcolm–Moler variant). The steps and
 * their arithmetic are R's, so a root found here is the very number R finds, also for step
 * functions such as the signed-rank statistic, where any point of the jump is "a root" and only
 * the path taken decides which one is returned.
 */
final class BrentRoot {
  private static final double EPSILON = Math.ulp(1.0);

  private BrentRoot() {}

  /**
   * {@code uniroot(f, lower = a, upper = b, f.lower = fa, f.upper = fb, tol = tol, maxiter =
   * maxIterations)$root}. The caller makes sure that fa and fb are finite with fa · fb ≤ 0. As in
   * R, the last approximation is returned when the iterations run out.
   */
  static double find(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tol,
      int maxIterations) {
    if (fa == 0) {
      return a;
    }
    if (fb == 0) {
      return b;
    }
    double c = a;
    double fc = fa;
    for (int left = maxIterations + 1; left > 0; left--) {
      double previousStep = b - a;
      if (Math.abs(fc) < Math.abs(fb)) {
        // keep b the best approximation so far
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolerance = 2 * EPSILON * Math.abs(b) + tol / 2;
      double step = (c - b) / 2;
      if (Math.abs(step) <= tolerance || fb == 0) {
        return b;
      }
      if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
        // interpolate: secant through two points, inverse quadratic through three
        double p;
        double q;
        double cb = c - b;
        if (a == c) {
          double t1 = fb / fa;
          p = cb * t1;
          q = 1.0 - t1;
        } else {
          double qa = fa / fc;
          double t1 = fb / fc;
          double t2 = fb / fa;
          p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
          q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        // accept the interpolation only inside [b, c] and when it shrinks fast enough
        if (p < (0.75 * cb * q - Math.abs(tolerance * q) / 2)
            && p < Math.abs(previousStep * q / 2)) {
          step = p / q;
        }
      }
      if (Math.abs(step) < tolerance) {
        step = step > 0 ? tolerance : -tolerance;
      }
      a = b;
      fa = fb;
      b += step;
      fb = f.applyAsDouble(b);
      if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
        c = a;
        fc = fa;
      }
    }
    return b;
  }
}
