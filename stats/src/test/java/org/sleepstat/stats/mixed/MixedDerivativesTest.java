package org.sleepstat.stats.mixed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analytic derivatives in θ of the REML criterion and the analytic Hessian of lmerTest's
 * dev(θ, σ) agree with central differences (step 1e-5) one order down: the slope with
 * differences of the function, the curvature and the Hessian with differences of the analytic
 * first derivatives (second differences of a function near 500 lose half the digits to
 * rounding). At the optimum, away from it, at the boundary θ = 0 and near it.
 */
class MixedDerivativesTest {
  private static final double H = 1e-5;
  private static final double RELATIVE = 1e-7;

  @ParameterizedTest(name = "{0} at θ = {1}")
  @CsvSource({"dropout, 1.3", "dropout, 0.4", "six_waves, 2.5", "single, 0.9", "boundary, 0",
      "boundary, 0.05", "intermittent, 0.001"})
  void analyticDerivativesMatchCentralDifferences(String dataset, double theta) {
    ClusterSums sums = MixedReferenceData.of(dataset).sums;
    RemlState state = RemlState.at(sums, theta);
    assertClose(state.slope(), central(t -> RemlState.at(sums, t).criterion(), theta));
    assertClose(state.curvature(), central(t -> RemlState.at(sums, t).slope(), theta));

    double sigma = Math.sqrt(state.sigma2()) * 1.1;
    double[] hessian = state.hessian(sigma);
    assertClose(hessian[0], central(t -> devThetaSlope(RemlState.at(sums, t), sigma), theta));
    assertClose(hessian[1], central(s -> devThetaSlope(state, s), sigma));
    assertClose(hessian[2], central(s -> devSigmaSlope(state, s), sigma));
    assertClose(devSigmaSlope(state, sigma), central(state::deviance, sigma));
    assertClose(devThetaSlope(state, sigma),
        central(t -> RemlState.at(sums, t).deviance(sigma), theta));
  }

  /** ∂dev/∂θ = (Σ log(1 + n_iθ²) + log det M)' + r²'/σ². */
  private static double devThetaSlope(RemlState state, double sigma) {
    return state.logDetSlope + state.r2Slope / (sigma * sigma);
  }

  /** ∂dev/∂σ = −2r²/σ³ + 2(n − p)/σ. */
  private static double devSigmaSlope(RemlState state, double sigma) {
    return -2 * state.r2 / (sigma * sigma * sigma) + 2 * state.residualDf / sigma;
  }

  private static double central(DoubleUnaryOperator f, double x) {
    return (f.applyAsDouble(x + H) - f.applyAsDouble(x - H)) / (2 * H);
  }

  private static void assertClose(double analytic, double numeric) {
    assertThat(analytic).isCloseTo(numeric, within(RELATIVE * (1 + Math.abs(numeric))));
  }
}
