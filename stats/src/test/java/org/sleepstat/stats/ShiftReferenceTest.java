package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Hodges–Lehmann shift of two samples ({@code wilcox.test(x, y, conf.int = TRUE)}: estimate,
 * interval and its level, exact or normal as R chooses) and the Welch interval of the difference
 * of means ({@code t.test(x, y)$conf.int}) against R, on the samples of shift/shift.R.
 */
class ShiftReferenceTest {
  private static final String FOLDER = "shift";
  private static final Map<String, double[][]> SAMPLES = samples();

  static Stream<Arguments> rows() {
    return Reference.arguments(FOLDER, "shift-expected.tsv", "shift.R");
  }

  /** samples.csv as R's write.csv wrote it: quoted case and sample, then the value. */
  private static Map<String, double[][]> samples() {
    Map<String, List<List<Double>>> read = new LinkedHashMap<>();
    String[] lines = Reference.resource(Reference.directory(FOLDER) + "samples.csv").split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].replace("\"", "").split(",");
      List<List<Double>> pair = read.computeIfAbsent(f[0],
          k -> List.of(new ArrayList<>(), new ArrayList<>()));
      pair.get(f[1].equals("x") ? 0 : 1).add(Double.parseDouble(f[2]));
    }
    Map<String, double[][]> out = new LinkedHashMap<>();
    read.forEach((k, pair) -> out.put(k, new double[][] {
        pair.get(0).stream().mapToDouble(Double::doubleValue).toArray(),
        pair.get(1).stream().mapToDouble(Double::doubleValue).toArray()}));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    double[][] pair = SAMPLES.get(row.outcome());
    HodgesLehmann.Result hl = HodgesLehmannShift.compute(pair[0], pair[1]);
    WelchDifference welch = WelchDifference.of(Tally.of(pair[0]), Tally.of(pair[1]));
    boolean exact = pair[0].length < 50 && pair[1].length < 50
        && Tally.of(concat(pair)).distinct() == pair[0].length + pair[1].length;
    Object actual = switch (row.key()) {
      case "hl_estimate" -> stat(hl.estimate(), hl.intervalReason());
      case "hl_ci_low" -> stat(hl.low(), hl.intervalReason());
      case "hl_ci_high" -> stat(hl.high(), hl.intervalReason());
      case "hl_level" -> stat(hl.confidenceLevel(), hl.intervalReason());
      case "exact" -> row.isNa() ? stat(hl.estimate(), hl.intervalReason()) : (Object) exact;
      case "difference" -> welch.difference();
      case "ci_low" -> welch.ciLow();
      case "ci_high" -> welch.ciHigh();
      default -> throw new IllegalArgumentException(row.key());
    };
    Reference.assertMatchesR(row, actual);
  }

  private static Stat stat(double v, String reason) {
    return Stat.finiteOr(v, reason == null ? "not computable" : reason);
  }

  private static double[] concat(double[][] pair) {
    double[] all = new double[pair[0].length + pair[1].length];
    System.arraycopy(pair[0], 0, all, 0, pair[0].length);
    System.arraycopy(pair[1], 0, all, pair[0].length, pair[1].length);
    return all;
  }

  @Test
  void theMergedRankSumEqualsRankingThePooledValuesAfresh() {
    double[] x = {1, 2, 2, 3, 5};
    double[] y = {2, 4, 4, 6, 7, 7};
    HodgesLehmannShift.ShiftedRankSum w = new HodgesLehmannShift.ShiftedRankSum(x, y);
    // d = 0: ranks of x among the 11 values are 1, 3, 3, 5, 8 (three 2s tie at rank 3): sum 20,
    // dz = 20 − 15 − 15 = −10; ties 3 (2s), 2 (4s), 2 (7s): Σ t³ − t = 24 + 6 + 6 = 36
    double sigma = Math.sqrt(30.0 / 12 * (12 - 36.0 / (11 * 10)));
    assertThat(w.standardized(0, false)).isEqualTo(-10 / sigma);
    assertThat(w.standardized(0, true)).isEqualTo(-9.5 / sigma);
  }

  /**
   * The rank sum over distinct values with counts gives, bit for bit, what one merge of every
   * shifted value gives (the form it replaced, kept here as the oracle): heavy ties, shifts on
   * and between the values, and distinct values of x that x − d rounds to one value.
   */
  @Test
  void theRankSumOverDistinctValuesIsTheMergeOfEveryValueBitForBit() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int trial = 0; trial < 300; trial++) {
      double[] x = new double[1 + random.nextInt(400)];
      double[] y = new double[1 + random.nextInt(400)];
      int grid = 1 + random.nextInt(25);
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextInt(grid) * 0.5 - 3;
      }
      for (int j = 0; j < y.length; j++) {
        y[j] = random.nextInt(grid) * 0.5 - 2;
      }
      java.util.Arrays.sort(x);
      java.util.Arrays.sort(y);
      HodgesLehmannShift.ShiftedRankSum w = new HodgesLehmannShift.ShiftedRankSum(x, y);
      for (double d : new double[] {0, 0.5, -1, 1.25, random.nextDouble() * 6 - 3, 1e-9}) {
        for (boolean correct : new boolean[] {false, true}) {
          // bit for bit (NaN when every value ties: σ = 0)
          assertThat(Double.doubleToLongBits(w.standardized(d, correct)))
              .as("trial %d, d %s", trial, d)
              .isEqualTo(Double.doubleToLongBits(mergedEveryValue(x, y, d, correct)));
        }
      }
    }
    double[] x = {1.0, Math.nextUp(1.0), 2.0};
    double[] y = {-999_999.0, 0.0};
    double d = 1e6; // 1 − d and nextUp(1) − d are both −999,999: one group with y's value
    assertThat(Math.nextUp(1.0) - d).isEqualTo(1.0 - d);
    HodgesLehmannShift.ShiftedRankSum w = new HodgesLehmannShift.ShiftedRankSum(x, y);
    assertThat(w.standardized(d, true)).isEqualTo(mergedEveryValue(x, y, d, true));
  }

  private static double mergedEveryValue(double[] x, double[] y, double d, boolean correct) {
    int m = x.length;
    int n = y.length;
    double[] shifted = new double[m];
    for (int i = 0; i < m; i++) {
      shifted[i] = x[i] - d;
    }
    double rankSum = 0;
    double tieTerm = 0;
    int i = 0;
    int j = 0;
    long before = 0;
    while (i < m || j < n) {
      double v = j >= n || (i < m && shifted[i] <= y[j]) ? shifted[i] : y[j];
      int cx = 0;
      while (i < m && shifted[i] == v) {
        cx++;
        i++;
      }
      int cy = 0;
      while (j < n && y[j] == v) {
        cy++;
        j++;
      }
      double t = cx + cy;
      rankSum += cx * (before + (t + 1) / 2);
      tieTerm += t * t * t - t;
      before += cx + cy;
    }
    return HodgesLehmannShift.ShiftedRankSum.standardized(rankSum, tieTerm, m, n, correct);
  }

  @Test
  void constantGroupsHaveNoShiftAndSayWhy() {
    HodgesLehmann.Result r = HodgesLehmannShift.compute(new double[] {4, 4, 4},
        new double[] {6, 6});
    assertThat(r.estimate()).isNaN();
    assertThat(r.intervalReason()).contains("every value of each group is the same");
  }
}
