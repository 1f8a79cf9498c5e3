package org.sleepstat.stats.mixed;

/**
 * The REML criterion of a random-intercept model and its derivatives at one θ = σ_b / σ, from
 * the {@link ClusterSums}. With W = blockdiag(I − c_i J), c_i = θ²/(1 + n_iθ²) (σ² V⁻¹ by
 * Woodbury): M = X'WX, β = M⁻¹X'Wy, r² = y'Wy − β'X'Wy (lme4's penalized residual sum of
 * squares), and lmerTest's deviance in varpar = (θ, σ)
 * <pre>  dev(θ, σ) = Σ log(1 + n_iθ²) + log det M + r²/σ² + (n − p) log(2πσ²),</pre>
 * whose minimum over σ (σ² = r²/(n − p)) is lme4's profiled REML criterion. The derivatives in θ
 * are analytic: with e_i = 1'(y_i − X_iβ), by the envelope theorem r²' = −Σ c_i' e_i² and
 * r²'' = −Σ c_i'' e_i² − 2u'M⁻¹u, u = Σ c_i' X_i'1 e_i; M' = −Σ c_i' X_i'1 1'X_i.
 */
final class RemlState {
  final double theta;
  final int p;
  /** n − p. */
  final double residualDf;
  final double[] mInverse;
  /** M' = dM/dθ, p × p. */
  final double[] mSlope;
  /** β for the shifted responses. */
  final double[] beta;
  final double r2;
  /** r²' and r²''. */
  final double r2Slope;
  final double r2Curvature;
  /** Σ log(1 + n_iθ²) + log det M and its first two derivatives in θ. */
  final double logDet;
  final double logDetSlope;
  final double logDetCurvature;

  private RemlState(ClusterSums sums, double theta) {
    this.theta = theta;
    this.p = sums.columns();
    this.residualDf = (double) sums.observations() - p;
    double t = theta * theta;
    double[] m = sums.xx();
    double[] b = sums.xy();
    double q = sums.yy();
    double[] mCurv = new double[p * p];
    mSlope = new double[p * p];
    double ld1 = 0;
    double ld1Slope = 0;
    double ld1Curv = 0;
    for (ClusterPattern c : sums.patternList()) {
      double den = 1 + c.n * t;
      double ci = t / den;
      double c1 = 2 * theta / (den * den);
      double c2 = (2 - 6 * c.n * t) / (den * den * den);
      double sumS = c.count * c.meanS;
      double sumS2 = c.squaresAbout(0);
      for (int j = 0; j < p; j++) {
        b[j] -= ci * c.a[j] * sumS;
        for (int k = 0; k < p; k++) {
          double aa = c.count * c.a[j] * c.a[k];
          m[j * p + k] -= ci * aa;
          mSlope[j * p + k] -= c1 * aa;
          mCurv[j * p + k] -= c2 * aa;
        }
      }
      q -= ci * sumS2;
      ld1 += c.count * Math.log1p(c.n * t);
      ld1Slope += c.count * 2 * c.n * theta / den;
      ld1Curv += c.count * 2 * c.n * (1 - c.n * t) / (den * den);
    }
    Cholesky chol = Cholesky.of(m, p);
    mInverse = chol.inverse();
    beta = chol.solve(b);
    r2 = q - dot(b, beta);
    double r2s = 0;
    double r2c = 0;
    double[] u = new double[p];
    for (ClusterPattern c : sums.patternList()) {
      double den = 1 + c.n * t;
      double c1 = 2 * theta / (den * den);
      double c2 = (2 - 6 * c.n * t) / (den * den * den);
      double fitted = dot(c.a, beta);
      double e2 = c.squaresAbout(fitted);
      double e1 = c.count * (c.meanS - fitted);
      r2s -= c1 * e2;
      r2c -= c2 * e2;
      for (int j = 0; j < p; j++) {
        u[j] += c1 * c.a[j] * e1;
      }
    }
    r2Slope = r2s;
    r2Curvature = r2c - 2 * dot(u, chol.solve(u));
    logDet = ld1 + chol.logDeterminant();
    // tr(M⁻¹M') and tr(M⁻¹M'') − tr(M⁻¹M'M⁻¹M')
    double[] inverseSlope = product(mInverse, mSlope, p);
    logDetSlope = ld1Slope + trace(inverseSlope, p);
    logDetCurvature = ld1Curv + trace(product(mInverse, mCurv, p), p)
        - trace(product(inverseSlope, inverseSlope, p), p);
  }

  /** The state at {@code theta} ≥ 0; M must be positive definite (a design of full rank). */
  static RemlState at(ClusterSums sums, double theta) {
    return new RemlState(sums, theta);
  }

  /** lme4's profiled REML criterion (REMLcrit) at θ. */
  double criterion() {
    return logDet + residualDf * (1 + Math.log(2 * Math.PI * r2 / residualDf));
  }

  /** Its derivative in θ. */
  double slope() {
    return logDetSlope + residualDf * r2Slope / r2;
  }

  /** Its second derivative in θ. */
  double curvature() {
    double rel = r2Slope / r2;
    return logDetCurvature + residualDf * (r2Curvature / r2 - rel * rel);
  }

  /** The REML estimate of σ² at θ: r²/(n − p). */
  double sigma2() {
    return r2 / residualDf;
  }

  /** lmerTest's REML deviance dev(θ, σ) (devfun_vp) at this θ. */
  double deviance(double sigma) {
    double s2 = sigma * sigma;
    return logDet + r2 / s2 + residualDf * Math.log(2 * Math.PI * s2);
  }

  /** The Hessian of lmerTest's dev(θ, σ) at (θ, σ): {∂θθ, ∂θσ, ∂σσ}. */
  double[] hessian(double sigma) {
    double s2 = sigma * sigma;
    return new double[] {
        logDetCurvature + r2Curvature / s2,
        -2 * r2Slope / (s2 * sigma),
        6 * r2 / (s2 * s2) - 2 * residualDf / s2};
  }

  static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  static double[] product(double[] a, double[] b, int p) {
    double[] c = new double[p * p];
    for (int i = 0; i < p; i++) {
      for (int k = 0; k < p; k++) {
        double aik = a[i * p + k];
        for (int j = 0; j < p; j++) {
          c[i * p + j] += aik * b[k * p + j];
        }
      }
    }
    return c;
  }

  private static double trace(double[] a, int p) {
    double s = 0;
    for (int i = 0; i < p; i++) {
      s += a[i * p + i];
    }
    return s;
  }
}
