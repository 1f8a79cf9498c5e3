package org.sleepstat.stats;

import java.util.Arrays;
import java.util.List;

/**
 * One sample's values tallied as they stream past, so that a column of millions of respondents
 * is summarised without an array of its values: the distinct values with their counts, from
 * which the mean (the sum taken in double-double arithmetic, divided before its one rounding),
 * sums of squares, order statistics (R's {@code median} and type 7 {@code quantile}) and average
 * ranks ({@code rank}) follow exactly as from the sorted values. Adding a value costs one lookup
 * in a hash table and no arithmetic. Survey
 * answers take few distinct values (a 0–10 score in steps of 0.1 has 101), so the counts fit a
 * small hash table; past {@link #MAX_DISTINCT} distinct values the tally keeps the values
 * themselves instead (one array, sorted once) and answers the same from them. −0.0 is tallied as
 * 0.0, the same value to R. NaN is not a value here: callers leave missing values out.
 *
 * <p>Add values, then call {@link #done()}; the questions need it, and nothing can be added after.
 */
public final class Tally {
  /** Beyond this many distinct values the values themselves are kept. */
  static final int MAX_DISTINCT = 1 << 16;
  private static final int INITIAL_BITS = 6;
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private int n;
  /**
   * The mean as {hi, lo} ({@link CompensatedSum#meanParts}), after {@link #done()}: hi is the
   * exact sum over n rounded once; differences of means and deviations from the mean use lo too.
   */
  private double[] meanParts;

  // counting: open addressing on the value's bits; a count of 0 marks an empty slot
  private long[] keys = new long[1 << INITIAL_BITS];
  private int[] slotCounts = new int[1 << INITIAL_BITS];
  private int shift = 64 - INITIAL_BITS;
  private int distinct;
  // keeping the values instead (keys == null)
  private double[] raw;
  private int rawSize;

  // after done(): distinct values ascending, their counts, and cumulative counts
  private boolean done;
  private double[] values;
  private int[] counts;
  private long[] ends;
  /** Counting mode: for each occupied slot, the index of its value in {@link #values}. */
  private int[] slotIndex;

  /** Adds one value (not NaN). */
  public void add(double v) {
    double x = v + 0.0; // −0.0 becomes 0.0
    long[] k = keys;
    if (k == null) {
      keep(x);
      return;
    }
    long bits = Double.doubleToRawLongBits(x);
    int mask = k.length - 1;
    int slot = (int) ((bits * MIX) >>> shift);
    while (true) {
      int c = slotCounts[slot];
      if (c == 0) {
        insert(bits);
        return;
      }
      if (k[slot] == bits) {
        slotCounts[slot] = c + 1;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void insert(long bits) {
    if (done) {
      throw new IllegalStateException("tally already done");
    }
    if (distinct + 1 > MAX_DISTINCT) {
      keepValues();
      keep(Double.longBitsToDouble(bits));
      return;
    }
    if (2 * (distinct + 1) > keys.length) {
      rehash(keys.length * 2);
    }
    put(bits, 1);
    distinct++;
  }

  private void put(long bits, int count) {
    int mask = keys.length - 1;
    int slot = (int) ((bits * MIX) >>> shift);
    while (slotCounts[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = bits;
    slotCounts[slot] = count;
  }

  private void rehash(int size) {
    long[] oldKeys = keys;
    int[] oldCounts = slotCounts;
    keys = new long[size];
    slotCounts = new int[size];
    shift = 64 - Integer.numberOfTrailingZeros(size);
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldCounts[s] != 0) {
        put(oldKeys[s], oldCounts[s]);
      }
    }
  }

  /** Switches to keeping the values: the counted ones are written out (their order is lost). */
  private void keepValues() {
    long held = 0;
    for (int c : slotCounts) {
      held += c;
    }
    raw = new double[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024, 2 * held))];
    for (int s = 0; s < keys.length; s++) {
      int c = slotCounts[s];
      if (c != 0) {
        Arrays.fill(raw, rawSize, rawSize + c, Double.longBitsToDouble(keys[s]));
        rawSize += c;
      }
    }
    keys = null;
    slotCounts = null;
  }

  private void keep(double x) {
    if (done) {
      throw new IllegalStateException("tally already done");
    }
    if (rawSize == raw.length) {
      int grown = (int) Math.min(Integer.MAX_VALUE - 8, raw.length + (raw.length >> 1));
      raw = Arrays.copyOf(raw, grown);
    }
    raw[rawSize++] = x;
  }

  /** Ends the adding: sorts the distinct values. Returns this tally. */
  public Tally done() {
    if (done) {
      return this;
    }
    done = true;
    if (keys != null) {
      values = new double[distinct];
      int k = 0;
      for (int s = 0; s < keys.length; s++) {
        if (slotCounts[s] != 0) {
          values[k++] = Double.longBitsToDouble(keys[s]);
        }
      }
      Arrays.sort(values);
      counts = new int[distinct];
      slotIndex = new int[keys.length];
      Arrays.fill(slotIndex, -1);
      for (int s = 0; s < keys.length; s++) {
        if (slotCounts[s] != 0) {
          int index = Arrays.binarySearch(values, Double.longBitsToDouble(keys[s]));
          slotIndex[s] = index;
          counts[index] = slotCounts[s];
        }
      }
      slotCounts = null;
    } else {
      Arrays.sort(raw, 0, rawSize);
      int d = 0;
      for (int i = 0; i < rawSize; i++) {
        if (i == 0 || raw[i] != raw[i - 1]) {
          d++;
        }
      }
      values = new double[d];
      counts = new int[d];
      int k = -1;
      for (int i = 0; i < rawSize; i++) {
        if (i == 0 || raw[i] != raw[i - 1]) {
          values[++k] = raw[i];
        }
        counts[k]++;
      }
      distinct = d;
      raw = null;
    }
    finish();
    return this;
  }

  /** The cumulative counts, the count and the mean, from the distinct values and counts. */
  private void finish() {
    ends = new long[distinct];
    long end = 0;
    // Σ count · value in double-double, each product split exactly (fma)
    CompensatedSum sum = new CompensatedSum();
    for (int k = 0; k < distinct; k++) {
      end += counts[k];
      ends[k] = end;
      sum.addProduct(counts[k], values[k]);
    }
    n = Math.toIntExact(end);
    meanParts = n == 0 ? new double[] {Double.NaN, 0} : sum.meanParts(n);
  }

  /**
   * The tally of the values of all {@code parts} together (each done), as if they had been added
   * to one tally part after part; the parts are left as they are.
   */
  public static Tally pooled(List<Tally> parts) {
    Tally out = new Tally();
    out.keys = null;
    out.slotCounts = null;
    int capacity = 0;
    for (Tally t : parts) {
      t.requireDone();
      capacity += t.distinct;
    }
    double[] merged = new double[capacity];
    int at = 0;
    for (Tally t : parts) {
      System.arraycopy(t.values, 0, merged, at, t.distinct);
      at += t.distinct;
    }
    Arrays.sort(merged);
    int d = 0;
    for (int i = 0; i < merged.length; i++) {
      if (i == 0 || merged[i] != merged[d - 1]) {
        merged[d++] = merged[i];
      }
    }
    out.values = Arrays.copyOf(merged, d);
    out.counts = new int[d];
    for (Tally t : parts) {
      int k = 0;
      for (int j = 0; j < t.distinct; j++) {
        while (out.values[k] != t.values[j]) {
          k++;
        }
        out.counts[k] += t.counts[j];
      }
    }
    out.distinct = d;
    out.done = true;
    out.finish();
    return out;
  }

  /** A tally of the values of an array. */
  static Tally of(double[] x) {
    Tally t = new Tally();
    for (double v : x) {
      t.add(v);
    }
    return t.done();
  }

  private void requireDone() {
    if (!done) {
      throw new IllegalStateException("tally not done");
    }
  }

  /** Number of values (after {@link #done()}). */
  public int count() {
    requireDone();
    return n;
  }

  /** Mean of the values, their exact sum over n rounded once (as R's mean); n ≥ 1. */
  public double mean() {
    requireDone();
    return meanParts[0];
  }

  /**
   * This mean minus that of {@code other}, rounded once: the digits the two means share cancel
   * before rounding, so groups near 10 whose means differ by 1e-8 keep their difference to the
   * last bit (the rounded means would lose eight digits of it). Infinite when the difference is
   * beyond the double range.
   */
  public double meanMinus(Tally other) {
    requireDone();
    other.requireDone();
    return CompensatedSum.difference(meanParts, other.meanParts);
  }

  /** Number of distinct values (after {@link #done()}). */
  public int distinct() {
    return distinct;
  }

  /** The {@code k}-th smallest distinct value. */
  double value(int k) {
    return values[k];
  }

  /** How often the {@code k}-th smallest distinct value occurs. */
  int countOf(int k) {
    return counts[k];
  }

  /** Whether all values are the same (n ≥ 1). */
  public boolean isConstant() {
    requireDone();
    return distinct == 1;
  }

  /**
   * Σ (x − mean)² with the mean's both parts, so that each deviation is exact but for one
   * rounding even when the deviations are 1e-9 of the values; infinite when it overflows.
   */
  public double sumOfSquaresAboutMean() {
    requireDone();
    double hi = meanParts[0];
    double lo = meanParts[1];
    double s = 0;
    double c = 0;
    for (int k = 0; k < distinct; k++) {
      double d = (values[k] - hi) - lo;
      double sq = counts[k] * (d * d);
      double t = s + sq;
      c += s >= sq ? (s - t) + sq : (sq - t) + s;
      s = t;
    }
    // an overflowed sum stays infinite (the compensation of an infinity is NaN)
    return Double.isInfinite(s) ? s : s + c;
  }

  /** Sample variance (denominator n − 1); n ≥ 2. Infinite when the squares overflow. */
  public double variance() {
    return sumOfSquaresAboutMean() / (n - 1);
  }

  /** The value at 0-based position {@code i} of the sorted values. */
  double at(long i) {
    requireDone();
    int low = 0;
    int high = distinct - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid] > i) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return values[low];
  }

  /**
   * {@code median(x)}, as {@link Quantiles#medianOfSorted}; n ≥ 1. Two middle values whose sum
   * overflows are halved first (exact for such values), as R's long double mean of the two.
   */
  public double median() {
    long half = n / 2;
    if (n % 2 == 1) {
      return at(half);
    }
    double a = at(half - 1);
    double b = at(half);
    double sum = a + b;
    return Double.isInfinite(sum) ? a / 2 + b / 2 : sum / 2;
  }

  /** {@code quantile(x, p, type = 7)}, as {@link Quantiles#type7}; n ≥ 1. */
  public double quantile7(double p) {
    double index = 1 + (n - 1) * p;
    long lo = (long) Math.floor(index);
    long hi = (long) Math.ceil(index);
    double q = at(lo - 1);
    if (index > lo) {
      double upper = at(hi - 1);
      if (upper != q) {
        double h = index - lo;
        q = (1 - h) * q + h * upper;
      }
    }
    return q;
  }

  /** The smallest value. */
  public double min() {
    requireDone();
    return values[0];
  }

  /** The largest value. */
  public double max() {
    requireDone();
    return values[distinct - 1];
  }

  /** R's average rank of the {@code k}-th smallest distinct value among all values. */
  public double averageRank(int k) {
    long start = k == 0 ? 0 : ends[k - 1];
    return (start + 1 + ends[k]) / 2.0;
  }

  /**
   * The sum of the average ranks of these values among the values of {@code pooled}, a tally
   * (done) that holds all of them (e.g. {@link #pooled} of this and others). Exact: ranks are
   * multiples of 1/2 and the sum stays far below 2^52.
   */
  public double rankSumIn(Tally pooled) {
    requireDone();
    double sum = 0;
    int at = 0;
    for (int k = 0; k < distinct; k++) {
      while (pooled.values[at] != values[k]) {
        at++;
      }
      sum += counts[k] * pooled.averageRank(at);
    }
    return sum;
  }

  /** Σ (t³ − t) over the groups of t equal values, ascending (as {@link Ranks#tieTerm}). */
  public double tieTerm() {
    requireDone();
    double term = 0;
    for (int k = 0; k < distinct; k++) {
      double t = counts[k];
      term += t * t * t - t;
    }
    return term;
  }

  /** The index among the distinct values of {@code v}, or a negative number if it is none. */
  public int indexOf(double v) {
    double x = v + 0.0;
    if (slotIndex == null) {
      return Arrays.binarySearch(values, 0, distinct, x);
    }
    long bits = Double.doubleToRawLongBits(x);
    int mask = keys.length - 1;
    int slot = (int) ((bits * MIX) >>> shift);
    while (true) {
      int index = slotIndex[slot];
      if (index < 0 || keys[slot] == bits) {
        return index;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** All values, ascending. */
  public double[] sorted() {
    requireDone();
    double[] out = new double[n];
    int at = 0;
    for (int k = 0; k < distinct; k++) {
      Arrays.fill(out, at, at + counts[k], values[k]);
      at += counts[k];
    }
    return out;
  }
}
