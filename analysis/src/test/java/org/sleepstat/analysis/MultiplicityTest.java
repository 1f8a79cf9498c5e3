package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.stats.PAdjust;
import org.sleepstat.stats.Stat;

class MultiplicityTest {
  private record Result(String outcome, Stat p) {}

  @Test
  void adjustsTheDefinedPValuesOfAFamilyAndKeepsUndefinedOnesWithTheirReason() {
    Multiplicity.Family family = Multiplicity.family(TestFamily.PAIRED_T, List.of(
        new Result("a", Stat.of(0.04)),
        new Result("b", Stat.undefined("n = 1")),
        new Result("c", Stat.of(0.01)),
        new Result("d", Stat.of(0.03))), Result::outcome, Result::p);

    // R: p.adjust(c(0.04, NA, 0.01, 0.03), "holm") -> 0.06 NA 0.03 0.06
    // R: p.adjust(c(0.04, NA, 0.01, 0.03), "BH")   -> 0.04 NA 0.03 0.04
    assertThat(family.members()).extracting(Multiplicity.Adjusted::outcome)
        .containsExactly("a", "b", "c", "d");
    assertThat(family.members().get(0).holm().getAsDouble()).isCloseTo(0.06, within(1e-15));
    assertThat(family.members().get(2).holm().getAsDouble()).isCloseTo(0.03, within(1e-15));
    assertThat(family.members().get(3).bh().getAsDouble()).isCloseTo(0.04, within(1e-15));
    assertThat(family.members().get(2).bh().getAsDouble()).isCloseTo(0.03, within(1e-15));
    assertThat(family.members().get(1).holm().isDefined()).isFalse();
    assertThat(family.members().get(1).bh().reason()).isEqualTo("n = 1");
  }

  @Test
  void analysisHasAFamilyPerTestAcrossOutcomes() {
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(ReferenceSurveys.survey("", "medium"));
    assertThat(r.multiplicity().families()).extracting(Multiplicity.Family::name)
        .contains("paired t-test", "Wilcoxon signed-rank", "one-way ANOVA by position",
            "Welch's ANOVA by position", "Kruskal-Wallis by position");
    Multiplicity.Family t = r.multiplicity().families().get(0);
    assertThat(t.members()).hasSize(r.paired().size());
    double[] p = r.paired().stream().mapToDouble(x -> x.tTest().p().getAsDouble()).toArray();
    double[] holm = PAdjust.HOLM.adjust(p);
    for (int i = 0; i < p.length; i++) {
      assertThat(t.members().get(i).holm().getAsDouble()).isEqualTo(holm[i]);
    }
  }
}
