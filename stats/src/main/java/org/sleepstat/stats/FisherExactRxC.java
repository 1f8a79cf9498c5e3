package org.sleepstat.stats;

import java.util.Arrays;
import java.util.Locale;

/**
 * Fisher's exact test of an r × c table by enumerating every table with the observed margins, the
 * p-value R's {@code fisher.test} computes with the network algorithm (FEXACT): the total
 * probability of the tables whose probability is at most the observed one's, times 1 + 3.45e-7
 * (FEXACT's tolerance, added to the log probability; tables tied with the observed one count).
 *
 * <p>Meet in the middle: the rows are split in two halves; the fillings of one half are stored by
 * their column sums, sorted by log weight with cumulative sums, and each filling of the other half
 * finds its qualifying completions by one search (galloping from the group's last answer). The
 * log weight of a table is −Σ log x_ij!, with log factorials built as FEXACT builds them. Tables
 * too large to enumerate within {@link #STORED_LIMIT} and {@link #VISITED_LIMIT} give an undefined
 * p-value with the reason; R's default workspace fails earlier (a 4 × 2 table of 10,000
 * respondents stops with "FEXACT error 7"), and R then suggests {@code simulate.p.value = TRUE}.
 */
public final class FisherExactRxC {
  /** FEXACT's tolerance on the log probability ("square root of the smallest relative spacing"). */
  static final double TOLERANCE = 3.45254e-7;
  /** Fillings of the stored half, at most (memory: three doubles each). */
  static final long STORED_LIMIT = 5_000_000;
  /** Fillings of the enumerated half, at most (time: one lookup each). */
  static final long VISITED_LIMIT = 60_000_000;

  private final int[] rowSums;
  private final int[] columnSums;
  private final int total;
  /** Log factorials up to the total, made only once the enumeration is within its limits. */
  private double[] fact;

  private FisherExactRxC(int[] rowSums, int[] columnSums, int total) {
    this.rowSums = rowSums;
    this.columnSums = columnSums;
    this.total = total;
  }

  /** The test of a table with at least 2 rows and 2 columns and no empty row or column. */
  public static FisherResult test(int[][] table) {
    int[][] t = table[0].length > table.length ? transpose(table) : table;
    int r = t.length;
    int c = t[0].length;
    int[] rowSums = new int[r];
    int[] columnSums = new int[c];
    int total = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        rowSums[i] += t[i][j];
        columnSums[j] += t[i][j];
        total += t[i][j];
      }
    }
    FisherExactRxC f = new FisherExactRxC(rowSums, columnSums, total);
    String method = String.format(Locale.ROOT, "%d x %d: exact, every table with the observed "
        + "margins enumerated (R's fisher.test uses the network algorithm for the same p-value)",
        table.length, table[0].length);
    Stat none = Stat.undefined("an odds ratio is defined for 2 x 2 tables only (R gives none)");

    int split = f.bestSplit();
    double first = f.fillingBound(0, split);
    double second = f.fillingBound(split, r);
    boolean storeFirst = first <= second;
    double stored = Math.min(first, second);
    double visited = Math.max(first, second);
    double keySpace = 1;
    for (int v : columnSums) {
      keySpace *= v + 1.0;
    }
    if (stored > STORED_LIMIT || visited > VISITED_LIMIT || keySpace > Long.MAX_VALUE) {
      return new FisherResult(Stat.undefined(String.format(Locale.ROOT,
          "exact p-value beyond the enumeration limit (up to %.3g x %.3g partial tables for "
              + "these margins); R's fisher.test needs a larger workspace or "
              + "simulate.p.value = TRUE here", stored, visited)), none, none, none, method);
    }

    f.fact = logFactorials(f.total);
    double observed = f.tableWeight(t);
    GroupTable groups = f.storeHalf(storeFirst ? 0 : split, storeFirst ? split : r);
    double[] sum = new double[2]; // running sum and compensation of exp(W − observed)
    double threshold = observed + TOLERANCE;
    f.visitHalf(storeFirst ? split : 0, storeFirst ? r : split, (columnKeyOfRest, weight) -> {
      Group g = groups.get(columnKeyOfRest);
      if (g == null) {
        return;
      }
      int k = g.countAtMost(threshold - weight);
      if (k > 0) {
        double term = Math.exp(weight + g.logCumulative[k - 1] - observed);
        double s = sum[0] + term;
        sum[1] += Math.abs(sum[0]) >= Math.abs(term) ? (sum[0] - s) + term : (term - s) + sum[0];
        sum[0] = s;
      }
    });
    // P(table) = Π r_i! Π c_j! / (N! Π x_ij!): exp(constant + W)
    double constant = -f.fact[total];
    for (int v : rowSums) {
      constant += f.fact[v];
    }
    for (int v : columnSums) {
      constant += f.fact[v];
    }
    double p = Math.exp(constant + observed) * (sum[0] + sum[1]);
    return new FisherResult(Stat.finiteOr(Math.max(0, Math.min(1, p)), "p-value not computable"),
        none, none, none, method);
  }

  /** FEXACT's log factorials: fact[i] = fact[i − 1] + log(i), even ones through fact[i / 2]. */
  private static double[] logFactorials(int total) {
    double[] fact = new double[Math.max(3, total + 1)];
    fact[2] = Math.log(2);
    for (int i = 3; i <= total; i += 2) {
      fact[i] = fact[i - 1] + Math.log(i);
      int j = i + 1;
      if (j <= total) {
        fact[j] = fact[i] + fact[2] + fact[j / 2] - fact[j / 2 - 1];
      }
    }
    return fact;
  }

  /** −Σ log x_ij! of a table. */
  private double tableWeight(int[][] table) {
    double w = 0;
    for (int[] row : table) {
      for (int v : row) {
        w -= fact[v];
      }
    }
    return w;
  }

  /** The split row index that balances the two halves' numbers of fillings. */
  private int bestSplit() {
    int best = 1;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int h = 1; h < rowSums.length; h++) {
      double cost = Math.max(fillingBound(0, h), fillingBound(h, rowSums.length));
      if (cost < bestCost) {
        bestCost = cost;
        best = h;
      }
    }
    return best;
  }

  /** An upper bound of the fillings of rows [from, to): the product of each row's count. */
  private double fillingBound(int from, int to) {
    double product = 1;
    for (int i = from; i < to; i++) {
      product *= compositions(rowSums[i]);
    }
    return product;
  }

  /**
   * Ways to split {@code sum} over the columns with x_j ≤ column sum j; by formula for two
   * columns. With more, a count that the two largest columns alone already take beyond {@link
   * #VISITED_LIMIT} is returned as that count (the table is then beyond the limits whatever the
   * rest), so that no table of millions of respondents is counted out.
   */
  private double compositions(int sum) {
    int c = columnSums.length;
    int largest = 0;
    int second = 0;
    for (int cap : columnSums) {
      if (cap > largest) {
        second = largest;
        largest = cap;
      } else if (cap > second) {
        second = cap;
      }
    }
    double two = Math.max(0, Math.min(sum, largest) - Math.max(0, sum - second) + 1.0);
    if (c == 2 || two > VISITED_LIMIT) {
      return two;
    }
    double[] ways = new double[sum + 1];
    ways[0] = 1;
    for (int cap : columnSums) {
      double[] next = new double[sum + 1];
      double window = 0;
      for (int s = 0; s <= sum; s++) {
        window += ways[s];
        if (s - cap - 1 >= 0) {
          window -= ways[s - cap - 1];
        }
        next[s] = window;
      }
      ways = next;
    }
    return ways[sum];
  }


  /** Sorted log weights of the fillings of one half with the same column sums. */
  static final class Group {
    double[] weights = new double[4];
    int size;
    /** logCumulative[k] = log Σ_{i ≤ k} exp(weights[i]), after {@link #seal}. */
    double[] logCumulative;
    /** The count the last {@link #countAtMost} gave: the next limit is usually close by. */
    private int hint;

    /**
     * Number of weights ≤ {@code limit}. The other half's fillings come to a group in an order
     * in which consecutive limits are close, so the search starts from the last answer and
     * widens its step until it brackets the new one, then halves it (a galloping search): a few
     * comparisons instead of a whole binary search.
     */
    int countAtMost(double limit) {
      double[] w = weights;
      int n = size;
      int low;
      int high;
      int k = hint;
      if (k > 0 && w[k - 1] > limit) {
        // the count is below k: step down
        high = k - 1;
        int step = 1;
        low = high - step;
        while (low > 0 && w[low - 1] > limit) {
          high = low - 1;
          step <<= 1;
          low = high - step;
        }
        low = Math.max(low, 0);
      } else {
        // the count is k or above: step up
        low = k;
        int step = 1;
        high = low + step;
        while (high < n && w[high - 1] <= limit) {
          low = high;
          step <<= 1;
          high = low + step;
        }
        high = Math.min(high, n);
      }
      // the count is in [low, high]: w[low - 1] <= limit (or low = 0), w[high] > limit (or n)
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (w[mid] <= limit) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      hint = low;
      return low;
    }

    void add(double w) {
      if (size == weights.length) {
        weights = Arrays.copyOf(weights, size * 2);
      }
      weights[size++] = w;
    }

    void seal() {
      weights = Arrays.copyOf(weights, size);
      Arrays.sort(weights);
      logCumulative = new double[size];
      double acc = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < size; i++) {
        double w = weights[i];
        acc = acc >= w ? acc + Math.log1p(Math.exp(w - acc)) : w + Math.log1p(Math.exp(acc - w));
        logCumulative[i] = acc;
      }
    }
  }

  /** Stores the fillings of rows [from, to) by their own column sums. */
  private GroupTable storeHalf(int from, int to) {
    GroupTable groups = new GroupTable();
    enumerate(from, to, (sums, weight) -> groups.getOrAdd(key(sums, false)).add(weight));
    groups.seal();
    return groups;
  }

  /**
   * The groups of the stored half by the key of their column sums: open addressing on the long
   * keys themselves, as the other half looks a group up for each of its (up to {@link
   * #VISITED_LIMIT}) fillings.
   */
  private static final class GroupTable {
    private long[] keys = new long[64];
    private Group[] groups = new Group[64];
    private int size;

    /** The group of {@code key}, or null. */
    Group get(long key) {
      int mask = keys.length - 1;
      for (int slot = slot(key, mask); groups[slot] != null; slot = slot + 1 & mask) {
        if (keys[slot] == key) {
          return groups[slot];
        }
      }
      return null;
    }

    /** The group of {@code key}, made when new. */
    Group getOrAdd(long key) {
      int mask = keys.length - 1;
      int slot = slot(key, mask);
      for (; groups[slot] != null; slot = slot + 1 & mask) {
        if (keys[slot] == key) {
          return groups[slot];
        }
      }
      Group g = new Group();
      keys[slot] = key;
      groups[slot] = g;
      if (++size * 2 > keys.length) {
        grow();
      }
      return g;
    }

    void seal() {
      for (Group g : groups) {
        if (g != null) {
          g.seal();
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      Group[] oldGroups = groups;
      keys = new long[oldKeys.length * 2];
      groups = new Group[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldGroups[i] != null) {
          int slot = slot(oldKeys[i], mask);
          while (groups[slot] != null) {
            slot = slot + 1 & mask;
          }
          keys[slot] = oldKeys[i];
          groups[slot] = oldGroups[i];
        }
      }
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ h >>> 32) & mask;
    }
  }

  private interface Filling {
    void accept(int[] columnSumsSoFar, double weight);
  }

  private interface Visitor {
    void accept(long columnKeyOfRest, double weight);
  }

  /**
   * Visits the fillings of rows [from, to), passing the key of the column sums left for the other
   * half: the key under which the stored half keeps its completions.
   */
  private void visitHalf(int from, int to, Visitor visitor) {
    enumerate(from, to, (sums, weight) -> visitor.accept(key(sums, true), weight));
  }

  /** Enumerates fillings of rows [from, to), passing their column sums and log weight. */
  private void enumerate(int from, int to, Filling visitor) {
    int c = columnSums.length;
    fillRow(from, to, 0, rowSums[from], new int[c], 0.0, visitor);
  }

  private void fillRow(int row, int to, int column, int left, int[] used, double weight,
      Filling visitor) {
    int c = columnSums.length;
    if (column == c - 1) {
      int cap = columnSums[column] - used[column];
      if (left > cap) {
        return;
      }
      used[column] += left;
      double w = weight - fact[left];
      if (row + 1 == to) {
        visitor.accept(used, w);
      } else {
        fillRow(row + 1, to, 0, rowSums[row + 1], used, w, visitor);
      }
      used[column] -= left;
      return;
    }
    // the columns after this one can take at most their remaining capacity
    int restCapacity = 0;
    for (int j = column + 1; j < c; j++) {
      restCapacity += columnSums[j] - used[j];
    }
    int max = Math.min(left, columnSums[column] - used[column]);
    for (int v = Math.max(0, left - restCapacity); v <= max; v++) {
      used[column] += v;
      fillRow(row, to, column + 1, left - v, used, weight - fact[v], visitor);
      used[column] -= v;
    }
  }

  /**
   * Mixed-radix key of a vector of column sums (each 0..columnSums[j]), or of what the sums leave
   * of the column totals when {@code complement}.
   */
  private long key(int[] sums, boolean complement) {
    long k = 0;
    for (int j = 0; j < sums.length; j++) {
      k = k * (columnSums[j] + 1L) + (complement ? columnSums[j] - sums[j] : sums[j]);
    }
    return k;
  }

  private static int[][] transpose(int[][] t) {
    int[][] out = new int[t[0].length][t.length];
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t[0].length; j++) {
        out[j][i] = t[i][j];
      }
    }
    return out;
  }
}
