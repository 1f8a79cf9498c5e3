package org.sleepstat.analysis;

import org.sleepstat.stats.CompensatedSum;
import org.sleepstat.stats.Stat;

/**
 * The observed values of one wave in one group, in one pass and constant memory (a million
 * respondents keep no arrays): the count, mean and SD as R's mean() and sd(). The values are
 * summed less the first value, so the sum of squares does not lose the spread to the mean's
 * square.
 */
final class RepeatedCell {
  private final CompensatedSum sum = new CompensatedSum();
  private final CompensatedSum squares = new CompensatedSum();
  private double shift = Double.NaN;
  private int n;

  void add(double v) {
    if (n == 0) {
      shift = v;
    }
    double d = v - shift;
    sum.add(d);
    squares.add(d * d);
    n++;
  }

  int n() {
    return n;
  }

  Stat mean() {
    return n == 0 ? Stat.undefined("no observations") : Stat.finiteOr(shift + sum.mean(n),
        Stat.OVERFLOW);
  }

  Stat sd() {
    if (n < 2) {
      return Stat.undefined("n = " + n + ": an SD needs at least 2 observations");
    }
    double d = sum.value();
    double ss = Math.max(squares.value() - d * d / n, 0);
    return Stat.finiteOr(Math.sqrt(ss / (n - 1)), Stat.OVERFLOW);
  }
}
