package org.sleepstat.stats.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways into {@link RegressionFit} that a caller feeding several models in one pass uses:
 * held columns ({@link RegressionFit#of(double[][], double[])}) and a triangle decomposed row by
 * row ({@link StreamedQr#add}, then {@link RegressionFit#of(ReducedDesign)}) give exactly the fit
 * {@link RegressionFit#of(DesignRows, long)} makes from the same rows.
 */
class RegressionFitTest {
  private static final double[] X = {1, 2, 3, 4, 5, 6, 7};
  private static final double[] Z = {0, 1, 0, 1, 1, 0, 1};
  private static final double[] Y = {1.5, 3.25, 2, 5.5, 4, 6.75, 8};

  @Test
  void heldColumnsGiveTheFitOfTheSameRowsWithTheAliasedColumnDropped() {
    // R: coef(lm(y ~ x + I(2 * x) + z)) gives NA for I(2 * x); rank 3
    double[][] columns = {ones(), X, twice(X), Z};
    RegressionFit held = RegressionFit.of(columns, Y);
    RegressionFit fromRows = RegressionFit.of(DesignRows.of(columns, Y), LinearModel.MAX_HELD);

    assertThat(held.aliased).containsExactly(false, false, true, false);
    assertThat(held.rank).isEqualTo(3);
    assertThat(held.result).isEqualTo(fromRows.result);
  }

  @Test
  void triangleFedRowByRowGivesTheStreamedFitOfTheSameRows() {
    double[][] columns = {ones(), X, twice(X), Z};
    DesignRows rows = DesignRows.of(columns, Y);
    StreamedQr qr = new StreamedQr(5, true);
    for (int i = 0; i < Y.length; i++) {
      qr.add(new double[] {1, X[i], 2 * X[i], Z[i], Y[i]}, 0);
    }
    RegressionFit fed = RegressionFit.of(ReducedDesign.of(List.of(qr.finish()),
        new int[] {0, 1, 2, 3}, 4, rows));
    RegressionFit streamed = RegressionFit.of(rows, 0);

    assertThat(fed.aliased).containsExactly(false, false, true, false);
    assertThat(fed.rank).isEqualTo(streamed.rank);
    assertThat(fed.result).isInstanceOf(LinearModel.Fitted.class).isEqualTo(streamed.result);
  }

  @Test
  void anInterceptAddedToHeldColumnsReadsAsAHeldColumnOfOnes() {
    DesignRows added = DesignRows.withIntercept(new double[][] {X, Z}, Y);
    DesignRows held = DesignRows.of(new double[][] {ones(), X, Z}, Y);
    assertThat(added.columns()).isEqualTo(held.columns()).isEqualTo(3);
    double[] a = new double[4 * Y.length];
    double[] b = new double[4 * Y.length];
    added.rewind();
    held.rewind();
    assertThat(added.next(a, 3)).isEqualTo(held.next(b, 3)).isEqualTo(3);
    assertThat(added.next(a, Y.length)).isEqualTo(held.next(b, Y.length)).isEqualTo(4);
    assertThat(a).containsExactly(b);
    assertThat(RegressionFit.of(added, LinearModel.MAX_HELD).result)
        .isEqualTo(RegressionFit.of(held, LinearModel.MAX_HELD).result);
  }

  private static double[] ones() {
    double[] out = new double[Y.length];
    Arrays.fill(out, 1);
    return out;
  }

  private static double[] twice(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = 2 * x[i];
    }
    return out;
  }
}
