package org.sleepstat.stats.mixed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed-effects design of repeated measures over k waves in g groups, R's
 * {@code y ~ wave * group} with treatment coding (first wave and first group level the
 * references), or {@code y ~ wave} for a single group: the columns (Intercept), wave_2..wave_k,
 * group_2..group_g, then wave_j:group_l with the wave varying fastest, named as R names them
 * ({@code waveweek 2}, {@code changed_mattressyes}, {@code waveweek 2:changed_mattressyes}).
 * It builds the design rows of a cluster for {@link ClusterSums}, lmerTest's type III hypotheses
 * and the vectors of the emmeans model means and contrasts.
 */
public final class WaveGroupDesign {
  private final List<String> waves;
  private final String groupVariable;
  private final List<String> groups;
  private final List<String> names = new ArrayList<>();

  private WaveGroupDesign(List<String> waves, String groupVariable, List<String> groups) {
    if (waves.size() < 2) {
      throw new IllegalArgumentException("a wave design needs at least 2 waves, not "
          + waves.size());
    }
    if (groupVariable != null && groups.size() < 2) {
      throw new IllegalArgumentException("a group variable needs at least 2 levels, not "
          + groups.size());
    }
    this.waves = List.copyOf(waves);
    this.groupVariable = groupVariable;
    this.groups = groupVariable == null ? List.of() : List.copyOf(groups);
    names.add("(Intercept)");
    for (int w = 1; w < waves.size(); w++) {
      names.add("wave" + waves.get(w));
    }
    for (int g = 1; g < this.groups.size(); g++) {
      names.add(groupVariable + this.groups.get(g));
    }
    for (int g = 1; g < this.groups.size(); g++) {
      for (int w = 1; w < waves.size(); w++) {
        names.add("wave" + waves.get(w) + ":" + groupVariable + this.groups.get(g));
      }
    }
  }

  /** {@code y ~ wave * groupVariable}; {@code groups} in order, the reference level first. */
  public static WaveGroupDesign of(List<String> waves, String groupVariable,
      List<String> groups) {
    return new WaveGroupDesign(waves, groupVariable, groups);
  }

  /** {@code y ~ wave}: one group. */
  public static WaveGroupDesign singleGroup(List<String> waves) {
    return new WaveGroupDesign(waves, null, List.of());
  }

  /** The number of design columns. */
  public int columns() {
    return names.size();
  }

  /** The coefficient names as R's, in column order. */
  public List<String> names() {
    return List.copyOf(names);
  }

  /** The number of groups (1 for a single group). */
  public int groupCount() {
    return Math.max(groups.size(), 1);
  }

  /** Empty sums for this design. */
  public ClusterSums newSums() {
    return new ClusterSums(columns());
  }

  /**
   * Adds one cluster (respondent) of {@code n} observations to {@code sums}: wave indices
   * {@code waves[i]} (0-based, in the order of the design's waves; give them in increasing
   * order so equal designs share a pattern) with responses {@code y[i]}.
   *
   * @param group the 0-based group level (0 for a single group)
   */
  public void add(ClusterSums sums, int group, int[] waves, double[] y, int n) {
    int p = columns();
    if (sums.columns() != p) {
      throw new IllegalArgumentException("sums of " + sums.columns() + " columns for a design of "
          + p);
    }
    checkGroup(group);
    double[] rows = new double[n * p];
    for (int i = 0; i < n; i++) {
      checkWave(waves[i]);
      fillRow(waves[i], group, rows, i * p);
    }
    sums.add(rows, y, n);
  }

  /** The model mean of a wave in a group, as emmeans(fit, ~ group | wave). */
  public double[] cell(int wave, int group) {
    checkWave(wave);
    checkGroup(group);
    double[] l = new double[columns()];
    fillRow(wave, group, l, 0);
    return l;
  }

  /** Group level {@code group} − the reference level at a wave (emmeans' "revpairwise"). */
  public double[] between(int wave, int group) {
    return minus(cell(wave, group), cell(wave, 0));
  }

  /** A later wave − the first wave within a group (emmeans' "trt.vs.ctrl", ref = 1). */
  public double[] within(int group, int wave) {
    return minus(cell(wave, group), cell(0, group));
  }

  /**
   * lmerTest's type III hypotheses, the L that {@code show_tests(anova(fit))} prints, for the
   * data in {@code sums}. With a group: {@code wave}, each wave − the first averaged over the
   * groups with equal weights (wave_j + (1/g) Σ_l wave_j:group_l); the group, each level − the
   * reference averaged over the waves (group_l + (1/k) Σ_j wave_j:group_l); their interaction,
   * the interaction coefficients. lmerTest rounds these weights with zapsmall to 7 decimals
   * (1/3 is 0.3333333), and so does this, so that F matches R to its last digits. With one
   * group (one term) lmerTest takes the type I rows instead, the wave rows of the transposed
   * unit lower factor of X'X (its doolittle), which depend on the data. The F test does not
   * depend on the basis of the rows, but Satterthwaite's df2 does, so the rows are lmerTest's.
   */
  public List<Hypothesis> typeIII(ClusterSums sums) {
    if (sums.columns() != columns()) {
      throw new IllegalArgumentException("sums of " + sums.columns() + " columns for a design of "
          + columns());
    }
    int k = waves.size();
    int g = groups.size();
    List<Hypothesis> tests = new ArrayList<>();
    if (g == 0) {
      double[][] lower = TypeOneRows.doolittleLower(sums.xx(), k);
      double[][] wave = new double[k - 1][k];
      for (int w = 1; w < k; w++) {
        for (int j = 0; j < k; j++) {
          wave[w - 1][j] = lower[j][w];
        }
      }
      tests.add(new Hypothesis("wave", wave));
      return tests;
    }
    double[][] wave = new double[k - 1][columns()];
    for (int w = 1; w < k; w++) {
      wave[w - 1][w] = 1;
      for (int l = 1; l < g; l++) {
        wave[w - 1][interaction(w, l)] = TypeOneRows.zapsmall(1.0 / g);
      }
    }
    tests.add(new Hypothesis("wave", wave));
    double[][] group = new double[g - 1][columns()];
    double[][] both = new double[(g - 1) * (k - 1)][columns()];
    for (int l = 1; l < g; l++) {
      group[l - 1][k - 1 + l] = 1;
      for (int w = 1; w < k; w++) {
        group[l - 1][interaction(w, l)] = TypeOneRows.zapsmall(1.0 / k);
        both[(l - 1) * (k - 1) + w - 1][interaction(w, l)] = 1;
      }
    }
    tests.add(new Hypothesis(groupVariable, group));
    tests.add(new Hypothesis("wave:" + groupVariable, both));
    return tests;
  }

  private void fillRow(int wave, int group, double[] into, int from) {
    int k = waves.size();
    into[from] = 1;
    if (wave > 0) {
      into[from + wave] = 1;
    }
    if (group > 0) {
      into[from + k - 1 + group] = 1;
      if (wave > 0) {
        into[from + interaction(wave, group)] = 1;
      }
    }
  }

  private int interaction(int wave, int group) {
    int k = waves.size();
    int g = groups.size();
    return k + g - 1 + (group - 1) * (k - 1) + wave - 1;
  }

  private static double[] minus(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  private void checkWave(int wave) {
    if (wave < 0 || wave >= waves.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "wave index %d outside 0..%d", wave, waves.size() - 1));
    }
  }

  private void checkGroup(int group) {
    if (group < 0 || group >= groupCount()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "group index %d outside 0..%d", group, groupCount() - 1));
    }
  }
}
