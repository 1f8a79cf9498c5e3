package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Welch's t-test ({@code t.test(x, y)}) and the Wilcoxon rank-sum test ({@code wilcox.test(x,
 * y)}, exact or normal as R chooses) against R, on the samples of twosample.R.
 */
class TwoSampleReferenceTest {
  private static final String FOLDER = "twosample";
  private static final Map<String, Tally[]> SAMPLES = samples();

  static Stream<Arguments> rows() {
    return Reference.arguments(FOLDER, "twosample-expected.tsv", "twosample.R");
  }

  private static Map<String, Tally[]> samples() {
    Map<String, Tally[]> out = new HashMap<>();
    String[] lines = Reference.resource(Reference.directory(FOLDER) + "samples.csv").split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",");
      Tally[] pair = out.computeIfAbsent(f[0], k -> new Tally[] {new Tally(), new Tally()});
      pair[f[1].equals("x") ? 0 : 1].add(Double.parseDouble(f[2]));
    }
    out.values().forEach(pair -> {
      pair[0].done();
      pair[1].done();
    });
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    Tally[] pair = SAMPLES.get(row.outcome());
    WelchT welch = WelchT.of(pair[0], pair[1]);
    RankSum rankSum = RankSum.of(pair[0], pair[1]);
    Object actual = switch (row.key()) {
      case "t" -> welch.t();
      case "df" -> welch.df();
      case "p_welch" -> welch.p();
      case "w" -> rankSum.w();
      case "p_rank_sum" -> rankSum.p();
      case "exact" -> rankSum.exact() ? 1 : 0;
      default -> throw new IllegalArgumentException(row.key());
    };
    Reference.assertMatchesR(row, actual);
  }

  @Test
  void theExactCountsOfWAddUpToChooseMPlusNOverM() {
    double[] counts = RankSum.wilcoxCounts(3, 4);
    // W of 3 against 4 values: 35 = choose(7, 3) orderings, symmetric about 6
    assertThat(counts).containsExactly(1, 1, 2, 3, 4, 4, 5, 4, 4, 3, 2, 1, 1);
  }

  @Test
  void oneValuePerGroupHasNoWelchTestAndNoValuesNoRankSumTest() {
    Tally one = Tally.of(new double[] {1});
    Tally three = Tally.of(new double[] {1, 2, 3});
    assertThat(WelchT.of(one, three).p().reason()).contains("at least 2 values per group");
    assertThat(RankSum.of(Tally.of(new double[0]), three).p().isDefined()).isFalse();
    assertThat(RankSum.of(Tally.of(new double[] {2, 2}), Tally.of(new double[] {2}))
        .p().reason()).contains("every value is the same");
  }
}
