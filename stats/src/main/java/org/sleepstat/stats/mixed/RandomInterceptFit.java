package org.sleepstat.stats.mixed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.sleepstat.stats.Stat;

/**
 * A fitted random-intercept model (from {@link RandomInterceptModel#fit}): the REML estimates as
 * lme4 1.1 reports them, and t and F tests of linear combinations of the fixed effects with
 * Satterthwaite's degrees of freedom as lmerTest 3.1 computes them (emmeans 1.8 with lmer.df =
 * "satterthwaite" for model means and their contrasts).
 */
public final class RandomInterceptFit {
  /** lme4's isSingular: θ below 1e-4. */
  static final double SINGULAR_TOLERANCE = 1e-4;
  /** lmerTest's contestMD: eigenvalues of LVL' above √ε · the largest count. */
  private static final double RANK_TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final List<String> names;
  private final double theta;
  private final double sigma;
  private final double criterion;
  private final double[] beta;
  private final double[] vcov;
  private final long observations;
  private final long clusters;
  private final Satterthwaite satterthwaite;

  RandomInterceptFit(List<String> names, RemlState state, double shift, long observations,
      long clusters) {
    this.names = List.copyOf(names);
    this.theta = state.theta;
    this.sigma = Math.sqrt(state.sigma2());
    this.criterion = state.criterion();
    this.beta = state.beta.clone();
    beta[0] += shift;
    int p = beta.length;
    this.vcov = new double[p * p];
    for (int i = 0; i < p * p; i++) {
      vcov[i] = sigma * sigma * state.mInverse[i];
    }
    this.observations = observations;
    this.clusters = clusters;
    this.satterthwaite = new Satterthwaite(state, sigma);
  }

  /** θ = σ_b / σ (getME(fit, "theta")). */
  public double theta() {
    return theta;
  }

  /** The residual standard deviation σ (sigma(fit)). */
  public double sigma() {
    return sigma;
  }

  /** The standard deviation of the random intercept, θσ (VarCorr(fit)). */
  public double sdIntercept() {
    return theta * sigma;
  }

  /** The REML criterion at the optimum (REMLcrit(fit)). */
  public double remlCriterion() {
    return criterion;
  }

  /** A boundary fit: θ below 1e-4, lme4's isSingular(fit). */
  public boolean singular() {
    return theta < SINGULAR_TOLERANCE;
  }

  /** The observations used (nobs(fit)). */
  public long observations() {
    return observations;
  }

  /** The clusters (ngrps(fit)). */
  public long clusters() {
    return clusters;
  }

  /** The coefficient names, in column order. */
  public List<String> names() {
    return names;
  }

  /** β̂ (fixef(fit)). */
  public double[] coefficients() {
    return beta.clone();
  }

  /** The covariance of β̂, σ² (X'Ṽ⁻¹X)⁻¹ (vcov(fit)), row by row. */
  public double[][] covariance() {
    int p = beta.length;
    double[][] v = new double[p][];
    for (int i = 0; i < p; i++) {
      v[i] = Arrays.copyOfRange(vcov, i * p, (i + 1) * p);
    }
    return v;
  }

  /** lmerTest's vcov_varpar, A = 2 H⁺ in varpar = (θ, σ). */
  public double[][] varparCovariance() {
    return satterthwaite.varparCovariance();
  }

  /** One {@link Contrast} per coefficient: summary(fit)$coefficients. */
  public List<Contrast> coefficientTable() {
    List<Contrast> rows = new ArrayList<>();
    for (int j = 0; j < beta.length; j++) {
      double[] l = new double[beta.length];
      l[j] = 1;
      rows.add(contrast(l));
    }
    return rows;
  }

  /** l'β with its t test and 95% confidence interval. */
  public Contrast contrast(double[] l) {
    return contrast(l, 0.95);
  }

  /**
   * l'β with its t test and confidence interval at {@code level} (lmerTest's contest1D, emmeans'
   * summary(..., infer = TRUE)).
   */
  public Contrast contrast(double[] l, double level) {
    checkLength(l);
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level " + level + " not in (0, 1)");
    }
    double estimate = RemlState.dot(l, beta);
    double variance = quadratic(l);
    double se = Math.sqrt(Math.max(variance, 0));
    Stat df = satterthwaite.df(l, variance);
    if (!df.isDefined()) {
      return new Contrast(estimate, se, df, df, df, df, df);
    }
    TDistribution dist = TDistribution.of(df.getAsDouble());
    Stat t = se > 0 ? Stat.of(estimate / se) : Stat.undefined("the contrast has variance 0");
    Stat p = t.isDefined()
        ? Stat.of(2 * dist.survivalProbability(Math.abs(t.getAsDouble()))) : t;
    double half = dist.inverseSurvivalProbability((1 - level) / 2) * se;
    return new Contrast(estimate, se, df, t, p, Stat.finiteOr(estimate - half, Stat.OVERFLOW),
        Stat.finiteOr(estimate + half, Stat.OVERFLOW));
  }

  /**
   * The F test of Lβ = 0 for the rows of L (lmerTest's contestMD; for a term's type III rows,
   * its row of anova(fit, type = 3, ddf = "Satterthwaite")). Rows that are linear combinations
   * of others are allowed: the test has the rank of LVL' as df1.
   */
  public FTestResult test(double[][] rows) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("a hypothesis needs at least one row");
    }
    for (double[] l : rows) {
      checkLength(l);
    }
    int q0 = rows.length;
    double[][] lvl = new double[q0][q0];
    for (int i = 0; i < q0; i++) {
      for (int j = 0; j <= i; j++) {
        lvl[i][j] = bilinear(rows[i], rows[j]);
        lvl[j][i] = lvl[i][j];
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(lvl, false));
    Integer[] order = IntStream.range(0, q0).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(k -> -eigen.getRealEigenvalue(k)));
    double largest = eigen.getRealEigenvalue(order[0]);
    double tol = Math.max(RANK_TOLERANCE * largest, 0);
    List<double[]> ptl = new ArrayList<>();
    List<Double> d = new ArrayList<>();
    for (int k : order) {
      if (eigen.getRealEigenvalue(k) > tol) {
        double[] pk = eigen.getEigenvector(k).toArray();
        double[] row = new double[beta.length];
        for (int i = 0; i < q0; i++) {
          for (int j = 0; j < beta.length; j++) {
            row[j] += pk[i] * rows[i][j];
          }
        }
        ptl.add(row);
        d.add(eigen.getRealEigenvalue(k));
      }
    }
    int q = ptl.size();
    if (q == 0) {
      Stat none = Stat.undefined("the hypothesis has rank 0: L V L' is zero");
      return new FTestResult(none, 0, none, none);
    }
    if (q == 1) {
      Contrast c = contrast(ptl.get(0));
      Stat f = c.t().isDefined() ? Stat.of(c.t().getAsDouble() * c.t().getAsDouble()) : c.t();
      return new FTestResult(f, 1, c.df(), fTail(f, 1, c.df()));
    }
    double sum = 0;
    for (int m = 0; m < q; m++) {
      double e = RemlState.dot(ptl.get(m), beta);
      sum += e * e / d.get(m);
    }
    Stat f = Stat.finiteOr(sum / q, Stat.OVERFLOW);
    double[] nu = new double[q];
    for (int m = 0; m < q; m++) {
      Stat df = satterthwaite.df(ptl.get(m), d.get(m));
      if (!df.isDefined()) {
        return new FTestResult(f, q, df, df);
      }
      nu[m] = df.getAsDouble();
    }
    Stat df2 = Stat.of(Satterthwaite.combine(nu));
    return new FTestResult(f, q, df2, fTail(f, q, df2));
  }

  private static Stat fTail(Stat f, int df1, Stat df2) {
    if (!f.isDefined()) {
      return f;
    }
    if (!df2.isDefined()) {
      return df2;
    }
    return Stat.of(FDistribution.of(df1, df2.getAsDouble())
        .survivalProbability(f.getAsDouble()));
  }

  private void checkLength(double[] l) {
    if (l.length != beta.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a contrast of %d coefficients for a model of %d", l.length, beta.length));
    }
  }

  private double quadratic(double[] l) {
    return bilinear(l, l);
  }

  private double bilinear(double[] l, double[] k) {
    int p = beta.length;
    double s = 0;
    for (int i = 0; i < p; i++) {
      double row = 0;
      for (int j = 0; j < p; j++) {
        row += vcov[i * p + j] * k[j];
      }
      s += l[i] * row;
    }
    return s;
  }
}
