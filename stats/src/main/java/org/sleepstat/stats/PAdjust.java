package org.sleepstat.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Multiplicity adjustment of a family of p-values, as R's {@code p.adjust(p, method)}. Undefined
 * p-values (NaN) are left out of the family and stay NaN, as R does with NA.
 */
public enum PAdjust {
  /** Holm's step-down method: {@code p.adjust(p, "holm")}. */
  HOLM,
  /** Benjamini–Hochberg false discovery rate: {@code p.adjust(p, "BH")}. */
  BH;

  /** The adjusted p-values, in the order of {@code p}. */
  public double[] adjust(double[] p) {
    int[] defined = java.util.stream.IntStream.range(0, p.length)
        .filter(i -> !Double.isNaN(p[i])).toArray();
    int m = defined.length;
    double[] out = new double[p.length];
    Arrays.fill(out, Double.NaN);
    if (m == 0) {
      return out;
    }
    Integer[] order = new Integer[m];
    for (int k = 0; k < m; k++) {
      order[k] = defined[k];
    }
    // ascending for Holm, descending for BH; stable, as R's order() is
    Comparator<Integer> byP = Comparator.comparingDouble(i -> p[i]);
    Arrays.sort(order, this == HOLM ? byP : byP.reversed());
    double running = this == HOLM ? 0 : Double.POSITIVE_INFINITY;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      if (this == HOLM) {
        running = Math.max(running, (m - k) * p[i]);
        out[i] = Math.min(1, running);
      } else {
        int rank = m - k; // rank of p[i] among the defined, ascending, 1-based
        running = Math.min(running, (double) m / rank * p[i]);
        out[i] = Math.min(1, running);
      }
    }
    return out;
  }

  /** The name R uses for the method: "holm", "BH". */
  public String rName() {
    return this == HOLM ? "holm" : "BH";
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
