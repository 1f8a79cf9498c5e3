package org.sleepstat.stats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The least-squares fit on designs R treats specially: rank-deficient ones (refused here, where
 * R reports NA coefficients), exact and perfect fits (no inference), an intercept-only model, and
 * malformed input. Multiple regressions against R are in {@link LinearModelReferenceTest}.
 */
class LinearModelTest {
  private static final double[] X = {1, 2, 3, 4};
  private static final double[] Y = {1, 3, 2, 5};

  @Test
  void columnThatRepeatsAnotherIsAliased() {
    // R: coef(lm(y ~ x + I(2 * x))) gives NA for I(2 * x)
    LinearModel.Result r = LinearModel.fit(design(true, X, times(X, 2)), Y, true);
    assertThat(r).isInstanceOfSatisfying(LinearModel.Unfitted.class, u -> {
      assertThat(u.aliasedColumn()).isEqualTo(2);
      assertThat(u.reason()).contains("column 2 is a linear combination");
    });
  }

  @Test
  void constantColumnIsAliasedWithTheIntercept() {
    LinearModel.Result r = LinearModel.fit(design(true, new double[] {3, 3, 3, 3}, X), Y, true);
    assertThat(r).isInstanceOfSatisfying(LinearModel.Unfitted.class,
        u -> assertThat(u.aliasedColumn()).isEqualTo(1));
  }

  @Test
  void fewerObservationsThanCoefficientsIsNotFitted() {
    LinearModel.Result r = LinearModel.fit(new double[][] {{1, 1, 0}, {1, 2, 1}},
        new double[] {1, 2}, true);
    assertThat(r).isInstanceOfSatisfying(LinearModel.Unfitted.class, u -> {
      assertThat(u.aliasedColumn()).isEqualTo(-1);
      assertThat(u.reason()).isEqualTo("n = 2 is fewer than the 3 coefficients");
    });
    assertThat(LinearModel.fit(new double[0][], new double[0], true))
        .isEqualTo(new LinearModel.Unfitted("no observations", -1));
  }

  @Test
  void exactFitHasEstimatesButNoInference() {
    // 3 observations, 3 coefficients: R gives the coefficients and NaN standard errors
    LinearModel.Fitted fit = fitted(LinearModel.fit(
        new double[][] {{1, 5, 1}, {1, 6, 1}, {1, 4, 0}}, new double[] {7, 6, 5}, true));
    assertThat(fit.residualDf()).isZero();
    assertThat(fit.inferenceProblem()).contains("no residual degrees of freedom");
    // R: coef(lm(c(7, 6, 5) ~ c(5, 6, 4) + c(1, 1, 0))) = 11, -1, 3
    assertThat(fit.coefficients().get(2).estimate()).isCloseTo(3, within(1e-12));
    assertThat(fit.coefficients().get(2).standardError()).isNaN();
    assertThat(fit.f()).isNaN();
  }

  @Test
  void perfectLineHasNoInference() {
    double[] y = {5, 8, 11, 14}; // 2 + 3x
    LinearModel.Fitted fit = fitted(LinearModel.fit(design(true, X), y, true));
    assertThat(fit.residualDf()).isEqualTo(2);
    assertThat(fit.inferenceProblem()).startsWith("essentially perfect fit");
    assertThat(fit.coefficients().get(1).estimate()).isCloseTo(3, within(1e-12));
    assertThat(fit.coefficients().get(1).p()).isNaN();
    assertThat(fit.rSquared()).isCloseTo(1, within(1e-12));
  }

  @Test
  void interceptOnlyModelIsTheMean() {
    // R: summary(lm(c(1, 2, 3, 4) ~ 1)): 2.5, SE 0.6454972243679028, t 3.872983346207417,
    // p 0.030466291662170977; r.squared 0, no fstatistic
    LinearModel.Fitted fit = fitted(LinearModel.fit(design(true), X, true));
    LinearModel.Coefficient c = fit.coefficients().get(0);
    assertThat(c.estimate()).isEqualTo(2.5);
    assertThat(c.standardError()).isCloseTo(0.6454972243679028, within(1e-15));
    assertThat(c.t()).isCloseTo(3.872983346207417, within(1e-14));
    assertThat(c.p()).isCloseTo(0.030466291662170977, within(1e-15));
    assertThat(fit.rSquared()).isZero();
    assertThat(fit.adjustedRSquared()).isZero();
    assertThat(fit.f()).isNaN();
  }

  @Test
  void rejectsMalformedInput() {
    assertThatThrownBy(() -> LinearModel.fit(design(true, X), new double[] {1, 2}, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 rows for 2");
    assertThatThrownBy(() -> LinearModel.fit(design(false, X), Y, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intercept column");
    assertThatThrownBy(() -> LinearModel.fit(design(true, X), new double[] {1, 2, Double.NaN, 4},
        true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[2] is NaN");
    assertThatThrownBy(() -> LinearModel.fit(new double[][] {{1, 2}, {1}}, new double[] {1, 2},
        true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
  }

  private static LinearModel.Fitted fitted(LinearModel.Result r) {
    assertThat(r).isInstanceOf(LinearModel.Fitted.class);
    return (LinearModel.Fitted) r;
  }

  /** Rows of [1 if intercept], columns... */
  private static double[][] design(boolean intercept, double[]... columns) {
    int n = columns.length > 0 ? columns[0].length : X.length;
    int p = columns.length + (intercept ? 1 : 0);
    double[][] d = new double[n][p];
    for (int i = 0; i < n; i++) {
      int j = 0;
      if (intercept) {
        d[i][j++] = 1;
      }
      for (double[] c : columns) {
        d[i][j++] = c[i];
      }
    }
    return d;
  }

  private static double[] times(double[] x, double k) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= k;
    }
    return out;
  }
}
