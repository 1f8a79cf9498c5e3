package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.BaselineTable;
import org.sleepstat.analysis.SampleDescription;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.Table1Summary;
import org.sleepstat.core.survey.Survey;

/** Table 1 of the bundled sample as text: the cells, rows and footnotes a manuscript prints. */
class Table1TextTest {
  private static final Report SAMPLE = Reports.sample();
  private static final Table1Text TABLE = Table1Text.of(SAMPLE);

  private static Table1Text.Row row(Table1Text table, String label) {
    return table.rows().stream().filter(r -> r.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + table.rows()));
  }

  /** The row {@code label} that follows the row {@code parent}. */
  private static Table1Text.Row under(Table1Text table, String parent, String label) {
    int at = table.rows().indexOf(row(table, parent));
    for (int i = at + 1; i < table.rows().size() && table.rows().get(i).indent() > 0; i++) {
      if (table.rows().get(i).label().equals(label)) {
        return table.rows().get(i);
      }
    }
    throw new AssertionError("no row " + label + " under " + parent);
  }

  @Test
  void columnsAreOverallAndEachGroupWithItsNThenPAndSmd() {
    assertThat(TABLE.headers()).containsExactly("Characteristic", "Overall (n = 395)",
        "Changed mattress: yes (n = 172)", "Changed mattress: no (n = 210)", "p", "SMD");
  }

  @Test
  void aMeanReadsMeanAndSdInOneCellWithItsTestAndSmd() {
    Table1Text.Row age = row(TABLE, "Age in years, mean (SD)");
    assertThat(age.indent()).isZero();
    assertThat(age.cells().get(0)).isEqualTo("46.6 (15.0)");
    // R: t.test(age_years ~ changed_mattress)$p.value = 0.1562; SMD 0.1494
    assertThat(age.p()).isEqualTo("0.156");
    assertThat(age.smd()).isEqualTo("0.15");
    assertThat(age.marks()).isEqualTo("a");
    assertThat(under(TABLE, "Age in years, mean (SD)", Table1Text.MISSING).cells().get(0))
        .isEqualTo("16"); // R: sum(is.na(age_years))
  }

  @Test
  void levelsAreIndentedCountsWithWholePercentagesOfThoseWhoAnswered() {
    Table1Text.Row sex = row(TABLE, "Sex, n (%)");
    assertThat(sex.cells()).containsOnly("");
    assertThat(sex.p()).isEqualTo("0.844"); // fisher.test: an expected count below 5
    assertThat(sex.marks()).isEqualTo("b"); // marks in the order the tests first come
    Table1Text.Row female = under(TABLE, "Sex, n (%)", "Female");
    assertThat(female.indent()).isEqualTo(1);
    assertThat(female.cells().get(0)).isEqualTo("199 (51%)");
    assertThat(female.smd()).isEqualTo("\u22120.04");
    assertThat(female.p()).isEmpty();
    assertThat(under(TABLE, "Sex, n (%)", Table1Text.MISSING).cells().get(0)).isEqualTo("5");
    assertThat(under(TABLE, "Mattress firmness, n (%)", "Medium firm").label())
        .isEqualTo("Medium firm");
  }

  @Test
  void aMedianRowKeepsOneDecimalUnlessEveryFigureIsWhole() {
    Table1Text.Row duration = row(TABLE,
        "How long the back pain has lasted (weeks), median [Q1, Q3]");
    assertThat(duration.cells().get(0)).isEqualTo("24.0 [13.0, 44.8]");
    assertThat(duration.marks()).isEqualTo("d");
    // the same survey with the plan's table1 saying age_years: median
    Survey survey = SAMPLE.survey();
    StudyDesign d = SAMPLE.design();
    StudyDesign.Models m = d.models();
    StudyDesign ageByMedian = new StudyDesign(d.title(), d.id(), d.group(), d.singleArm(),
        d.outcomes(), d.primaryOutcome(), d.position(), d.mattressAge(), d.redFlags(),
        new StudyDesign.Models(m.covariates(), m.subgroups(), m.bands(), m.referenceLevels(),
            Map.of("age_years", Table1Summary.MEDIAN), m.advice()), d.levelLabels());
    Table1Text t = Table1Text.of(BaselineTable.of(survey, ageByMedian,
        SampleDescription.describe(survey, ageByMedian)), ageByMedian,
        new OutcomeText(survey.codebook(), ageByMedian));
    // R: quantile(age_years, c(0.5, 0.25, 0.75)) = 47, 36, 57
    assertThat(row(t, "Age in years, median [Q1, Q3]").cells().get(0)).isEqualTo("47 [36, 57]");
  }

  @Test
  void onlyBaselineCharacteristicsAreListed() {
    List<String> labels = TABLE.rows().stream().filter(r -> r.indent() == 0)
        .map(Table1Text.Row::label).toList();
    assertThat(labels).hasSize(16).first().isEqualTo("Age in years, mean (SD)");
    assertThat(String.join("|", labels)).doesNotContain("Switched to a new mattress")
        .doesNotContain("Red flag").doesNotContain("after the change")
        .doesNotContain("Weeks since").doesNotContain("identifier")
        .doesNotContain("new mattress").contains("pillow under the hips")
        .contains("Back pain on waking before the change (NRS 0–10; lower is better),"
            + " mean (SD)");
  }

  @Test
  void footnotesNameEachTestByItsMarkAndTheSmd() {
    assertThat(TABLE.footnotes()).contains(
        "a Welch's t-test (R: t.test(x ~ g)).",
        "b Fisher's exact test, where an expected count is below 5"
            + " (R: fisher.test(table(g, x))).",
        "c Pearson's χ² test, Yates's continuity correction on 2 × 2 tables"
            + " (R: chisq.test(table(g, x))).",
        "d Wilcoxon rank-sum test, normal approximation with continuity correction"
            + " (R: wilcox.test(x ~ g)).",
        "13 respondents without changed_mattress are counted in Overall only.");
    assertThat(TABLE.footnotes()).anySatisfy(n -> assertThat(n).startsWith(
        "SMD: standardised mean difference, Changed mattress: yes minus Changed mattress: no"));
  }

  @Test
  void planLevelLabelsNameTheGroupsAndLevels() {
    Survey survey = SAMPLE.survey();
    StudyDesign d = SAMPLE.design();
    StudyDesign labelled = new StudyDesign(d.title(), d.id(), d.group(), d.singleArm(),
        d.outcomes(), d.primaryOutcome(), d.position(), d.mattressAge(), d.redFlags(),
        d.models(), Map.of("changed_mattress", Map.of("yes", "New mattress", "no", "Same"),
            "sex", Map.of("female", "Women")));
    Table1Text t = Table1Text.of(BaselineTable.of(survey, labelled, SAMPLE.analysis()
        .sample()), labelled, new OutcomeText(survey.codebook(), labelled));
    assertThat(t.headers()).contains("New mattress (n = 172)", "Same (n = 210)");
    assertThat(under(t, "Sex, n (%)", "Women").cells().get(0)).isEqualTo("199 (51%)");
  }

  @Test
  void aSingleArmStudyHasTheOverallColumnAlone() {
    Survey survey = SAMPLE.survey();
    StudyDesign d = SAMPLE.design();
    StudyDesign single = new StudyDesign(d.title(), d.id(), Optional.empty(), true,
        d.outcomes(), d.primaryOutcome(), d.position(), d.mattressAge(), d.redFlags(),
        d.models(), d.levelLabels());
    Table1Text t = Table1Text.of(BaselineTable.of(survey, single,
        SampleDescription.describe(survey, single)), single, new OutcomeText(survey.codebook(),
        single));
    assertThat(t.headers()).containsExactly("Characteristic", "Overall (n = 395)");
    assertThat(t.rows()).allSatisfy(r -> {
      assertThat(r.cells()).hasSize(1);
      assertThat(r.p() + r.smd() + r.marks()).isEmpty();
    });
    assertThat(t.footnotes()).noneMatch(n -> n.startsWith("SMD") || n.startsWith("a "));
  }

  @Test
  void roundingShowsSmallSharesAndPValuesHonestly() {
    assertThat(Table1Text.count(new SampleDescription.LevelCount("x", 1, null), 400))
        .isEqualTo("1 (<1%)");
    assertThat(Table1Text.count(new SampleDescription.LevelCount("x", 399, null), 400))
        .isEqualTo("399 (>99%)");
    assertThat(Table1Text.count(new SampleDescription.LevelCount("x", 1200, null), 2000))
        .isEqualTo("1,200 (60%)");
    assertThat(Table1Text.p(org.sleepstat.stats.Stat.of(0.00002))).isEqualTo("<0.001");
    assertThat(Table1Text.p(org.sleepstat.stats.Stat.of(0.99999))).isEqualTo(">0.999");
    assertThat(Table1Text.p(org.sleepstat.stats.Stat.undefined("why"))).isEqualTo("–");
  }
}
