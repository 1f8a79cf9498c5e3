package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private final List<Headline> headlines = Headlines.of(Reports.sample());

  @Test
  void theChangeReadsAsTheIssueAsksWithRoundedNumbersAndTheTest() {
    // numbers from the analysis of the sample (checked against R in AnalyzeCommandTest):
    // mean pre 4.717, post 2.815, change -1.903 (95% CI -2.161 to -1.644), p_t 2.3e-30
    assertThat(headlines.get(1).sentence()).isEqualTo("Back pain on waking fell from 4.7 to 2.8"
        + " after a mattress change among the 149 respondents with changed_mattress = yes and"
        + " both values: mean change −1.9, 95% CI −2.2 to −1.6,"
        + " paired t-test p < 0.001.");
    assertThat(headlines.get(1).estimate().getAsDouble())
        .isEqualTo(Reports.sample().analysis().paired().get(0).tTest().meanChange().value()
            .getAsDouble());
  }

  @Test
  void respondersAreAShareWithTheirWilsonInterval() {
    Headline h = headlines.get(2);
    assertThat(h.sentence()).isEqualTo("Back pain on waking: 54% (81 of 149) improved by 2"
        + " points or more (95% CI 46% to 62%).");
    assertThat(h.kind()).isEqualTo(Headline.Kind.SHARE);
    assertThat(h.estimate().getAsDouble()).isEqualTo(81.0 / 149);
  }

  @Test
  void sleepQualityRises() {
    assertThat(headlines.get(5).sentence()).startsWith("Sleep quality rose from 5.9 to 7.0");
  }

  @Test
  void positionAndMattressAgeNameTheirTests() {
    assertThat(headlines.get(7).sentence()).startsWith("Baseline back pain on waking by sleep"
        + " position (n = 380): highest in stomach sleepers (mean 5.3, n = 50), lowest in side"
        + " sleepers (mean 4.1, n = 207); Welch's ANOVA F(3, 117.9) = 9.37, p < 0.001.");
    assertThat(headlines.get(10).sentence()).isEqualTo("Mattress age and baseline back pain on"
        + " waking (n = 367): Pearson r = 0.33 (95% CI 0.24 to 0.42), p < 0.001; Spearman rho ="
        + " 0.33.");
  }

  @Test
  void theHeadlinesLeadWithMorningPainComparedWithNoChangeAdjustedForTheCovariates() {
    Headline h = headlines.get(0);
    var arms = Reports.sample().analysis().armComparison().get(0);
    // numbers of lm(post ~ pre + changed_mattress + covariates) on the sample, checked against
    // R in AnalyzeCommandTest (sample-analysis.R)
    assertThat(h.sentence()).isEqualTo("Back pain on waking after a mattress change compared"
        + " with no change (n = 149 changed, 195 not; 289 with every covariate): 1.8 points"
        + " lower after, adjusted for the value before and mattress_age_years, sleep_position,"
        + " mattress_firmness, age_years, bmi and exercise_days_week (difference −1.8, 95% CI"
        + " −2.1 to −1.5, p < 0.001); adjusted for the value before only −1.8 (95% CI −2.1 to"
        + " −1.5).");
    assertThat(h.n()).isEqualTo(arms.adjusted().n()).isEqualTo(289);
    assertThat(h.estimate()).isEqualTo(arms.adjusted().difference().value());
    assertThat(h.p()).isEqualTo(arms.adjusted().p());
    assertThat(h.method()).isEqualTo("linear model lm(post ~ pre + changed_mattress"
        + " + mattress_age_years + sleep_position + mattress_firmness + age_years + bmi"
        + " + exercise_days_week)");
  }

  @Test
  void eachCategoricalTestIsASentenceBeforeTheRedFlags() {
    var categorical = Reports.sample().analysis().categorical();
    Headline position = headlines.get(headlines.size() - 4);
    assertThat(position.sentence()).isEqualTo("sleep_position x pain_morning_pre >= 4 (n = 380):"
        + " chi-square test χ²(3) = 18.57, p < 0.001; Fisher's exact test p < 0.001.");
    assertThat(position.estimate()).isEqualTo(categorical.get(0).chiSquare().statistic());
    Headline responders = headlines.get(headlines.size() - 3);
    assertThat(responders.topic()).isEqualTo("Categorical: " + categorical.get(1).name());
    assertThat(responders.estimate()).isEqualTo(categorical.get(1).fisher().oddsRatio());
    assertThat(responders.ciHigh()).isEqualTo(categorical.get(1).fisher().oddsRatioCiHigh());
  }

  @Test
  void redFlagsAndRejectedRowsCloseTheSummary() {
    assertThat(headlines.get(headlines.size() - 2).sentence()).isEqualTo("37 respondents"
        + " reported at least one red flag and need follow-up (sheet Red flags).");
    assertThat(headlines.get(headlines.size() - 1).sentence()).isEqualTo("400 rows read: 395"
        + " accepted, 5 rejected (sheet Validation lists why).");
    // 3 outcomes' change and responders, morning pain changed vs not, 3 by position, 3 against
    // mattress age, 2 categorical tests, red flags, rows
    assertThat(headlines).hasSize(3 * 2 + 1 + 3 + 3 + 2 + 2);
  }

  @Test
  void withoutAGroupColumnTheChangeSaysItCoversEveryRespondent() {
    Report report = Reports.ofCsv("nogroup.csv", """
        respondent_id,sleep_position,pain_morning_pre,pain_morning_post
        1,side,6,3
        2,back,5,5
        3,side,7,4
        """);
    assertThat(Headlines.of(report).get(0).sentence()).contains("after a mattress change among"
        + " all 3 respondents with both values (the file has no changed_mattress column)");
    assertThat(report.pairedScope()).isEqualTo("all respondents: no changed_mattress column");
    assertThat(Reports.sample().pairedScope()).isEqualTo("changed_mattress = yes");
  }
}
