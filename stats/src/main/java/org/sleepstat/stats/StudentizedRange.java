package org.sleepstat.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * The studentized range distribution of k means with df error degrees of freedom (one range):
 * the range of k independent standard normal values divided by an independent sqrt(χ²_df / df).
 * Commons Math and Commons Statistics have none, so it is computed here with the algorithm R's
 * {@code ptukey} and {@code qtukey} use (Copenhaver, M. D. &amp; Holland, B. S. (1988), "Multiple
 * comparisons of simple effects in the two-way analysis of variance with fixed effects", J.
 * Statist. Comput. Simul. 30, 1–15):
 *
 * <ul>
 *   <li>the range probability for df = ∞ in Hartley's form, (2Φ(w/2) − 1)^k + 2k ∫_{w/2}^8
 *       φ(x) (Φ(x) − Φ(x − w))^(k−1) dx, by 12-point Gauss–Legendre quadrature over two (w &gt;
 *       3) or three equal pieces;
 *   <li>for finite df, that probability at q·s integrated against the density of 2s², by
 *       16-point Gauss–Legendre quadrature over pieces of length 2, 1, 0.5 or 0.25 (df ≤ 100,
 *       800, 5000, 25000; above 25000 df is taken as infinite), stopping, once x = 2s² = 2 is
 *       passed, at the first piece that adds at most 1e-14 (at most 50 pieces);
 *   <li>the quantile by the secant method from the Odeh–Evans (AS 70) starting value, stopping
 *       when two iterates differ by less than 1e-4.
 * </ul>
 *
 * <p>The same rules, pieces and cut-offs are kept on purpose: the quadrature is only accurate to
 * about 1e-10 for df ≥ 10 and much less at small df (for k = 2, where the exact value is
 * 2·pt(−q/√2, df), R's ptukey is off by 2e-6 at df = 3.5 and 7e-5 at df = 2), but following it
 * step by step gives R's own values to about 1e-15, which is what "equal to R" means. The
 * quantile in particular is R's secant iterate, not the exact root.
 */
final class StudentizedRange {

  /** Positive Gauss–Legendre nodes of order 12 (Abramowitz &amp; Stegun table 25.4). */
  static final double[] NODES_12 = {
      0.981560634246719250690549090149, 0.904117256370474856678465866119,
      0.769902674194304687036893833213, 0.587317954286617447296702418941,
      0.367831498998180193752691536644, 0.125233408511468915472441369464};
  /** Their weights. */
  static final double[] WEIGHTS_12 = {
      0.047175336386511827194615961485, 0.106939325995318430960254718194,
      0.160078328543346226334652529543, 0.203167426723065921749064455810,
      0.233492536538354808760849898925, 0.249147045813402785000562436043};
  /** Positive Gauss–Legendre nodes of order 16 (Abramowitz &amp; Stegun table 25.4). */
  static final double[] NODES_16 = {
      0.989400934991649932596154173450, 0.944575023073232576077988415535,
      0.865631202387831743880467897712, 0.755404408355003033895101194847,
      0.617876244402643748446671764049, 0.458016777657227386342419442984,
      0.281603550779258913230460501460, 0.0950125098376374401853193354250};
  /** Their weights. */
  static final double[] WEIGHTS_16 = {
      0.0271524594117540948517805724560, 0.0622535239386478928628438369944,
      0.0951585116824927848099251076022, 0.124628971255533872052476282192,
      0.149595988816576732081501730547, 0.169156519395002538189312079030,
      0.182603415044923588866763667969, 0.189450610455068496285396723208};

  private static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
  private static final double LN_2 = 0.693147180559945309417232121458;
  private static final double LN_SQRT_2PI = 0.918938533204672741780329736406;

  /** Above this many degrees of freedom the range distribution (df = ∞) is used. */
  private static final double DF_INFINITE = 25000;
  /** Upper limit of the Hartley integral: Φ beyond 8 is 1 to double precision. */
  private static final double RANGE_UPPER = 8;
  /** Integrand terms whose log is below this are negligible (e^−30 ≈ 9e−14). */
  private static final double LOG_NEGLIGIBLE = -30;
  /** A piece of the df integral adding at most this ends the integration. */
  private static final double PIECE_NEGLIGIBLE = 1e-14;
  private static final int MAX_PIECES = 50;
  private static final double QUANTILE_STEP = 1e-4;
  private static final int MAX_SECANT_STEPS = 50;

  private StudentizedRange() {}

  /**
   * {@code ptukey(q, k, df)}: P(Q ≤ q). NaN when df &lt; 2 or k &lt; 2, as R's NaN.
   *
   * @param df the error degrees of freedom, at least 2; may be infinite
   */
  static double cdf(double q, int k, double df) {
    if (Double.isNaN(q) || Double.isNaN(df)) {
      return Double.NaN;
    }
    if (q <= 0) {
      return 0;
    }
    if (df < 2 || k < 2) {
      return Double.NaN;
    }
    if (q == Double.POSITIVE_INFINITY) {
      return 1;
    }
    if (df > DF_INFINITE) {
      return rangeCdf(q, k);
    }
    return Math.min(1, studentizedCdf(q, k, df));
  }

  /** {@code ptukey(q, k, df, lower.tail = FALSE)}: P(Q &gt; q), computed as R does (1 − cdf). */
  static double survival(double q, int k, double df) {
    double p = cdf(q, k, df);
    return 0.5 - p + 0.5;
  }

  /**
   * {@code qtukey(p, k, df)}: the secant iterate R returns for P(Q ≤ q) = p. NaN when df &lt; 2,
   * k &lt; 2, or p is outside [0, 1) (R gives NaN for p = 1).
   */
  static double quantile(double p, int k, double df) {
    if (Double.isNaN(p) || Double.isNaN(df) || p < 0 || p >= 1 || df < 2 || k < 2) {
      return Double.NaN;
    }
    if (p == 0) {
      return 0;
    }
    double x0 = startingValue(p, k, df);
    double f0 = cdf(x0, k, df) - p;
    // second point one unit towards the root
    double x1 = f0 > 0 ? Math.max(0, x0 - 1) : x0 + 1;
    double f1 = cdf(x1, k, df) - p;
    double next = 0;
    for (int step = 1; step < MAX_SECANT_STEPS; step++) {
      next = x1 - ((f1 * (x1 - x0)) / (f1 - f0));
      f0 = f1;
      x0 = x1;
      if (next < 0) {
        next = 0;
      }
      // R evaluates ptukey at the new iterate before this test and drops the value when it
      // returns: the same iterate, one integral fewer
      if (Math.abs(next - x0) < QUANTILE_STEP) {
        return next;
      }
      f1 = cdf(next, k, df) - p;
      x1 = next;
    }
    return next; // not converged: R warns and returns the last iterate too
  }

  /**
   * Starting value of the secant method: the normal deviate of Odeh &amp; Evans (1974, Applied
   * Statistics 23, algorithm AS 70) turned into a studentized range by Copenhaver &amp; Holland's
   * correction for k and df (df ≥ 120 is treated as infinite here).
   */
  private static double startingValue(double p, int k, double df) {
    double tail = 0.5 - 0.5 * p;
    double y = Math.sqrt(Math.log(1.0 / (tail * tail)));
    double t = y + ((((y * -0.453642210148e-04 - 0.204231210125) * y - 0.342242088547) * y - 1.0)
        * y + 0.322232421088)
        / ((((y * 0.38560700634e-02 + 0.103537752850) * y + 0.531103462366) * y
        + 0.588581570495) * y + 0.993484626060e-01);
    boolean finiteDf = df < 120;
    if (finiteDf) {
      t += (t * t * t + t) / df / 4.0;
    }
    double c = 0.8832 - 0.2368 * t;
    if (finiteDf) {
      c += -1.214 / df + 1.208 * t / df;
    }
    return t * (c * Math.log(k - 1.0) + 1.4142);
  }

  /**
   * The df integral: the range probability at q·s weighted by the density of x = 2s², where
   * df·s² ~ χ²_df, i.e. log density (df/2)·log(df) − df·log 2 − lgamma(df/2) + (df/2 − 1)·log x
   * − df·x/4.
   */
  private static double studentizedCdf(double q, int k, double df) {
    double half = df * 0.5;
    double quarter = df * 0.25;
    double power = half - 1.0;
    double halfLength = df <= 100 ? 1.0 : df <= 800 ? 0.5 : df <= 5000 ? 0.25 : 0.125;
    // constant of the log density plus log of the half-length of a piece (the quadrature scale)
    double logConstant = ((half * Math.log(df)) - (df * LN_2)) - logGamma(half)
        + Math.log(halfLength);

    double total = 0;
    double piece = 0;
    for (int i = 1; i <= MAX_PIECES; i++) {
      piece = 0;
      double mid = (2 * i - 1) * halfLength;
      // nodes left of the middle (outermost first), then right of it (outermost first)
      for (int side = -1; side <= 1; side += 2) {
        for (int j = 0; j < NODES_16.length; j++) {
          double offset = NODES_16[j] * halfLength;
          double logDensity = side < 0
              ? (logConstant + (power * Math.log(mid - offset))) + ((offset - mid) * quarter)
              : (logConstant + (power * Math.log(mid + offset))) - ((offset + mid) * quarter);
          if (logDensity >= LOG_NEGLIGIBLE) {
            double x = side < 0 ? (-offset) + mid : offset + mid;
            double range = rangeCdf(q * Math.sqrt(x * 0.5), k);
            piece += (range * WEIGHTS_16[j]) * Math.exp(logDensity);
          }
        }
      }
      // at least the pieces up to x = 2 are summed, so that a thin left tail is not missed
      if (i * halfLength >= 1.0 && piece <= PIECE_NEGLIGIBLE) {
        break;
      }
      total += piece;
    }
    return total;
  }

  /** P(W ≤ w) for the range W of k standard normal values, in Hartley's form. */
  static double rangeCdf(double w, int k) {
    double halfW = w * 0.5;
    if (halfW >= RANGE_UPPER) {
      return 1.0;
    }
    // first term: all k values within ±w/2
    double inner = 2 * phi(halfW) - 1.;
    inner = inner >= Math.exp(-50. / k) ? Math.pow(inner, k) : 0.0;

    double pieces = w > 3 ? 2 : 3;
    double lower = halfW;
    double step = (RANGE_UPPER - halfW) / pieces;
    double upper = lower + step;
    double integral = 0.0;
    double power = k - 1.0;
    double negligible = Math.exp(LOG_NEGLIGIBLE / power);
    for (int piece = 1; piece <= pieces; piece++) {
      double sum = 0.0;
      double mid = 0.5 * (upper + lower);
      double halfLength = 0.5 * (upper - lower);
      // nodes in ascending order: the integrand only decreases once x² > 60
      for (int n = 0; n < 2 * NODES_12.length; n++) {
        boolean left = n < NODES_12.length;
        int j = left ? n : 2 * NODES_12.length - 1 - n;
        double x = mid + halfLength * (left ? -NODES_12[j] : NODES_12[j]);
        double xSquared = x * x;
        if (xSquared > 60.) {
          break;
        }
        double between = phi(x) - phi(x - w);
        if (between >= negligible) {
          sum += (WEIGHTS_12[j] * Math.exp(-(0.5 * xSquared))) * Math.pow(between, power);
        }
      }
      sum *= ((2.0 * halfLength) * k) * INV_SQRT_2PI;
      integral += sum;
      lower = upper;
      upper += step;
    }
    double p = integral + inner;
    if (p <= Math.exp(LOG_NEGLIGIBLE)) {
      return 0.;
    }
    return p >= 1. ? 1. : p;
  }

  /**
   * log Γ(x) for x &gt; 0. For x &gt; 10 in the form R's lgammafn evaluates it, log √(2π) + (x −
   * ½)·log x − x + a Stirling correction: at large df the log density constant is a difference of
   * terms near 10⁴, so the same order of operations keeps the result within an ulp or two of R's
   * instead of a few 1e-12 away.
   */
  static double logGamma(double x) {
    if (x <= 10) {
      return Gamma.logGamma(x);
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    // Stirling series of log Γ(x) − (x − ½) log x + x − log √(2π); the next term is below 1e-17
    double correction = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260
        - inv2 * (1.0 / 1680 - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360))))));
    return LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x + correction;
  }

  /** Φ(x) as R's pnorm computes it (the range integrals call it most of all). */
  private static double phi(double x) {
    return NormalCdf.lower(x);
  }
}
