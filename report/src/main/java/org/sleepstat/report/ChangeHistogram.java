package org.sleepstat.report;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.schema.Direction;

/**
 * The distribution of the change (post − pre) in bins whose edges fall on the responder
 * threshold, so that every bin holds only responders or only non-responders and the responder
 * bins add up to the responder count of the analysis. Bins are closed on the responder side: for
 * an outcome where lower is better and a threshold of 2 points, (−3, −2] is a responder bin and
 * (−2, −1] is not.
 *
 * @param threshold the signed change that makes a responder: −2 when lower is better, +2 when
 *     higher is better
 * @param direction which way the outcome improves
 * @param width the bin width, a round number (…, 0.5, 1, 2, 5, …) near Sturges' bin count
 * @param bins from the lowest change to the highest, empty bins included
 */
public record ChangeHistogram(double threshold, Direction direction, double width,
    List<Bin> bins) {

  /**
   * Same slack as the analysis's responder count: binary arithmetic gives 2.1 − 4.1 =
   * −1.9999999999999996, which is a change of exactly −2.
   */
  static final double SLACK = 1e-9;

  /**
   * One bin.
   *
   * @param from lower edge
   * @param to upper edge
   * @param count changes in the bin
   * @param responders whether the bin lies on the responder side of the threshold
   */
  public record Bin(double from, double to, int count, boolean responders) {}

  /** Copies the bins. */
  public ChangeHistogram {
    bins = List.copyOf(bins);
  }

  /**
   * Bins the changes.
   *
   * @param change post − pre of each pair (at least one)
   * @param points the improvement in points that makes a responder (&gt; 0)
   */
  public static ChangeHistogram of(double[] change, Direction direction, double points) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double c : change) {
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
    Binning binning = new Binning(min, max, change.length, direction, points);
    for (double c : change) {
      binning.add(c);
    }
    return binning.histogram();
  }

  /**
   * Bins changes one at a time, once their lowest, highest and count are known: what {@link
   * #of(double[], Direction, double)} does, for changes read in place.
   */
  static final class Binning {
    private final double threshold;
    private final Direction direction;
    private final double width;
    private final int lowest;
    private final int[] counts;

    /**
     * @param n changes to bin (at least one)
     * @param points the improvement in points that makes a responder (&gt; 0)
     */
    Binning(double min, double max, int n, Direction direction, double points) {
      if (n == 0) {
        throw new IllegalArgumentException("no changes to bin");
      }
      this.threshold = direction == Direction.LOWER_IS_BETTER ? -points : points;
      this.direction = direction;
      this.width = width(max - min, n);
      this.lowest = index(min, threshold, width, direction);
      this.counts = new int[index(max, threshold, width, direction) - lowest + 1];
    }

    void add(double change) {
      counts[index(change, threshold, width, direction) - lowest]++;
    }

    ChangeHistogram histogram() {
      List<Bin> bins = new ArrayList<>(counts.length);
      for (int k = lowest; k < lowest + counts.length; k++) {
        // lower is better: bin k is (t + (k-1)w, t + kw], responders for k <= 0;
        // higher is better: bin k is [t + kw, t + (k+1)w), responders for k >= 0
        double from = direction == Direction.LOWER_IS_BETTER
            ? threshold + (k - 1) * width : threshold + k * width;
        bins.add(new Bin(from, from + width, counts[k - lowest],
            direction == Direction.LOWER_IS_BETTER ? k <= 0 : k >= 0));
      }
      return new ChangeHistogram(threshold, direction, width, bins);
    }
  }

  /** Changes in the responder bins. */
  public int responders() {
    return bins.stream().filter(Bin::responders).mapToInt(Bin::count).sum();
  }

  /** All changes binned. */
  public int n() {
    return bins.stream().mapToInt(Bin::count).sum();
  }

  private static int index(double c, double threshold, double width, Direction direction) {
    double k = (c - threshold) / width;
    return direction == Direction.LOWER_IS_BETTER
        ? (int) Math.ceil(k - SLACK / width) : (int) Math.floor(k + SLACK / width);
  }

  /**
   * A round width (1, 2 or 5 times a power of ten) giving a bin count closest to Sturges'
   * {@code ceiling(log2(n) + 1)}, the count R's {@code hist} aims for; 1 when the changes do not
   * vary.
   */
  static double width(double range, int n) {
    if (!(range > 0)) {
      return 1;
    }
    double target = Math.ceil(Math.log(n) / Math.log(2) + 1);
    double best = 1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int exponent = -3; exponent <= 6; exponent++) {
      for (double mantissa : new double[] {1, 2, 5}) {
        double w = mantissa * Math.pow(10, exponent);
        double distance = Math.abs(Math.log(range / w) - Math.log(target));
        if (distance < bestDistance) {
          best = w;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
