package org.sleepstat.stats.mixed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepstat.stats.Reference;

/**
 * Where the REML estimates have a closed form, the fit reaches it to the last digits, beyond
 * what R's optimiser gives (about 3e-8 relative in θ). With every respondent observed at every
 * wave, REML equals the ANOVA estimates when they are positive: σ² the mean square of the
 * within-respondent residuals (after respondent means and wave-by-group means) on
 * (N − g)(k − 1) df, and σ² + kσ_b² the mean square of the respondent means about their group
 * means times k, on N − g df. At the boundary (θ = 0), Satterthwaite's df is n − p exactly, which
 * lmerTest's numerical derivatives give as 71.99999999923 for the boundary data (n − p = 72).
 */
class MixedClosedFormTest {
  @ParameterizedTest
  @ValueSource(strings = {"balanced", "unbalanced", "boundary"})
  void completeDataGiveTheAnovaEstimates(String dataset) {
    int k = 4;
    Map<String, List<double[]>> byId = new LinkedHashMap<>();
    Map<String, String> groupOf = new LinkedHashMap<>();
    List<String> waves = List.of("baseline", "week 2", "week 4", "week 12");
    String[] lines = Reference.resource(Reference.dataResource("mixed", dataset)).split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].trim().split(",");
      byId.computeIfAbsent(f[0], x -> new ArrayList<>())
          .add(new double[] {waves.indexOf(f[1]), Double.parseDouble(f[3])});
      groupOf.put(f[0], f[2]);
    }
    Map<String, double[]> cellSum = new LinkedHashMap<>();
    Map<String, Integer> groupSize = new LinkedHashMap<>();
    Map<String, Double> respondentMean = new LinkedHashMap<>();
    for (Map.Entry<String, List<double[]>> e : byId.entrySet()) {
      assertThat(e.getValue()).as("complete data").hasSize(k);
      String g = groupOf.get(e.getKey());
      double[] sums = cellSum.computeIfAbsent(g, x -> new double[k]);
      double total = 0;
      for (double[] obs : e.getValue()) {
        sums[(int) obs[0]] += obs[1];
        total += obs[1];
      }
      respondentMean.put(e.getKey(), total / k);
      groupSize.merge(g, 1, Integer::sum);
    }
    double within = 0;
    double between = 0;
    for (Map.Entry<String, List<double[]>> e : byId.entrySet()) {
      String g = groupOf.get(e.getKey());
      double[] cell = cellSum.get(g);
      int size = groupSize.get(g);
      double groupMean = 0;
      for (double c : cell) {
        groupMean += c / (size * k);
      }
      double m = respondentMean.get(e.getKey());
      between += k * (m - groupMean) * (m - groupMean);
      for (double[] obs : e.getValue()) {
        double r = obs[1] - m - cell[(int) obs[0]] / size + groupMean;
        within += r * r;
      }
    }
    int respondents = byId.size();
    int groups = groupSize.size();
    double sigma2 = within / ((respondents - groups) * (k - 1));
    double msBetween = between / (respondents - groups);
    double sigmaB2 = Math.max((msBetween - sigma2) / k, 0);

    RandomInterceptFit fit = MixedReferenceData.of(dataset).fit;
    if (sigmaB2 == 0) {
      assertThat(fit.theta()).as("boundary: θ exactly 0").isZero();
      assertThat(fit.singular()).isTrue();
      // at θ = 0 the criterion's σ comes from all of the residual: r²/(n − p)
      assertThat(fit.sigma() * fit.sigma())
          .isCloseTo((within + between) / (respondents * k - 8), within(1e-12));
    } else {
      assertThat(fit.theta()).as("θ = σ_b / σ")
          .isCloseTo(Math.sqrt(sigmaB2 / sigma2), within(1e-12 * fit.theta()));
      assertThat(fit.sigma()).isCloseTo(Math.sqrt(sigma2), within(1e-12 * fit.sigma()));
    }
  }

  @Test
  void boundaryFitHasResidualDegreesOfFreedom() {
    RandomInterceptFit fit = MixedReferenceData.of("boundary").fit;
    long residualDf = fit.observations() - fit.names().size();
    for (Contrast c : fit.coefficientTable()) {
      assertThat(c.df().getAsDouble()).isCloseTo(residualDf, within(1e-9));
    }
  }
}
