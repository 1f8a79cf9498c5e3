package org.sleepstat.stats;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The noncentral t distribution function, computed as R's {@code pt(q, df, ncp)} computes it:
 * Lenth's algorithm AS 243 (Applied Statistics 38, 1989, 185–189), a twin series of incomplete
 * beta functions weighted by Poisson terms, stopped at an error bound of 1e-12 or after 1000
 * terms, with R's refinements (1 − x computed as df / (t² + df), the first weight from expm1
 * when it is tiny) and R's normal approximation (Abramowitz and Stegun 26.7.10) when df &gt; 4e5
 * or |ncp| &gt; 37.62. Following the same series as R keeps the two within rounding of each
 * other, which is what lets an interval found by inverting it equal R's.
 */
public final class NoncentralT {
  private static final double SQRT_2_OVER_PI = 0.797884560802865355879892119869;
  private static final double LN_SQRT_PI = 0.572364942924700087071713675677;
  /** 2 ln 2 · 1021: beyond this ncp², exp(−ncp²/2) underflows (R: 2 * M_LN2 * -DBL_MIN_EXP). */
  private static final double NCP_SQUARED_LIMIT = 2 * 0.693147180559945309417232121458 * 1021;
  private static final int MAX_TERMS = 1000;
  private static final double MAX_ERROR = 1e-12;
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private NoncentralT() {}

  /** pt(t, df, ncp), or pt(t, df, ncp, lower.tail = FALSE) when {@code lowerTail} is false. */
  static double probability(double t, double df, double ncp, boolean lowerTail) {
    if (!(df > 0) || Double.isNaN(t) || Double.isNaN(ncp)) {
      return Double.NaN;
    }
    if (ncp == 0) {
      TDistribution central = TDistribution.of(df);
      return lowerTail ? central.cumulativeProbability(t) : central.survivalProbability(t);
    }
    if (Double.isInfinite(t)) {
      return (t < 0) == lowerTail ? 0 : 1;
    }
    boolean negate;
    double tt;
    double del;
    if (t >= 0) {
      negate = false;
      tt = t;
      del = ncp;
    } else {
      // pt(t, df, ncp) <= pt(0, df, ncp) = pnorm(-ncp), which is 0 in double beyond ncp = 40
      if (ncp > 40) {
        return lowerTail ? 0 : 1;
      }
      negate = true;
      tt = -t;
      del = -ncp;
    }
    boolean lower = lowerTail != negate;

    if (df > 4e5 || del * del > NCP_SQUARED_LIMIT) {
      double s = 1.0 / (4.0 * df);
      NormalDistribution approx = NormalDistribution.of(del, Math.sqrt(1.0 + tt * tt * 2.0 * s));
      double z = tt * (1.0 - s);
      return lower ? approx.cumulativeProbability(z) : approx.survivalProbability(z);
    }

    double x = t * t;
    double rxb = df / (x + df); // 1 − x below, computed without cancellation
    x = x / (x + df);
    double tnc;
    if (x > 0) {
      double lambda = del * del;
      double p = 0.5 * Math.exp(-0.5 * lambda);
      if (p == 0) {
        return lowerTail ? 0 : 1;
      }
      double q = SQRT_2_OVER_PI * p * del;
      double s = 0.5 - p;
      if (s < 1e-7) {
        s = -0.5 * Math.expm1(-0.5 * lambda);
      }
      double a = 0.5;
      double b = 0.5 * df;
      rxb = Math.pow(rxb, b);
      double logBeta = LN_SQRT_PI + LogGamma.value(b) - LogGamma.value(0.5 + b);
      double xodd = RegularizedBeta.value(x, a, b);
      double godd = 2.0 * rxb * Math.exp(a * Math.log(x) - logBeta);
      tnc = b * x;
      double xeven = tnc < Math.ulp(1.0) ? tnc : 1.0 - rxb;
      double geven = tnc * rxb;
      tnc = p * xodd + q * xeven;
      for (int it = 1; it <= MAX_TERMS; it++) {
        a += 1.0;
        xodd -= godd;
        xeven -= geven;
        godd *= x * (a + b - 1.0) / a;
        geven *= x * (a + b - 0.5) / (a + 0.5);
        p *= lambda / (2 * it);
        q *= lambda / (2 * it + 1);
        tnc += p * xodd + q * xeven;
        s -= p;
        if (s < -1e-10) {
          break; // rounding has eaten the remaining Poisson mass: R stops here too
        }
        if (s <= 0 && it > 1) {
          break;
        }
        double errorBound = 2.0 * s * (xodd - godd);
        if (Math.abs(errorBound) < MAX_ERROR) {
          break;
        }
      }
    } else {
      tnc = 0;
    }
    tnc += STANDARD_NORMAL.cumulativeProbability(-del);
    double capped = Math.min(tnc, 1.0);
    return lower ? capped : 0.5 - capped + 0.5;
  }

  /**
   * The noncentrality parameter at which pt(t, df, ncp) equals {@code probability}, found to
   * full double precision (the distribution function falls as ncp grows, so the root is unique);
   * NaN when no sign change is found.
   */
  public static double noncentrality(double t, double df, double probability) {
    DoubleUnaryOperator f = ncp -> probability(t, df, ncp, true) - probability;
    double lower = t - 1;
    double upper = t + 1;
    double fLower = f.applyAsDouble(lower);
    double fUpper = f.applyAsDouble(upper);
    double step = 1;
    for (int i = 0; i < 60 && fLower < 0; i++) {
      step *= 2;
      upper = lower;
      fUpper = fLower;
      lower -= step;
      fLower = f.applyAsDouble(lower);
    }
    step = 1;
    for (int i = 0; i < 60 && fUpper > 0; i++) {
      step *= 2;
      lower = upper;
      fLower = fUpper;
      upper += step;
      fUpper = f.applyAsDouble(upper);
    }
    if (!(fLower >= 0 && fUpper <= 0)) {
      return Double.NaN;
    }
    return BrentRoot.find(f, lower, upper, fLower, fUpper, 1e-20, 5000);
  }
}
