package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.RedcapField;
import org.sleepstat.core.schema.Variable;

/** How a REDCap field's cells are read for a codebook variable. */
class DictionaryColumnTest {
  private static final Codebook BOOK = Codebook.builtIn();
  private static final RedcapField POSITION = new RedcapField("pos", "f", RedcapField.Type.RADIO,
      "Position", List.of(new RedcapField.Choice("1", "On my side"),
          new RedcapField.Choice("2", "It varies")), "", null, null, 2);

  private static Variable variable(String name) {
    return BOOK.variable(name).orElseThrow();
  }

  @Test
  void aCodeBecomesItsLabelAndALabelStays() {
    DictionaryColumn c = DictionaryColumn.of(POSITION, variable("sleep_position"), false);
    assertThat(c.decode(" 2 ")).isEqualTo("It varies");
    assertThat(c.decode("on my side")).isEqualTo("On my side");
    assertThat(c.decode("")).isEqualTo("");
    assertThat(c.decode("NA")).isEqualTo("NA");
    assertThat(c.decode("supine")).isEqualTo("supine"); // accepted by the variable as written
    assertThat(c.decode("9")).isNull();
    assertThat(c.unknownCode("9")).isEqualTo("\"9\" is not one of the choices of pos in the data"
        + " dictionary (1 On my side, 2 It varies)");
  }

  @Test
  void aRangeIsCheckedOnlyWhenTheDictionaryHasOne() {
    RedcapField days = new RedcapField("days", "f", RedcapField.Type.TEXT, "Days", List.of(),
        "integer", 1.0, 5.0, 3);
    DictionaryColumn c = DictionaryColumn.of(days, variable("exercise_days_week"), false);
    assertThat(c.decode("7")).isEqualTo("7");
    assertThat(c.outOfRange("3", 3)).isNull();
    assertThat(c.outOfRange("0", 0)).isEqualTo("\"0\" is below the data dictionary's minimum 1"
        + " for days");
    assertThat(c.outOfRange(" 6", 6)).isEqualTo("\"6\" is above the data dictionary's maximum 5"
        + " for days");
    RedcapField free = new RedcapField("x", "f", RedcapField.Type.TEXT, "X", List.of(), "", null,
        null, 4);
    assertThat(DictionaryColumn.of(free, variable("exercise_days_week"), false)).isNull();
  }

  @Test
  void aCheckboxColumnHoldsOneOrZeroAndNothingElse() {
    RedcapField box = new RedcapField("box", "f", RedcapField.Type.CHECKBOX, "Box",
        List.of(new RedcapField.Choice("-1", "Refused")), "", null, null, 5);
    DictionaryColumn c = DictionaryColumn.of(box, box.choices().get(0), variable("lumbar_roll"),
        false);
    assertThat(c.decode("1")).isEqualTo("1");
    assertThat(c.decode(" unchecked ")).isEqualTo(" unchecked ");
    assertThat(c.decode("")).isEqualTo("");
    assertThat(c.decode("-1")).isNull();
    assertThat(c.decode("yes")).isNull();
    assertThat(c.unknownCode("-1")).isEqualTo("\"-1\" is not one of the states of checkbox"
        + " column box____1 in the data dictionary (1 Checked, 0 Unchecked)");
    DictionaryColumn days = DictionaryColumn.of(box, box.choices().get(0),
        variable("exercise_days_week"), false);
    assertThat(days.decode("Checked")).isEqualTo("1");
  }

  @Test
  void aCheckboxFieldWithoutItsChoiceAndTheIdAreReadAsWritten() {
    RedcapField box = new RedcapField("box", "f", RedcapField.Type.CHECKBOX, "Box",
        List.of(new RedcapField.Choice("1", "Lumbar roll")), "", null, null, 5);
    assertThat(DictionaryColumn.of(box, variable("lumbar_roll"), false)).isNull();
    assertThat(DictionaryColumn.of(POSITION, null, false)).isNull();
  }

  @Test
  void labelsFirstReadsAValueThatIsBothAsTheLabel() {
    RedcapField n = new RedcapField("n", "f", RedcapField.Type.RADIO, "N", List.of(
        new RedcapField.Choice("1", "0"), new RedcapField.Choice("2", "1")), "", null, null, 6);
    assertThat(DictionaryColumn.of(n, variable("exercise_days_week"), false).decode("1"))
        .isEqualTo("0");
    assertThat(DictionaryColumn.of(n, variable("exercise_days_week"), true).decode("1"))
        .isEqualTo("1");
  }
}
