package org.sleepstat.stats;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test of a 2 × 2 table with R's {@code fisher.test} conditional maximum
 * likelihood odds ratio and its 95% interval. Written after R's code line by line, because the
 * estimate and the interval are roots that R finds with {@code uniroot} at its default tolerance
 * (about 1.2e-4): only the same steps ({@link BrentRoot}, R's zeroin) on the same functions give
 * R's numbers to 1e-9. For a table [[a, b], [c, d]]: m = a + c, n = b + d, k = a + b, x = a; x
 * follows the noncentral hypergeometric distribution on lo..hi with log density
 * dhyper(support, m, n, k, log = TRUE) + log(ncp) · support (normalised).
 *
 * <p>The support has up to min(k, m) + 1 points, half a million in a table of a million
 * respondents, and R evaluates the density at every one for every step of its root searches. The
 * log density is concave, so far from its mode exp(log density − max) underflows to exactly 0;
 * here it is evaluated only from the mode outwards until that happens (750 below the maximum),
 * which leaves every sum and every number as they are, in a few thousand points.
 */
public final class FisherExact2x2 {
  /** R's relErr: tables with density up to 1 + 1e-7 times the observed one count as extreme. */
  private static final double RELATIVE_ERROR = 1 + 1e-7;
  /** uniroot's default tol, .Machine$double.eps^0.25. */
  private static final double UNIROOT_TOL = Math.pow(Math.ulp(1.0), 0.25);
  private static final int UNIROOT_MAXITER = 1000;
  private static final double EPS = Math.ulp(1.0);
  private static final double ALPHA = (1 - Distributions.CONFIDENCE) / 2;

  /** exp of anything this far below the maximum is 0 in double precision. */
  private static final double UNDERFLOW = -750;

  private final int x;
  private final int lo;
  private final int hi;
  /** dhyper(lo + i, m, n, k, log = TRUE), NaN until needed. */
  private final double[] logdc;
  private final HypergeometricDistribution central;
  /** The last density: non-zero (possibly) on [from, to) only, 0 elsewhere. */
  private final double[] d;
  private int from;
  private int to;
  /** Evaluate the density at every point of the support, as R (for tests of the window). */
  private final boolean whole;

  private FisherExact2x2(int[][] t, boolean whole) {
    this.whole = whole;
    int m = t[0][0] + t[1][0];
    int n = t[0][1] + t[1][1];
    int k = t[0][0] + t[0][1];
    x = t[0][0];
    lo = Math.max(0, k - n);
    hi = Math.min(k, m);
    logdc = new double[hi - lo + 1];
    Arrays.fill(logdc, Double.NaN);
    d = new double[logdc.length];
    central = HypergeometricDistribution.of(m + n, m, k);
  }

  private double logdc(int i) {
    double v = logdc[i];
    if (Double.isNaN(v)) {
      v = central.logProbability(lo + i);
      logdc[i] = v;
    }
    return v;
  }

  /** The test of a 2 × 2 table without an empty row or column. */
  public static FisherResult test(int[][] table) {
    return test(table, false);
  }

  /**
   * {@link #test(int[][])}, with {@code whole}: the density evaluated at every point of the
   * support rather than where it does not underflow (the same numbers, slower).
   */
  static FisherResult test(int[][] table, boolean whole) {
    FisherExact2x2 f = new FisherExact2x2(table, whole);
    double[] d = f.dnhyper(1);
    double limit = d[f.x - f.lo] * RELATIVE_ERROR;
    double p = 0;
    double compensation = 0;
    for (int i = f.from; i < f.to; i++) { // 0 elsewhere, and adding 0 changes nothing
      double v = d[i];
      if (v <= limit) {
        double t = p + v;
        compensation += p >= v ? (p - t) + v : (v - t) + p;
        p = t;
      }
    }
    p += compensation;
    double estimate = f.mle();
    double low = f.ncpLower();
    double high = f.ncpUpper();
    String infinite = "infinite (R: Inf): the table has a zero cell";
    return new FisherResult(Stat.finiteOr(p, "p-value not computable"),
        Stat.finiteOr(estimate, infinite), Stat.finiteOr(low, infinite),
        Stat.finiteOr(high, "unbounded above (R: Inf): the table has a zero cell"),
        "2 x 2: hypergeometric p-value, conditional maximum likelihood odds ratio and exact "
            + "interval (R's fisher.test)");
  }

  /**
   * R's dnhyper(ncp): the noncentral hypergeometric density on the support, normalised; written
   * into {@link #d} on [{@link #from}, {@link #to}), where exp(log density − max) is not 0, with
   * 0 elsewhere.
   */
  private double[] dnhyper(double ncp) {
    double logNcp = Math.log(ncp);
    Arrays.fill(d, from, to, 0);
    if (whole) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < d.length; i++) {
        d[i] = logdc(i) + logNcp * (lo + i);
        max = Math.max(max, d[i]);
      }
      for (int i = 0; i < d.length; i++) {
        d[i] = Math.exp(d[i] - max);
      }
      from = 0;
      to = d.length;
      double sum = sum(d, 0, d.length);
      for (int i = 0; i < d.length; i++) {
        d[i] /= sum;
      }
      return d;
    }
    // the mode: the first point whose successor has no larger density (the log density is
    // concave, its differences log((m − s)(k − s) ncp / ((s + 1)(n − k + s + 1))) decrease)
    int low = 0;
    int high = d.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (logdc(mid + 1) + logNcp * (lo + mid + 1) > logdc(mid) + logNcp * (lo + mid)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    double max = logdc(low) + logNcp * (lo + low);
    int first = low;
    while (first > 0) {
      double v = logdc(first - 1) + logNcp * (lo + first - 1);
      max = Math.max(max, v);
      if (v - max < UNDERFLOW) {
        break;
      }
      first--;
    }
    int last = low;
    while (last < d.length - 1) {
      double v = logdc(last + 1) + logNcp * (lo + last + 1);
      max = Math.max(max, v);
      if (v - max < UNDERFLOW) {
        break;
      }
      last++;
    }
    from = first;
    to = last + 1;
    for (int i = from; i < to; i++) {
      d[i] = Math.exp(logdc(i) + logNcp * (lo + i) - max);
    }
    double sum = sum(d, from, to);
    for (int i = from; i < to; i++) {
      d[i] /= sum;
    }
    return d;
  }

  /** R's mnhyper(ncp): the mean of the noncentral distribution. */
  private double mnhyper(double ncp) {
    if (ncp == 0) {
      return lo;
    }
    if (ncp == Double.POSITIVE_INFINITY) {
      return hi;
    }
    double[] d = dnhyper(ncp);
    for (int i = from; i < to; i++) {
      d[i] *= lo + i;
    }
    return sum(d, from, to);
  }

  /** R's pnhyper(x, ncp, upper.tail): P(X ≤ x), or P(X ≥ x) when upper. */
  private double pnhyper(double ncp, boolean upper) {
    if (ncp == 1) {
      return upper ? central.survivalProbability(x - 1) : central.cumulativeProbability(x);
    }
    if (ncp == 0) {
      return upper ? (x <= lo ? 1 : 0) : (x >= lo ? 1 : 0);
    }
    if (ncp == Double.POSITIVE_INFINITY) {
      return upper ? (x <= hi ? 1 : 0) : (x >= hi ? 1 : 0);
    }
    double[] d = dnhyper(ncp);
    int at = x - lo;
    return upper ? sum(d, Math.max(at, from), to) : sum(d, from, Math.min(at + 1, to));
  }

  /** R's mle(x). */
  private double mle() {
    if (x == lo) {
      return 0;
    }
    if (x == hi) {
      return Double.POSITIVE_INFINITY;
    }
    double mu = mnhyper(1);
    if (mu > x) {
      return uniroot(t -> mnhyper(t) - x, 0, 1);
    }
    if (mu < x) {
      return 1 / uniroot(t -> mnhyper(1 / t) - x, EPS, 1);
    }
    return 1;
  }

  /** R's ncp.U(x, alpha), the upper end of the interval. */
  private double ncpUpper() {
    if (x == hi) {
      return Double.POSITIVE_INFINITY;
    }
    double p = pnhyper(1, false);
    if (p < ALPHA) {
      return uniroot(t -> pnhyper(t, false) - ALPHA, 0, 1);
    }
    if (p > ALPHA) {
      return 1 / uniroot(t -> pnhyper(1 / t, false) - ALPHA, EPS, 1);
    }
    return 1;
  }

  /** R's ncp.L(x, alpha), the lower end of the interval. */
  private double ncpLower() {
    if (x == lo) {
      return 0;
    }
    double p = pnhyper(1, true);
    if (p > ALPHA) {
      return uniroot(t -> pnhyper(t, true) - ALPHA, 0, 1);
    }
    if (p < ALPHA) {
      return 1 / uniroot(t -> pnhyper(1 / t, true) - ALPHA, EPS, 1);
    }
    return 1;
  }

  /**
   * uniroot(f, c(lower, upper))$root with R's defaults. The functions here change sign on the
   * interval by construction; if rounding ever made them not, R would stop: NaN (undefined).
   */
  private static double uniroot(DoubleUnaryOperator f, double lower, double upper) {
    double fLower = f.applyAsDouble(lower);
    double fUpper = f.applyAsDouble(upper);
    if (!(Math.signum(fLower) * Math.signum(fUpper) <= 0)) {
      return Double.NaN;
    }
    return BrentRoot.find(f, lower, upper, fLower, fUpper, UNIROOT_TOL, UNIROOT_MAXITER);
  }

  /** Compensated sum of v[from..to), close to R's long double sum. */
  private static double sum(double[] v, int from, int to) {
    double sum = 0;
    double compensation = 0;
    for (int i = from; i < to; i++) {
      double t = sum + v[i];
      compensation += Math.abs(sum) >= Math.abs(v[i]) ? (sum - t) + v[i] : (v[i] - t) + sum;
      sum = t;
    }
    return sum + compensation;
  }
}
