package org.sleepstat.stats;

/**
 * A running sum in double-double arithmetic (the sum and its rounding errors, kept by TwoSum),
 * added to one value at a time, and the mean taken from it with one rounding: the quotient of
 * the unrounded sum, as R's {@code mean} (long double, then rounded once). Rounding the sum to
 * a double and then dividing rounds twice, which moves a mean by an ulp; with values that differ
 * by 1e-8 near 10, an ulp of a mean is 1e-7 of the spread and shows in F and t.
 *
 * <p>A sum beyond the double range does not overflow: once it would, the running sum and all
 * values after it are scaled by 2^-{@value #SCALE_BITS} (exactly, a power of two), so the mean of
 * values near 1e308 is finite, as R's (whose long double reaches 1e4932). Values below 1e-290
 * lose bits then, which cannot show against a sum above 1e308.
 */
public final class CompensatedSum {
  /** The scaling once the sum would overflow: n ≤ 2^31 values below 2^1024 sum below 2^1055. */
  static final int SCALE_BITS = 40;

  private double hi;
  private double lo;
  private boolean scaled;

  /** Adds {@code v} (finite). */
  public void add(double v) {
    double x = scaled ? Math.scalb(v, -SCALE_BITS) : v;
    double s = hi + x;
    if (Double.isInfinite(s) && !scaled) {
      rescale();
      add(v);
      return;
    }
    double back = s - hi;
    lo += (hi - (s - back)) + (x - back);
    hi = s;
  }

  /** Adds {@code c · v} exactly (the product split by fma), for a value counted c times. */
  void addProduct(double c, double v) {
    double x = scaled ? Math.scalb(v, -SCALE_BITS) : v;
    double product = c * x;
    if (Double.isInfinite(product) || Double.isInfinite(hi + product)) {
      if (!scaled) {
        rescale();
        addProduct(c, v);
        return;
      }
    }
    double productError = Math.fma(c, x, -product);
    double s = hi + product;
    double back = s - hi;
    lo += ((hi - (s - back)) + (product - back)) + productError;
    hi = s;
  }

  private void rescale() {
    scaled = true;
    hi = Math.scalb(hi, -SCALE_BITS);
    lo = Math.scalb(lo, -SCALE_BITS);
  }

  /** The sum of the values added so far, rounded once; infinite when it is beyond the range. */
  public double value() {
    double s = hi + lo;
    return scaled ? Math.scalb(s, SCALE_BITS) : s;
  }

  /** The mean of the {@code n} values added so far (n ≥ 1): their exact sum over n, rounded. */
  public double mean(long n) {
    double[] m = meanParts(n);
    return m[0] + m[1];
  }

  /**
   * The mean as two parts {hi, lo} whose exact sum is the sum over n to about 2^-100 relative;
   * hi is the mean rounded once. Differences of two means taken part by part keep the digits
   * that cancel (see {@link #difference}).
   */
  double[] meanParts(long n) {
    double d = n;
    double q = hi / d;
    // hi − q·d exactly (fma), plus lo: what the first quotient left over
    double rest = Math.fma(-q, d, hi) + lo;
    double q2 = rest / d;
    double m = q + q2;
    double mLo = q2 - (m - q);
    if (scaled) {
      m = Math.scalb(m, SCALE_BITS);
      mLo = Math.scalb(mLo, SCALE_BITS);
    }
    return new double[] {m, mLo};
  }

  /** a − b for two means given as {hi, lo} parts, rounded once; infinite when it overflows. */
  static double difference(double[] a, double[] b) {
    double s = a[0] - b[0];
    if (Double.isInfinite(s)) {
      return s; // beyond the range; its rounding error would be NaN
    }
    double back = s - a[0];
    double error = (a[0] - (s - back)) + (-b[0] - back);
    return s + (error + (a[1] - b[1]));
  }
}
