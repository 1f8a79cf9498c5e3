package org.sleepstat.stats.mixed;

import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.sleepstat.stats.Stat;

/**
 * Satterthwaite's degrees of freedom as lmerTest 3.1 takes them, with the derivatives analytic
 * where lmerTest differentiates numerically (numDeriv). varpar = (θ, σ); A = 2 H⁺, H the Hessian
 * of the REML deviance in varpar, inverted over its eigenvalues above 1e-8; the covariance of β̂
 * is V(θ, σ) = σ² M(θ)⁻¹, so ∂V/∂θ = −σ² M⁻¹M'M⁻¹ and ∂V/∂σ = 2σ M⁻¹. For one contrast l,
 * ν = 2 (l'Vl)² / (g'Ag) with g = (l'∂V/∂θ l, l'∂V/∂σ l) (lmerTest's contest1D); for several,
 * {@link #combine} (lmerTest's get_Fstat_ddf).
 */
final class Satterthwaite {
  /** lmerTest's tolerance of the eigenvalues of H and of equal ν (as_lmerModLT, get_Fstat_ddf). */
  static final double TOLERANCE = 1e-8;

  private final int p;
  private final double[] vTheta;
  private final double[] vSigma;
  /** A = vcov(varpar), {θθ, θσ, σσ}. */
  private final double[] a;

  Satterthwaite(RemlState state, double sigma) {
    this.p = state.p;
    double s2 = sigma * sigma;
    double[] tmp = RemlState.product(state.mInverse, state.mSlope, p);
    double[] dTheta = RemlState.product(tmp, state.mInverse, p);
    vTheta = new double[p * p];
    vSigma = new double[p * p];
    for (int i = 0; i < p * p; i++) {
      vTheta[i] = -s2 * dTheta[i];
      vSigma[i] = 2 * sigma * state.mInverse[i];
    }
    a = twiceThePseudoInverse(state.hessian(sigma));
  }

  /** 2 H⁺ over the eigenvalues of H above the tolerance. */
  private static double[] twiceThePseudoInverse(double[] h) {
    RealMatrix m = new Array2DRowRealMatrix(new double[][] {{h[0], h[1]}, {h[1], h[2]}});
    EigenDecomposition eigen = new EigenDecomposition(m);
    double[] out = new double[3];
    for (int k = 0; k < 2; k++) {
      double value = eigen.getRealEigenvalue(k);
      if (value > TOLERANCE) {
        RealVector v = eigen.getEigenvector(k);
        out[0] += 2 * v.getEntry(0) * v.getEntry(0) / value;
        out[1] += 2 * v.getEntry(0) * v.getEntry(1) / value;
        out[2] += 2 * v.getEntry(1) * v.getEntry(1) / value;
      }
    }
    return out;
  }

  /** A = 2 H⁺ as a 2 × 2 matrix (lmerTest's vcov_varpar). */
  double[][] varparCovariance() {
    return new double[][] {{a[0], a[1]}, {a[1], a[2]}};
  }

  /** ν for the contrast l whose variance l'Vl is {@code variance}. */
  Stat df(double[] l, double variance) {
    double gTheta = quadratic(l, vTheta);
    double gSigma = quadratic(l, vSigma);
    double denominator = a[0] * gTheta * gTheta + 2 * a[1] * gTheta * gSigma
        + a[2] * gSigma * gSigma;
    if (!(variance > 0) || !(denominator > 0)) {
      return Stat.undefined(String.format(Locale.ROOT,
          "Satterthwaite's df undefined: variance %s of the contrast, g'Ag = %s", variance,
          denominator));
    }
    return Stat.finiteOr(2 * variance * variance / denominator,
        "Satterthwaite's df beyond the range of doubles");
  }

  /**
   * The denominator df of an F test from the ν_m of its q independent rows, as lmerTest's
   * get_Fstat_ddf: ν itself for one row; mean(ν) when all agree within the tolerance; 2 when
   * any ν_m ≤ 2; else 2E/(E − q) with E = Σ ν_m/(ν_m − 2).
   */
  static double combine(double[] nu) {
    if (nu.length == 1) {
      return nu[0];
    }
    boolean equal = true;
    double sum = 0;
    for (int m = 0; m < nu.length; m++) {
      equal &= m == 0 || Math.abs(nu[m] - nu[m - 1]) < TOLERANCE;
      sum += nu[m];
    }
    if (equal) {
      return sum / nu.length;
    }
    double e = 0;
    for (double v : nu) {
      if (v <= 2) {
        return 2;
      }
      e += v / (v - 2);
    }
    return 2 * e / (e - nu.length);
  }

  private double quadratic(double[] l, double[] matrix) {
    double s = 0;
    for (int i = 0; i < p; i++) {
      double row = 0;
      for (int j = 0; j < p; j++) {
        row += matrix[i * p + j] * l[j];
      }
      s += l[i] * row;
    }
    return s;
  }
}
