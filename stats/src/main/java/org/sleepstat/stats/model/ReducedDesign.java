package org.sleepstat.stats.model;

import java.util.Arrays;
import java.util.List;

/**
 * A least-squares problem y ~ X of many rows reduced to a few: columns that stand for the design's
 * columns and for y (the triangles of {@link StreamedQr}, one or several stacked, so that their
 * inner products are the design's), with the number of rows and, from the rows themselves, each
 * column's sum of squares (for the tests of aliased columns) and sum, and the mean of y. The rows
 * can be read again when a test needs them ({@link StreamedQr#hypotNorm}). In R terms: {@code
 * qr.R(qr(cbind(X, y)))} with {@code colSums(X^2)}, {@code colSums(X)} and {@code mean(y)}.
 *
 * @param n rows of the design
 * @param columns the p stand-in design columns, of equal length
 * @param y the stand-in of y, of that length
 * @param sumsOfSquares Σ x² of each design column over the rows
 * @param sums Σ x of each design column over the rows
 * @param meanY the mean of y over the rows
 * @param rows the rows, to read again
 */
public record ReducedDesign(long n, double[][] columns, double[] y, double[] sumsOfSquares,
    double[] sums, double meanY, DesignRows rows) {

  /** The triangle of one decomposition (done) of all the rows. */
  static ReducedDesign of(StreamedQr qr, DesignRows rows) {
    int p = qr.width() - 1;
    int[] all = new int[p];
    for (int j = 0; j < p; j++) {
      all[j] = j;
    }
    return of(List.of(qr), all, p, rows);
  }

  /**
   * The triangles of decompositions (done) of parts of the rows, stacked, of the design columns
   * {@code columns} of theirs (in that order) and their column {@code yColumn}: the rows of all
   * parts together, with those columns.
   */
  public static ReducedDesign of(List<StreamedQr> parts, int[] columns, int yColumn,
      DesignRows rows) {
    int[][] same = new int[parts.size()][];
    Arrays.fill(same, columns);
    return of(parts, columns.length, same, yColumn, rows);
  }

  /**
   * The triangles of decompositions (done) of parts of the rows, stacked, each part with its own
   * columns: of the {@code p} design columns, column j is column {@code columns[part][j]} of that
   * part's rows, or zero on all of them where that is −1 (an indicator of another part's level),
   * and y is column {@code yColumn} of every part. As X'X is the sum over the parts of their own,
   * the stacked triangles stand for the rows of all parts together.
   */
  public static ReducedDesign of(List<StreamedQr> parts, int p, int[][] columns, int yColumn,
      DesignRows rows) {
    int height = 0;
    long n = 0;
    double sumY = 0;
    double[] sumsOfSquares = new double[p];
    double[] sums = new double[p];
    for (int k = 0; k < parts.size(); k++) {
      StreamedQr part = parts.get(k);
      height += part.width();
      n += part.rows();
      sumY += part.sum(yColumn);
      for (int j = 0; j < p; j++) {
        int c = columns[k][j];
        if (c >= 0) {
          sumsOfSquares[j] += part.sumOfSquares(c);
          sums[j] += part.sum(c);
        }
      }
    }
    double[][] stacked = new double[p][height];
    double[] y = new double[height];
    int at = 0;
    for (int k = 0; k < parts.size(); k++) {
      StreamedQr part = parts.get(k);
      int q = part.width();
      for (int i = 0; i < q; i++) {
        for (int j = 0; j < p; j++) {
          int c = columns[k][j];
          stacked[j][at + i] = c < 0 ? 0 : part.r(i, c);
        }
        y[at + i] = part.r(i, yColumn);
      }
      at += q;
    }
    return new ReducedDesign(n, stacked, y, sumsOfSquares, sums, n == 0 ? 0 : sumY / n, rows);
  }

  /** Number of stand-in rows. */
  int height() {
    return y.length;
  }

  /** sqrt(Σ x²) of design column j (as LinearModel's norm of a held column). */
  double norm(int j) {
    return Math.sqrt(sumsOfSquares[j]);
  }
}
