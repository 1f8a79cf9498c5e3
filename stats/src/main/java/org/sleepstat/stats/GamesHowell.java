package org.sleepstat.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The Games–Howell comparison of two group means (Games &amp; Howell 1976): Welch's t with
 * Welch–Satterthwaite degrees of freedom, referred to the studentized range distribution of all k
 * compared groups so that p-values and intervals hold for all k(k − 1)/2 pairs together. Written
 * after rstatix's {@code games_howell_test} (the formulas there and in PMCMRplus's {@code
 * gamesHowellTest} are the same): p = {@code ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE)}
 * and the 95% interval is the difference ± {@code qtukey(0.95, k, df) / sqrt(2)} times the Welch
 * standard error.
 */
public final class GamesHowell {
  private GamesHowell() {}

  /** One pair; every field undefined, with the reason, when the comparison is not computable. */
  public record Result(Stat se, Stat t, Stat df, Stat p, Stat ciLow, Stat ciHigh) {}

  /**
   * Compares group 2 with group 1 (difference mean2 − mean1); both have at least two values.
   *
   * @param k the number of groups compared in all (the studentized range's number of means)
   */
  public static Result compare(String name1, Tally y1, String name2, Tally y2, int k) {
    double n1 = y1.count();
    double n2 = y2.count();
    double a = y1.variance() / n1;
    double b = y2.variance() / n2;
    double se = Math.sqrt(a + b);
    if (!Double.isFinite(se) || !Double.isFinite(y2.meanMinus(y1))) {
      return undefined(Stat.OVERFLOW);
    }
    if (se == 0) {
      return undefined("positions " + name1 + " and " + name2
          + " both have zero variance (standard error 0)");
    }
    double df = (a + b) * (a + b) / ((a * a) / (n1 - 1) + (b * b) / (n2 - 1));
    if (!Double.isFinite(df)) {
      return undefined("Games-Howell not computable for " + name1 + " and " + name2
          + ": Welch df overflows");
    }
    if (df < 2) {
      // R's ptukey and qtukey give NaN below 2 degrees of freedom
      return undefined(String.format(Locale.ROOT, "positions %s and %s: Welch df %s < 2, the "
          + "studentized range distribution needs df >= 2", name1, name2,
          new BigDecimal(df).round(new MathContext(4)).stripTrailingZeros().toPlainString()));
    }
    double difference = y2.meanMinus(y1);
    double t = difference / se;
    double p = StudentizedRange.survival(Math.abs(t) * Math.sqrt(2), k, df);
    double halfWidth = StudentizedRange.quantile(Distributions.CONFIDENCE, k, df)
        * (se * Math.sqrt(0.5));
    double[] values = {se, t, df, p, difference - halfWidth, difference + halfWidth};
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return undefined("Games-Howell not computable for " + name1 + " and " + name2);
      }
    }
    return new Result(Stat.of(se), Stat.of(t), Stat.of(df), Stat.of(p), Stat.of(values[4]),
        Stat.of(values[5]));
  }

  private static Result undefined(String reason) {
    Stat none = Stat.undefined(reason);
    return new Result(none, none, none, none, none, none);
  }
}
