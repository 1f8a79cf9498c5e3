package org.sleepstat.stats.mixed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sleepstat.stats.CompensatedSum;

/**
 * The sufficient statistics of a linear model with a random intercept per cluster, y_i = X_i β
 * + b_i 1 + e_i, gathered in one pass over the clusters: the REML criterion and everything
 * derived from it need only, per cluster, n_i, X_i'X_i, X_i'1, X_i'y_i, 1'y_i and y_i'y_i
 * (Woodbury: V_i⁻¹ = (I − θ²/(1 + n_iθ²) J)/σ²). Clusters with the same design rows share the
 * first three, so they are kept once per distinct design (a pattern), with the count, mean and
 * spread of 1'y_i; Σ X_i'y_i and Σ y_i'y_i are kept over all clusters in compensated sums. The
 * memory is that of the patterns, whatever the number of clusters: for a wave × group design at
 * most 2 · (2^k − 1) patterns for k waves. Give each cluster's rows in the same order (e.g. by
 * wave) so that equal designs are recognised as one pattern.
 *
 * <p>Column 0 of the design must be the intercept (all ones): y is kept less a shift (the first
 * value added), which keeps the sums of squares near the residual scale, and the intercept takes
 * the shift back ({@link #shift()}).
 */
public final class ClusterSums {
  private final int p;
  private final Map<Key, ClusterPattern> patterns = new HashMap<>();
  private final List<ClusterPattern> order = new ArrayList<>();
  private final CompensatedSum[] xy;
  private final CompensatedSum yy = new CompensatedSum();
  private double shift = Double.NaN;
  private long clusters;
  private long observations;

  /** Empty sums for designs of {@code columns} columns, the first of them the intercept. */
  public ClusterSums(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("columns " + columns + " < 1");
    }
    this.p = columns;
    this.xy = new CompensatedSum[columns];
    for (int j = 0; j < columns; j++) {
      xy[j] = new CompensatedSum();
    }
  }

  /**
   * Adds one cluster of {@code n} observations.
   *
   * @param rows the design rows, row-major: {@code rows[i * columns + j]} is column j of
   *     observation i, for i &lt; n (longer arrays are allowed; the rest is ignored)
   * @param y the n responses (finite)
   * @throws IllegalArgumentException if n &lt; 1, an array is too short, a value is not finite or
   *     column 0 is not 1
   */
  public void add(double[] rows, double[] y, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a cluster needs at least one observation, not " + n);
    }
    if (rows.length < n * p || y.length < n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a cluster of %d observations needs %d design values and %d responses, not %d and %d",
          n, n * p, n, rows.length, y.length));
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(y[i])) {
        throw new IllegalArgumentException("response " + y[i] + " is not finite");
      }
      if (rows[i * p] != 1.0) {
        throw new IllegalArgumentException(
            "design column 0 must be the intercept (1), not " + rows[i * p]);
      }
      for (int j = 1; j < p; j++) {
        if (!Double.isFinite(rows[i * p + j])) {
          throw new IllegalArgumentException("design value " + rows[i * p + j] + " is not finite");
        }
      }
    }
    if (clusters == 0) {
      shift = y[0];
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      double yi = y[i] - shift;
      s += yi;
      yy.add(yi * yi);
    }
    for (int j = 0; j < p; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += rows[i * p + j] * (y[i] - shift);
      }
      xy[j].add(sum);
    }
    pattern(rows, n).add(s);
    clusters++;
    observations += n;
  }

  private ClusterPattern pattern(double[] rows, int n) {
    double[] used = rows.length == n * p ? rows : Arrays.copyOf(rows, n * p);
    Key probe = new Key(used);
    ClusterPattern found = patterns.get(probe);
    if (found == null) {
      found = new ClusterPattern(used, n, p);
      patterns.put(new Key(used.clone()), found);
      order.add(found);
    }
    return found;
  }

  /** The number of design columns. */
  public int columns() {
    return p;
  }

  /** The number of clusters added. */
  public long clusters() {
    return clusters;
  }

  /** The number of observations added. */
  public long observations() {
    return observations;
  }

  /** The number of distinct cluster designs (what the memory grows with). */
  public int patterns() {
    return order.size();
  }

  /** The value subtracted from every response before summing (the first one added). */
  public double shift() {
    return shift;
  }

  List<ClusterPattern> patternList() {
    return Collections.unmodifiableList(order);
  }

  /** Σ X_i'(y_i − shift). */
  double[] xy() {
    double[] v = new double[p];
    for (int j = 0; j < p; j++) {
      v[j] = xy[j].value();
    }
    return v;
  }

  /** Σ (y_i − shift)'(y_i − shift). */
  double yy() {
    return yy.value();
  }

  /** Σ X_i'X_i, p × p, row-major. */
  double[] xx() {
    double[] s = new double[p * p];
    for (ClusterPattern c : order) {
      for (int i = 0; i < s.length; i++) {
        s[i] += c.count * c.xx[i];
      }
    }
    return s;
  }

  /** Design rows as a hash key, compared by value. */
  private static final class Key {
    private final double[] rows;
    private final int hash;

    Key(double[] rows) {
      this.rows = rows;
      this.hash = Arrays.hashCode(rows);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(rows, k.rows);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
