package org.sleepstat.stats.mixed;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The θ ≥ 0 that minimises the profiled REML criterion, to full precision: the criterion on a
 * grid of log θ from e^-12 to e^8 (and θ = 0) finds the basin of the global minimum; Brent's
 * minimiser narrows it down to the square root of the precision of the criterion; Newton steps
 * on the analytic derivative then find the zero of the derivative to the last bits. The
 * criterion is even in θ, so θ = 0 is a minimum (lme4's boundary fit) exactly when it is the
 * lowest point of the grid and the curvature there (twice the derivative in θ²) is not negative.
 */
final class ThetaSearch {
  private static final double LOG_LOW = -12;
  private static final double LOG_HIGH = 8;
  private static final double LOG_STEP = 0.25;
  private static final double LOG_LIMIT = 40;
  private static final int NEWTON_STEPS = 20;

  private ThetaSearch() {}

  /**
   * The REML estimate of θ.
   *
   * @throws IllegalArgumentException if the criterion keeps falling as θ grows (no finite
   *     estimate)
   */
  static double minimise(ClusterSums sums) {
    int steps = (int) Math.round((LOG_HIGH - LOG_LOW) / LOG_STEP);
    double best = RemlState.at(sums, 0).criterion();
    int bestIndex = -1;
    for (int i = 0; i <= steps; i++) {
      double f = RemlState.at(sums, Math.exp(LOG_LOW + i * LOG_STEP)).criterion();
      if (f < best) {
        best = f;
        bestIndex = i;
      }
    }
    if (bestIndex < 0 && RemlState.at(sums, 0).curvature() >= 0) {
      return 0;
    }
    if (bestIndex == steps) {
      return beyondGrid(sums, best);
    }
    double lo = bestIndex <= 0 ? 0 : Math.exp(LOG_LOW + (bestIndex - 1) * LOG_STEP);
    double hi = Math.exp(LOG_LOW + (bestIndex + 1) * LOG_STEP);
    return polish(sums, brent(sums, lo, hi), lo, hi);
  }

  /** The minimum when the grid's last point is the lowest: the grid goes on, doubling. */
  private static double beyondGrid(ClusterSums sums, double atEnd) {
    double lo = Math.exp(LOG_HIGH - LOG_STEP);
    double mid = Math.exp(LOG_HIGH);
    double fMid = atEnd;
    while (Math.log(mid) < LOG_LIMIT) {
      double hi = mid * 2;
      double fHi = RemlState.at(sums, hi).criterion();
      if (fHi > fMid) {
        return polish(sums, brent(sums, lo, hi), lo, hi);
      }
      lo = mid;
      mid = hi;
      fMid = fHi;
    }
    throw new IllegalArgumentException("the REML criterion keeps falling as the cluster variance"
        + " grows: the variance of the random intercept has no finite estimate");
  }

  private static double brent(ClusterSums sums, double lo, double hi) {
    BrentOptimizer optimizer = new BrentOptimizer(1e-12, 1e-300);
    UnivariatePointValuePair found = optimizer.optimize(new MaxEval(500), GoalType.MINIMIZE,
        new SearchInterval(lo, hi),
        new UnivariateObjectiveFunction(theta -> RemlState.at(sums, theta).criterion()));
    return found.getPoint();
  }

  /**
   * Newton's method on the derivative from {@code start}, kept while it stays inside (lo, hi),
   * the steps shrink and the criterion does not rise beyond its rounding.
   */
  private static double polish(ClusterSums sums, double start, double lo, double hi) {
    double theta = start;
    RemlState state = RemlState.at(sums, theta);
    double lastStep = Double.POSITIVE_INFINITY;
    for (int i = 0; i < NEWTON_STEPS; i++) {
      double curvature = state.curvature();
      if (!(curvature > 0)) {
        break;
      }
      double step = state.slope() / curvature;
      double next = theta - step;
      if (!(next > lo && next < hi) || !(Math.abs(step) < lastStep)) {
        break;
      }
      RemlState nextState = RemlState.at(sums, next);
      double f = state.criterion();
      if (nextState.criterion() > f + 1e-14 * Math.abs(f)) {
        break;
      }
      lastStep = Math.abs(step);
      theta = next;
      state = nextState;
      if (lastStep <= 2 * Math.ulp(theta)) {
        break;
      }
    }
    return theta;
  }
}
