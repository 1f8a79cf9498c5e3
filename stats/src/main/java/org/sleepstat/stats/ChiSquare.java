package org.sleepstat.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * Pearson's chi-square test of independence, step by step as R's {@code chisq.test(tab)}: E =
 * outer(rowSums, colSums) / n; on a 2 × 2 table YATES = min(0.5, abs(x − E)) (the minimum over
 * all cells), else 0; statistic sum((abs(x − E) − YATES)² / E) with (r − 1)(c − 1) degrees of
 * freedom. Commons Statistics' ChiSquareTest never applies the correction, so the statistic is
 * computed here for every table.
 */
public final class ChiSquare {
  private ChiSquare() {}

  /** The test of a table with at least 2 rows and 2 columns and no empty row or column. */
  public static ChiSquareResult test(int[][] x) {
    int r = x.length;
    int c = x[0].length;
    double[] rowSums = new double[r];
    double[] columnSums = new double[c];
    double n = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        rowSums[i] += x[i][j];
        columnSums[j] += x[i][j];
        n += x[i][j];
      }
    }
    double[][] expected = new double[r][c];
    double minExpected = Double.POSITIVE_INFINITY;
    double minDeviation = Double.POSITIVE_INFINITY;
    int below = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        double e = rowSums[i] * columnSums[j] / n;
        expected[i][j] = e;
        minExpected = Math.min(minExpected, e);
        minDeviation = Math.min(minDeviation, Math.abs(x[i][j] - e));
        if (e < 5) {
          below++;
        }
      }
    }
    double yates = r == 2 && c == 2 ? Math.min(0.5, minDeviation) : 0;
    // R sums column by column (in long double); compensated summation keeps as close.
    double sum = 0;
    double compensation = 0;
    for (int j = 0; j < c; j++) {
      for (int i = 0; i < r; i++) {
        double d = Math.abs(x[i][j] - expected[i][j]) - yates;
        double term = d * d / expected[i][j];
        double t = sum + term;
        compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
        sum = t;
      }
    }
    double statistic = sum + compensation;
    int df = (r - 1) * (c - 1);
    double p = Distributions.chiSquaredUpper(statistic, df);
    Optional<String> warning = below == 0 ? Optional.empty()
        : Optional.of(String.format(Locale.ROOT,
            "Chi-squared approximation may be incorrect: %d of %d expected counts below 5 "
                + "(smallest %.3g); Fisher's exact test does not need them",
            below, r * c, minExpected));
    return new ChiSquareResult(Stat.finiteOr(statistic, "chi-square not computable"),
        Stat.of(df), Stat.finiteOr(p, "chi-square p-value not computable"), yates > 0,
        Stat.of(minExpected), below, warning);
  }

  /** The result when the table has fewer than 2 rows or columns with counts. */
  public static ChiSquareResult undefined(String reason) {
    Stat none = Stat.undefined(reason);
    return new ChiSquareResult(none, none, none, false, none, 0, Optional.empty());
  }
}
