package org.sleepstat.analysis;

/**
 * A running sum with Neumaier's compensation, added to one value at a time: the same arithmetic,
 * value for value, as {@link Moments#mean}, so a mean taken while the rows stream past equals the
 * mean of an array of the same values in the same order, without the array.
 */
final class CompensatedSum {
  private double sum;
  private double compensation;

  /** Adds {@code v}. */
  void add(double v) {
    double t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
    sum = t;
  }

  /** The compensated sum of the values added so far. */
  double value() {
    return sum + compensation;
  }
}
