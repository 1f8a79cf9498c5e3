package org.sleepstat.stats;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The distributions behind the new paired statistics against R: every row of
 * distributions/distributions-expected.tsv, written by {@code Rscript distributions.R} (R 4.2.2):
 * pt(q, df, ncp) with either tail ({@link NoncentralT}), and qsignrank / psignrank at the 95%
 * level for n = 1..49 ({@link SignedRankDistribution}). The noncentral t must agree to 1e-13
 * absolute, far inside the contract's 1e-10, because Cohen's dz interval inverts it.
 */
class DistributionsReferenceTest {
  private static final String TABLE = "distributions-expected.tsv";
  private static final String SCRIPT = "distributions.R";
  private static final double NONCENTRAL_T_ABSOLUTE = 1e-13;

  static Stream<Arguments> rows() {
    return Reference.arguments("distributions", TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    switch (row.dataset()) {
      case "pt" -> {
        double[] qDfNcp = parse(row.outcome());
        boolean lower = row.key().equals("p_lower");
        double p = NoncentralT.probability(qDfNcp[0], qDfNcp[1], qDfNcp[2], lower);
        Reference.assertMatchesR(row, p, NONCENTRAL_T_ABSOLUTE);
      }
      case "signrank" -> {
        int n = Integer.parseInt(row.outcome().substring("n=".length()));
        SignedRankDistribution v = SignedRankDistribution.of(n);
        int qu = v.quantile((1 - 0.95) / 2);
        Reference.assertMatchesR(row, row.key().equals("qu") ? (Object) qu
            : (Object) (2 * v.cumulative(Math.max(qu, 1) - 1)));
      }
      default -> throw new IllegalArgumentException("unknown data set " + row.dataset());
    }
  }

  /** "q=-1.2,df=2.5,ncp=0.7" to {-1.2, 2.5, 0.7}. */
  private static double[] parse(String outcome) {
    String[] parts = outcome.split(",");
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      out[i] = Double.parseDouble(parts[i].substring(parts[i].indexOf('=') + 1)
          .toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
