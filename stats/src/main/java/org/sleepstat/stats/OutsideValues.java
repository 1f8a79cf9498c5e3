package org.sleepstat.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * The values a box plot draws beyond its whiskers: each different value once, ascending. A large
 * survey with a continuous outcome can have thousands of different values out there, which would
 * only be drawn on top of each other; past {@link #MAX_DRAWN} different values they are rounded
 * first to a grid of {@link #MAX_DRAWN} steps from the lowest to the highest of them, which moves
 * a point by less than a pixel of the chart. The count beyond the whiskers in the tables stays
 * exact ({@link BoxSummary#outliers()}).
 */
public final class OutsideValues {
  /** Different values drawn at most per box. */
  public static final int MAX_DRAWN = 1_000;

  private OutsideValues() {}

  /** The values of one group outside the whiskers of {@code box}, as drawn. */
  public static double[] of(BoxSummary box, double[] values) {
    return of(List.of(box), values.length, i -> 0, i -> values[i])[0];
  }

  /**
   * The values outside the whiskers of each group's box, as drawn, all groups in one pass (two
   * when a group has too many different values).
   *
   * @param boxes the boxes of the groups
   * @param size rows 0 to size − 1 are read
   * @param groupOf the group of a row (an index into {@code boxes}), or −1 for none
   * @param value the value of a row in a group
   */
  public static double[][] of(List<BoxSummary> boxes, int size, IntUnaryOperator groupOf,
      IntToDoubleFunction value) {
    int k = boxes.size();
    double[][] drawn = new double[k][];
    List<TreeSet<Double>> distinct = new ArrayList<>();
    double[] lowest = new double[k];
    double[] highest = new double[k];
    boolean any = false;
    for (int g = 0; g < k; g++) {
      distinct.add(new TreeSet<>());
      lowest[g] = Double.POSITIVE_INFINITY;
      highest[g] = Double.NEGATIVE_INFINITY;
      any |= boxes.get(g).outliers() > 0;
    }
    if (any) {
      for (int i = 0; i < size; i++) {
        int g = groupOf.applyAsInt(i);
        if (g < 0 || boxes.get(g).outliers() == 0) {
          continue;
        }
        double v = value.applyAsDouble(i);
        if (v < boxes.get(g).lowerWhisker() || v > boxes.get(g).upperWhisker()) {
          lowest[g] = Math.min(lowest[g], v);
          highest[g] = Math.max(highest[g], v);
          if (distinct.get(g).size() <= MAX_DRAWN) {
            distinct.get(g).add(v);
          }
        }
      }
    }
    boolean[][] grid = new boolean[k][];
    for (int g = 0; g < k; g++) {
      if (distinct.get(g).size() <= MAX_DRAWN) {
        drawn[g] = distinct.get(g).stream().mapToDouble(Double::doubleValue).toArray();
      } else {
        grid[g] = new boolean[MAX_DRAWN];
      }
    }
    if (Arrays.stream(grid).anyMatch(a -> a != null)) {
      for (int i = 0; i < size; i++) {
        int g = groupOf.applyAsInt(i);
        if (g < 0 || grid[g] == null) {
          continue;
        }
        double v = value.applyAsDouble(i);
        if (v < boxes.get(g).lowerWhisker() || v > boxes.get(g).upperWhisker()) {
          grid[g][step(v, lowest[g], highest[g])] = true;
        }
      }
      for (int g = 0; g < k; g++) {
        if (grid[g] != null) {
          drawn[g] = gridValues(grid[g], lowest[g], highest[g]);
        }
      }
    }
    return drawn;
  }

  private static int step(double v, double lowest, double highest) {
    return (int) Math.round((v - lowest) / (highest - lowest) * (MAX_DRAWN - 1));
  }

  private static double[] gridValues(boolean[] used, double lowest, double highest) {
    double[] values = new double[MAX_DRAWN];
    int n = 0;
    for (int s = 0; s < MAX_DRAWN; s++) {
      if (used[s]) {
        values[n++] = s == MAX_DRAWN - 1 ? highest
            : lowest + (highest - lowest) * s / (MAX_DRAWN - 1);
      }
    }
    return Arrays.copyOf(values, n);
  }
}
