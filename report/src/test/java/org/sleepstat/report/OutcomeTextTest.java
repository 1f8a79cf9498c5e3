package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.plan.StudyPlan;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

class OutcomeTextTest {
  private final OutcomeText builtIn = new OutcomeText(Codebook.builtIn());

  @Test
  void titlesDropTheWaveAndTheParenthesisOfTheLabel() {
    assertThat(builtIn.title("pain_morning")).isEqualTo("Back pain on waking");
    assertThat(builtIn.title("pain_morning_pre")).isEqualTo("Back pain on waking");
    assertThat(builtIn.title("sleep_quality_post")).isEqualTo("Sleep quality");
    assertThat(builtIn.inSentence("pain_night")).isEqualTo("back pain in bed");
  }

  @Test
  void unitsComeFromTheLabelsParenthesis() {
    assertThat(builtIn.unit("pain_morning")).isEqualTo("NRS 0–10");
    assertThat(builtIn.unit("sleep_quality_pre")).isEqualTo("0–10");
    assertThat(builtIn.unit("bmi")).isEqualTo("kg/m²");
    assertThat(builtIn.max("pain_night")).contains(10.0);
  }

  @Test
  void aCodebookWithoutLabelsFallsBackToTheNameAndTheRange() {
    Codebook own = new Codebook("own", "1", List.of(
        new Variable("id", VariableType.ID, true, Role.RESPONDENT, null, null, List.of(),
            Map.of(), Set.of(), ""),
        new Variable("disability_pre", VariableType.INTEGER, false, Role.OUTCOME_PRE, 0.0, 24.0,
            List.of(), Map.of(), Set.of(), "")));
    OutcomeText text = new OutcomeText(own);
    assertThat(text.title("disability")).isEqualTo("Disability");
    assertThat(text.unit("disability")).isEqualTo("0–24");
    assertThat(text.unit("nothing")).isEqualTo("points");
    assertThat(text.title("nothing_here")).isEqualTo("Nothing_here".replace('_', ' '));
  }

  @Test
  void acronymsKeepTheirCapitalsInASentence() {
    assertThat(OutcomeText.lowerFirst("BMI")).isEqualTo("BMI");
    assertThat(OutcomeText.lowerFirst("Sleep quality")).isEqualTo("sleep quality");
  }

  @Test
  void aPlansLabelsOfOutcomesAndLevelsNameThemWhereTheCodebooksWouldNot() throws Exception {
    StudyPlan plan = StudyPlan.read(Path.of("..", "docs", "examples", "odi", "plan.yaml"));
    OutcomeText text = new OutcomeText(plan.codebook(), plan.design());
    assertThat(text.title("odi")).isEqualTo("Oswestry Disability Index");
    assertThat(text.level("sleep_position", "combination")).isEqualTo("Changing");
    assertThat(text.level("sleep_position", "unknown level")).isEqualTo("unknown level");
    assertThat(new OutcomeText(plan.codebook()).level("sleep_position", "combination"))
        .isEqualTo("combination");
    // the built-in plan's labels are the codebook's: the same titles either way
    StudyPlan builtIn = StudyPlan.builtIn();
    for (String outcome : List.of("pain_morning", "pain_night", "sleep_quality")) {
      assertThat(new OutcomeText(builtIn.codebook(), builtIn.design()).title(outcome))
          .isEqualTo(this.builtIn.title(outcome));
    }
  }
}
