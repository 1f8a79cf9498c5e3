package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

class CellCheckTest {
  private static final Variable GROUP = Codebook.builtIn().variable("changed_mattress")
      .orElseThrow();
  private static final Variable PAIN = Codebook.builtIn().variable("pain_morning_post")
      .orElseThrow();
  private static final Variable EXERCISE = Codebook.builtIn().variable("exercise_days_week")
      .orElseThrow();

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", ".", "NA", "n/a", "NaN"})
  void theStandardMissingTokensAreMissingForEveryVariable(String raw) {
    CellCheck check = new CellCheck();
    assertThat(check.check(GROUP, raw)).isEqualTo(CellCheck.Verdict.MISSING);
    assertThat(check.check(PAIN, raw)).isEqualTo(CellCheck.Verdict.MISSING);
  }

  @Test
  void aVariablesOwnMissingCodeIsMissingOnlyForIt() {
    Variable coded = new Variable("score", VariableType.INTEGER, false, Role.RESPONDENT, 0.0,
        100.0, List.of(), Map.of(), Set.of("-9"), "");
    CellCheck check = new CellCheck();
    assertThat(check.check(coded, "-9")).isEqualTo(CellCheck.Verdict.MISSING);
    assertThat(check.check(EXERCISE, "-9")).isEqualTo(CellCheck.Verdict.REFUSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "No", " TRUE ", "f", "1", "0", "checked"})
  void theBooleanSpellingsTheImporterReadsAreAccepted(String raw) {
    assertThat(new CellCheck().check(GROUP, raw)).isEqualTo(CellCheck.Verdict.ACCEPTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "nein", "2", "maybe"})
  void otherWordsAreRefusedForABoolean(String raw) {
    assertThat(new CellCheck().check(GROUP, raw)).isEqualTo(CellCheck.Verdict.REFUSED);
  }

  @Test
  void numbersAreAcceptedOnlyWithinTheRangeAndWholeForAnInteger() {
    CellCheck check = new CellCheck();
    assertThat(check.check(PAIN, "4.5")).isEqualTo(CellCheck.Verdict.ACCEPTED);
    assertThat(check.check(PAIN, "10")).isEqualTo(CellCheck.Verdict.ACCEPTED);
    assertThat(check.check(PAIN, "11")).isEqualTo(CellCheck.Verdict.REFUSED);
    assertThat(check.check(PAIN, "low")).isEqualTo(CellCheck.Verdict.REFUSED);
    assertThat(check.check(EXERCISE, "3")).isEqualTo(CellCheck.Verdict.ACCEPTED);
    assertThat(check.check(EXERCISE, "3.5")).isEqualTo(CellCheck.Verdict.REFUSED);
  }

  @Test
  void aDecimalCommaIsReadOnceItIsTheColumnsMark() {
    CellCheck check = new CellCheck();
    assertThat(check.check(PAIN, "4,5")).isEqualTo(CellCheck.Verdict.ACCEPTED);
    assertThat(check.check(PAIN, "6,25")).isEqualTo(CellCheck.Verdict.ACCEPTED);
    // one mark per column, as per file in an import: a point after a comma is not guessed at
    assertThat(check.check(PAIN, "6.5")).isEqualTo(CellCheck.Verdict.REFUSED);
  }
}
