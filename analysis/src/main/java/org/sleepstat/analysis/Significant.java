package org.sleepstat.analysis;

/** Rounding to 12 significant digits, as R's {@code signif(x, 12)}. */
final class Significant {
  static final int DIGITS = 12;

  private Significant() {}

  /**
   * {@code x} to {@link #DIGITS} significant digits: the double nearest that decimal (an integer
   * divided by an exact power of ten, one rounding); NaN, infinities and 0 as they are.
   */
  static double round(double x) {
    if (x == 0 || !Double.isFinite(x)) {
      return x;
    }
    int decimals = DIGITS - 1 - (int) Math.floor(Math.log10(Math.abs(x)));
    if (decimals > 22 || decimals < -22) {
      return x; // beyond exact powers of ten; no survey change is
    }
    double power = Math.pow(10, Math.abs(decimals));
    return decimals >= 0 ? Math.rint(x * power) / power : Math.rint(x / power) * power;
  }
}
