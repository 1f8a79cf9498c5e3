package org.sleepstat.stats.mixed;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of lmerTest's hypothesis matrices that is not plain linear algebra: its
 * doolittle (an LU decomposition without pivoting, entries below 1e-6 set to 0), whose
 * transposed L gives the type I rows, and R's zapsmall at 7 digits, with which lmerTest rounds
 * its type III rows.
 */
final class TypeOneRows {
  /** doolittle's eps. */
  private static final double EPS = 1e-6;
  /** R's getOption("digits"), zapsmall's default. */
  private static final int DIGITS = 7;

  private TypeOneRows() {}

  /**
   * The unit lower triangular L of {@code lmerTest:::doolittle(x)}, x the leading m × m block of
   * the p × p row-major {@code x}; L[j][i] for j &gt; i.
   */
  static double[][] doolittleLower(double[] x, int m) {
    int p = (int) Math.round(Math.sqrt(x.length));
    double[][] l = new double[m][m];
    double[][] u = new double[m][m];
    for (int i = 0; i < m; i++) {
      l[i][i] = 1;
      for (int j = 0; j < m; j++) {
        double s = x[i * p + j];
        for (int k = 0; k < i; k++) {
          s -= l[i][k] * u[k][j];
        }
        u[i][j] = s;
      }
      for (int j = i + 1; j < m; j++) {
        double s = x[j * p + i];
        for (int k = 0; k < i; k++) {
          s -= l[j][k] * u[k][i];
        }
        l[j][i] = Math.abs(u[i][i]) < EPS ? 0 : s / u[i][i];
      }
    }
    for (double[] row : l) {
      for (int j = 0; j < m; j++) {
        if (Math.abs(row[j]) < EPS) {
          row[j] = 0;
        }
      }
    }
    return l;
  }

  /** {@code zapsmall(x)} for a value of a matrix whose largest entry is 1: x to 7 decimals. */
  static double zapsmall(double x) {
    return new BigDecimal(x).setScale(DIGITS, RoundingMode.HALF_EVEN).doubleValue();
  }
}
