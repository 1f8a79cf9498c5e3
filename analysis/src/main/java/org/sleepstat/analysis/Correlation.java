package org.sleepstat.analysis;

import java.util.Locale;
import java.util.PrimitiveIterator;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.stats.CorrelationInference;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * Mattress age against an outcome: Pearson's r with its t-test and Fisher-z interval, and
 * Spearman's rho with the t approximation, as R's {@code cor.test(age, y)} and {@code
 * cor.test(age, y, method = "spearman", exact = FALSE)}, with a Fisher-z interval for rho too.
 * The coefficients are summed here over the survey's columns; the tests are {@link
 * CorrelationInference}'s.
 */
final class Correlation {
  private Correlation() {}

  /**
   * Over the respondents selected (those with both values), in two passes over them and without
   * arrays of their values: the first tallies both variables (means, and the distinct values
   * whose average ranks Spearman's rho needs), the second sums the cross products of the values
   * and of their ranks, in row order, two-pass as R's cor (clamped to [−1, 1]).
   *
   * @param ageName and {@code outcome} name the two variables in reasons
   * @param both the rows with both values
   */
  static MattressAgeResult compute(String outcome, String ageName, NumberColumn ageColumn,
      NumberColumn yColumn, Selection both) {
    Tally ages = new Tally();
    Tally ys = new Tally();
    for (PrimitiveIterator.OfInt rows = both.iterator(); rows.hasNext(); ) {
      int i = rows.nextInt();
      ages.add(ageColumn.get(i));
      ys.add(yColumn.get(i));
    }
    ages.done();
    ys.done();
    int n = ages.count();
    if (n < 3) {
      Stat few = Stat.undefined(String.format(Locale.ROOT,
          "n = %d: a correlation test needs at least 3 respondents with both values", n));
      return new MattressAgeResult(outcome, n, few, few, few, few, few, few, few, few);
    }
    String constant = ages.isConstant() ? ageName + " has zero variance"
        : ys.isConstant() ? outcome + " has zero variance" : null;
    if (constant != null) {
      Stat none = Stat.undefined(constant);
      return new MattressAgeResult(outcome, n, none, none, none, none, none, none, none, none);
    }

    double[] ageRank = ranks(ages);
    double[] yRank = ranks(ys);
    double mx = ages.mean();
    double my = ys.mean();
    // the ranks 1..n sum to n(n + 1)/2 exactly, so their mean is that over n, as Moments.mean
    double meanRank = ((double) n * (n + 1) / 2) / n;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    double rxx = 0;
    double ryy = 0;
    double rxy = 0;
    for (PrimitiveIterator.OfInt rows = both.iterator(); rows.hasNext(); ) {
      int i = rows.nextInt();
      double a = ageColumn.get(i);
      double v = yColumn.get(i);
      double dx = a - mx;
      double dy = v - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
      double rx = ageRank[ages.indexOf(a)] - meanRank;
      double ry = yRank[ys.indexOf(v)] - meanRank;
      rxx += rx * rx;
      ryy += ry * ry;
      rxy += rx * ry;
    }
    double r = CorrelationInference.clamp(sxy / Math.sqrt(sxx) / Math.sqrt(syy));
    double rho = CorrelationInference.clamp(rxy / Math.sqrt(rxx) / Math.sqrt(ryy));
    MattressAgeResult out = result(outcome, n, r, rho);
    if (Double.isInfinite(sxx) || Double.isInfinite(syy) || Double.isInfinite(sxy)) {
      // the products of the values overflow; Spearman's ranks do not
      Stat none = Stat.undefined(Stat.OVERFLOW);
      out = new MattressAgeResult(outcome, n, none, none, none, none, out.spearmanRho(),
          out.pSpearman(), out.spearmanCiLow(), out.spearmanCiHigh());
    }
    return out;
  }

  private static MattressAgeResult result(String outcome, int n, double r, double rho) {
    CorrelationInference.Result pearson = CorrelationInference.pearson(r, n);
    CorrelationInference.Result spearman = CorrelationInference.spearman(rho, n);
    return new MattressAgeResult(outcome, n, pearson.estimate(), pearson.p(), pearson.ciLow(),
        pearson.ciHigh(), spearman.estimate(), spearman.p(), spearman.ciLow(), spearman.ciHigh());
  }

  /** R's average rank of each distinct value of a tally (done). */
  private static double[] ranks(Tally t) {
    double[] out = new double[t.distinct()];
    for (int k = 0; k < out.length; k++) {
      out[k] = t.averageRank(k);
    }
    return out;
  }
}
