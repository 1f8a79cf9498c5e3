package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestFamilyTest {
  @Test
  void theAnalysisAdjustsOneFamilyPerTestInEnumOrderUnderItsDisplayName() {
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(ReferenceSurveys.survey("", "medium"));
    assertThat(r.multiplicity().families()).extracting(Multiplicity.Family::test)
        .containsExactly(TestFamily.values());
    assertThat(r.multiplicity().families()).extracting(Multiplicity.Family::name)
        .containsExactly("paired t-test", "Wilcoxon signed-rank", "one-way ANOVA by position",
            "Welch's ANOVA by position", "Kruskal-Wallis by position",
            "Pearson correlation with mattress age", "Spearman correlation with mattress age",
            "ANCOVA, changed vs not", "Welch t on change, changed vs not");
  }
}
