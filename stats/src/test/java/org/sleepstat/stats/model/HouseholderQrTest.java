package org.sleepstat.stats.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HouseholderQr} gives Commons Math 3.6's QR decomposition and least-squares solution to
 * the last bit (the arithmetic the regression results were checked against R with).
 */
class HouseholderQrTest {

  static Stream<Arguments> designs() {
    SplittableRandom random = new SplittableRandom(11);
    return Stream.of(
        Arguments.of("intercept, score, indicator", design(random, 300, 3, true)),
        Arguments.of("ten covariates", design(random, 1000, 10, true)),
        Arguments.of("square", design(random, 4, 4, false)),
        Arguments.of("one column", design(random, 50, 1, false)));
  }

  /** Column 0 all ones with an intercept; then scores on a grid and 0/1 indicators. */
  private static double[][] design(SplittableRandom random, int n, int p, boolean intercept) {
    double[][] columns = new double[p][n];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        columns[j][i] = intercept && j == 0 ? 1
            : j % 3 == 2 ? random.nextInt(2) : Math.rint(random.nextDouble(0, 100)) / 10;
      }
    }
    return columns;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void sameBitsAsCommonsMath(String name, double[][] columns) {
    int p = columns.length;
    int n = columns[0].length;
    double[][] rows = new double[n][p];
    double[] y = new double[n];
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        rows[i][j] = columns[j][i];
      }
      y[i] = random.nextDouble(-5, 5);
    }
    QRDecomposition expected = new QRDecomposition(new Array2DRowRealMatrix(rows, false));
    HouseholderQr qr = HouseholderQr.of(columns, n);
    RealMatrix r = expected.getR();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        assertThat(qr.r(i, j)).as("%s: R[%d][%d]", name, i, j).isEqualTo(r.getEntry(i, j));
      }
    }
    double[] solution = expected.getSolver().solve(new ArrayRealVector(y, false)).toArray();
    assertThat(qr.solve(y)).as(name).containsExactly(solution);
  }
}
