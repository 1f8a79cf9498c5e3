package org.sleepstat.stats.mixed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits y = Xβ + Zb + e with one random intercept per cluster, b_i ~ N(0, σ²θ²), e ~ N(0, σ²),
 * by REML, from the {@link ClusterSums} of the data: R's
 * {@code lmerTest::lmer(y ~ ... + (1 | id), REML = TRUE)} (lme4 1.1, lmerTest 3.1). The REML
 * criterion profiled over σ is a function of θ alone, minimised to full precision (see
 * ThetaSearch); the cost is that of the distinct cluster designs, not of the clusters.
 *
 * <p>Where lme4 drops aliased design columns with a message, this refuses the model and names
 * the first aliased column (with R's rank tolerance 1e-7): an analysis must say which effect
 * cannot be estimated, e.g. a wave with no observations in one group.
 */
public final class RandomInterceptModel {
  /** R's tolerance of the rank of the design (qr(X, tol = 1e-7), lme4's chkRank.drop.cols). */
  static final double RANK_TOLERANCE = 1e-7;

  private RandomInterceptModel() {}

  /** {@link #fit(ClusterSums, List)} with the columns named "x0", "x1", .... */
  public static RandomInterceptFit fit(ClusterSums sums) {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < sums.columns(); j++) {
      names.add("x" + j);
    }
    return fit(sums, names);
  }

  /**
   * The REML fit.
   *
   * @param names the names of the design columns, for the results and messages
   * @throws IllegalArgumentException if there are no more observations than columns, no more
   *     observations than clusters, a design column is aliased, the residuals are all zero or
   *     the cluster variance has no finite estimate
   */
  public static RandomInterceptFit fit(ClusterSums sums, List<String> names) {
    int p = sums.columns();
    if (names.size() != p) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%d names for %d design columns", names.size(), p));
    }
    long n = sums.observations();
    if (n <= p) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%d observations for %d coefficients: no residual degrees of freedom", n, p));
    }
    if (sums.clusters() >= n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%d clusters for %d observations: the cluster variance cannot be told from the "
              + "residual variance (lme4: the number of levels of each grouping factor must be"
              + " < number of observations)", sums.clusters(), n));
    }
    int aliased = Cholesky.firstAliased(sums.xx(), p, RANK_TOLERANCE);
    if (aliased >= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "design column %d (%s) is a linear combination of the columns before it, so its "
              + "coefficient cannot be estimated (lme4 would drop it)", aliased,
          names.get(aliased)));
    }
    RemlState zero = RemlState.at(sums, 0);
    if (!(zero.r2 > 0)) {
      throw new IllegalArgumentException(
          "the design fits every response exactly: the residual variance is 0");
    }
    double theta = ThetaSearch.minimise(sums);
    RemlState state = RemlState.at(sums, theta);
    return new RandomInterceptFit(names, state, sums.shift(), n, sums.clusters());
  }
}
