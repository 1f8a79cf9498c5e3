package org.sleepstat.analysis;

import java.util.List;
import org.sleepstat.stats.Distributions;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.model.DesignRows;
import org.sleepstat.stats.model.LinearModel;
import org.sleepstat.stats.model.RegressionFit;

/**
 * A small least-squares fit of held columns with an intercept, as R's {@code lm}: aliased
 * columns dropped (R's NA), coefficients as {@code summary(fit)} and {@code confint(fit)} give
 * them, and the residual sum of squares for {@code anova(reduced, full)}. For the models of a
 * few columns over one selection of respondents (the firmness trend and adjusted comparisons).
 */
final class HeldFit {
  private final int n;
  private final RegressionFit fit;
  private final String noInference;

  private HeldFit(int n, RegressionFit fit, String noInference) {
    this.n = n;
    this.fit = fit;
    this.noInference = noInference;
  }

  /**
   * {@code lm(y ~ columns)}.
   *
   * @param columns the design columns after the intercept, each as long as y
   */
  static HeldFit of(List<double[]> columns, double[] y) {
    int n = y.length;
    if (n == 0) {
      return new HeldFit(0, null, "no respondent has every value");
    }
    RegressionFit fit = RegressionFit.of(
        DesignRows.withIntercept(columns.toArray(double[][]::new), y), LinearModel.MAX_HELD);
    String problem = null;
    if (fit.result instanceof LinearModel.Unfitted u) {
      problem = u.reason();
    } else {
      LinearModel.Fitted f = (LinearModel.Fitted) fit.result;
      problem = f.inferenceProblem();
    }
    return new HeldFit(n, fit, problem);
  }

  int n() {
    return n;
  }

  /** n − rank, or undefined without a fit. */
  Stat residualDf() {
    return fit == null || fit.result instanceof LinearModel.Unfitted
        ? Stat.undefined(noInference) : Stat.of(n - fit.rank);
  }

  int rank() {
    return fit == null ? 0 : fit.rank;
  }

  /** Whether design column {@code j} (0 the intercept) was aliased. */
  boolean aliased(int j) {
    return fit != null && fit.aliased[j];
  }

  /** The coefficient of design column {@code j} (0 the intercept), named {@code term}. */
  RegressionCoefficient coefficient(int j, String term) {
    if (fit == null || fit.result instanceof LinearModel.Unfitted) {
      Stat none = Stat.undefined(noInference);
      return new RegressionCoefficient(term, none, none, none, none, none, none);
    }
    if (fit.aliased[j]) {
      Stat na = Stat.undefined("aliased: " + term
          + " is a linear combination of the terms before it (R: NA)");
      return new RegressionCoefficient(term, na, na, na, na, na, na);
    }
    int k = 0;
    for (int i = 0; i < j; i++) {
      k += fit.aliased[i] ? 0 : 1;
    }
    LinearModel.Coefficient c = ((LinearModel.Fitted) fit.result).coefficients().get(k);
    Stat estimate = Stat.finiteOr(c.estimate(), "estimate not computable");
    if (noInference != null) {
      Stat na = Stat.undefined(noInference);
      return new RegressionCoefficient(term, estimate, na, na, na, na, na);
    }
    String bad = "not computable (standard error " + c.standardError() + ")";
    return new RegressionCoefficient(term, estimate, Stat.finiteOr(c.standardError(), bad),
        Stat.finiteOr(c.t(), bad), Stat.finiteOr(c.p(), bad), Stat.finiteOr(c.ciLow(), bad),
        Stat.finiteOr(c.ciHigh(), bad));
  }

  /**
   * The F test of the columns this fit has beyond {@code reduced}, nested in it: {@code
   * anova(reduced, full)}, F = ((RSS reduced − RSS full) / df1) / (RSS full / df2), df1 = rank
   * full − rank reduced, df2 = n − rank full. Undefined, with the reason, where R gives NA or
   * refuses.
   *
   * @return {f, df1, df2, p}
   */
  Stat[] fTestAgainst(HeldFit reduced) {
    String why = null;
    if (noInference != null) {
      why = noInference;
    } else if (reduced.fit == null || reduced.fit.result instanceof LinearModel.Unfitted) {
      why = reduced.noInference;
    } else if (rank() - reduced.rank() <= 0) {
      why = "the added terms are aliased with the others: no F test";
    } else if (n - rank() <= 0) {
      why = "no residual degrees of freedom";
    }
    if (why != null) {
      Stat none = Stat.undefined(why);
      return new Stat[] {none, none, none, none};
    }
    double df1 = rank() - reduced.rank();
    double df2 = n - rank();
    double rss = rss();
    double f = ((reduced.rss() - rss) / df1) / (rss / df2);
    String bad = "F test not computable";
    return new Stat[] {Stat.finiteOr(f, bad), Stat.of(df1), Stat.of(df2),
        Stat.finiteOr(Distributions.fUpper(f, df1, df2), bad)};
  }

  /** Σ residual², from σ² · df; 0 when there are no residual df. */
  private double rss() {
    LinearModel.Fitted f = (LinearModel.Fitted) fit.result;
    int df = f.residualDf();
    if (df == 0) {
      return 0;
    }
    return f.sigma() * f.sigma() * df;
  }
}
