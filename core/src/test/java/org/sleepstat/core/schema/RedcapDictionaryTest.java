package org.sleepstat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REDCap data dictionary: reading it, its choices, and the export columns it describes. */
class RedcapDictionaryTest {
  private static final String HEADER = "\"Variable / Field Name\",\"Form Name\",\"Section Header\","
      + "\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\",\"Field Note\","
      + "\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\","
      + "\"Text Validation Max\"\n";

  @TempDir Path dir;

  static RedcapDictionary sample() {
    try (InputStream in = RedcapDictionaryTest.class.getResourceAsStream(
        "/org/sleepstat/core/io/samples/example_redcap_dictionary.csv")) {
      return RedcapDictionary.parse("example_redcap_dictionary.csv",
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | CodebookException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RedcapDictionary parse(String rows) throws CodebookException {
    return RedcapDictionary.parse("d.csv", HEADER + rows);
  }

  @Test
  void theSampleDictionaryHasItsFieldsFormsAndChoices() {
    RedcapDictionary d = sample();
    assertThat(d.fields()).hasSize(17);
    assertThat(d.forms()).containsExactly("enrolment", "sleep_habits", "pain_diary");
    assertThat(d.recordIdField().name()).isEqualTo("record_id");
    RedcapField pos = d.field("sleep_pos").orElseThrow();
    assertThat(pos.type()).isEqualTo(RedcapField.Type.RADIO);
    assertThat(pos.isCoded()).isTrue();
    assertThat(pos.choices()).containsExactly(new RedcapField.Choice("1", "On my side"),
        new RedcapField.Choice("2", "On my back"), new RedcapField.Choice("3", "On my stomach"),
        new RedcapField.Choice("4", "It varies"));
    assertThat(pos.line()).isEqualTo(6);
    RedcapField age = d.field("AGE").orElseThrow();
    assertThat(age.validation()).isEqualTo("integer");
    assertThat(age.min()).isEqualTo(16.0);
    assertThat(age.max()).isEqualTo(110.0);
    assertThat(d.field("weeks_new").orElseThrow().min()).isNull();
    assertThat(d.field("nothing")).isEmpty();
  }

  @Test
  void aDictionarysHeaderIsKnownAsTheReaderKnowsIt() {
    assertThat(RedcapDictionary.isDictionaryHeader(List.of("Variable / Field Name", "Form Name",
        "Section Header", "Field Type", "Field Label"))).isTrue();
    assertThat(RedcapDictionary.isDictionaryHeader(List.of("field_name", "form_name",
        "field_type"))).isTrue();
    // a survey with a column called form_name is no dictionary without the other two
    assertThat(RedcapDictionary.isDictionaryHeader(List.of("respondent_id", "form_name",
        "sleep_position"))).isFalse();
    assertThat(RedcapDictionary.isDictionaryHeader(List.of("Variable / Field Name",
        "Form Name"))).isFalse();
  }

  @Test
  void yesNoAndTrueFalseHaveRedcapsFixedChoices() throws CodebookException {
    RedcapDictionary d = parse("id,f,,text,Id,,,,,\nq,f,,yesno,Q?,,,,,\nt,f,,truefalse,T?,,,,,\n");
    assertThat(d.field("q").orElseThrow().choices()).containsExactly(
        new RedcapField.Choice("1", "Yes"), new RedcapField.Choice("0", "No"));
    assertThat(d.field("t").orElseThrow().choices()).extracting(RedcapField.Choice::label)
        .containsExactly("True", "False");
    assertThat(d.field("t").orElseThrow().isCoded()).isTrue();
  }

  @Test
  void checkboxFieldsHaveOneColumnPerChoice() {
    RedcapField props = sample().field("props").orElseThrow();
    assertThat(props.isCheckbox()).isTrue();
    assertThat(props.isCoded()).isFalse();
    assertThat(props.columns()).containsExactly("props___1", "props___2", "props___3");
  }

  @Test
  void checkboxCodesAreWrittenAsRedcapNamesTheirColumns() throws CodebookException {
    RedcapDictionary d = parse("id,f,,text,Id,,,,,\nbox,f,,checkbox,Box,\"A, a | -1, none\",,,,\n");
    assertThat(d.field("box").orElseThrow().columns()).containsExactly("box___a", "box____1");
  }

  @Test
  void exportColumnsFollowRedcapsOrder() {
    assertThat(sample().exportColumns(true)).containsExactly("record_id", "redcap_event_name",
        "age", "sex", "bmi", "enrolment_complete", "sleep_pos", "mattress_years", "firmness",
        "mattress_kind", "props___1", "props___2", "props___3", "exercise_days", "new_mattress",
        "weeks_new", "sleep_habits_complete", "pain_wake", "pain_bed", "sleep_q", "pain_weeks",
        "red_flags___1", "red_flags___2", "red_flags___3", "red_flags___4", "red_flags___5",
        "pain_diary_complete");
    assertThat(sample().exportColumns(false)).doesNotContain("redcap_event_name").hasSize(26);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = ';', value = {
      "sleep_pos; sleep_pos; ",
      "SLEEP_POS; sleep_pos; ",
      "props___2; props; Pillow under knees",
      "In which position do you usually fall asleep?; sleep_pos; ",
      "'  In which   position do you usually fall asleep? '; sleep_pos; ",
      "Which supports do you use in bed? (choice=Lumbar roll or towel); props; Lumbar roll or "
          + "towel",
      "Record ID; record_id; "})
  void columnsAreFoundByNameCheckboxColumnOrLabel(String header, String field, String choice) {
    RedcapDictionary.ExportColumn c = sample().column(header).orElseThrow();
    assertThat(c.field().name()).isEqualTo(field);
    if (choice == null) {
      assertThat(c.choice()).isNull();
    } else {
      assertThat(c.choice().label()).isEqualTo(choice);
    }
  }

  @Test
  void unknownHeadersAndTheCheckboxFieldItselfAreNoColumn() {
    assertThat(sample().column("props")).isEmpty();
    assertThat(sample().column("props___9")).isEmpty();
    assertThat(sample().column("StartDate")).isEmpty();
  }

  @Test
  void aLabelSharedByTwoFieldsFindsNeither() throws CodebookException {
    RedcapDictionary d = parse("id,f,,text,Id,,,,,\na,f,,text,Comment,,,,,\nb,g,,text,Comment,,,"
        + ",,\n");
    assertThat(d.column("Comment")).isEmpty();
    assertThat(d.column("b")).isPresent();
  }

  @Test
  void formStatusColumnsAreRecognisedByFormAndLabel() {
    RedcapDictionary d = sample();
    assertThat(d.isFormStatus("sleep_habits_complete")).isTrue();
    assertThat(d.isFormStatus("Complete?")).isTrue();
    assertThat(d.isFormStatus("other_complete")).isFalse();
    assertThat(d.isFormStatus("sleep_habits")).isFalse();
    assertThat(RedcapDictionary.isEventLabel("Event Name")).isTrue();
  }

  @Test
  void codesAndLabelsAreLookedUp() {
    RedcapField firm = sample().field("firmness").orElseThrow();
    assertThat(firm.choiceByCode(" 3 ").orElseThrow().label()).isEqualTo("Medium-firm");
    assertThat(firm.choiceByLabel("medium firm").orElseThrow().code()).isEqualTo("3");
    assertThat(firm.choiceByCode("9")).isEmpty();
    assertThat(firm.labelsLookLikeCodes()).isFalse();
    assertThat(firm.choicesText()).isEqualTo("1, Soft | 2, Medium | 3, Medium-firm | 4, Firm");
  }

  @Test
  void labelsThatAreOtherChoicesCodesAreNoticed() throws CodebookException {
    RedcapDictionary d = parse("id,f,,text,Id,,,,,\nn,f,,radio,N,\"1, 0 | 2, 1\",,,,\n");
    assertThat(d.field("n").orElseThrow().labelsLookLikeCodes()).isTrue();
  }

  @Test
  void onlyNumericValidationsGiveARange() throws CodebookException {
    RedcapDictionary d = parse("id,f,,text,Id,,,,,\n"
        + "a,f,,text,A,,,number_1dp_comma_decimal,\"0,5\",10\n"
        + "b,f,,text,B,,,date_ymd,2020-01-01,2030-12-31\n"
        + "c,f,,text,C,,,integer,[min_field],\n");
    assertThat(d.field("a").orElseThrow().min()).isEqualTo(0.5);
    assertThat(d.field("a").orElseThrow().max()).isEqualTo(10.0);
    assertThat(d.field("b").orElseThrow().min()).isNull();
    assertThat(d.field("c").orElseThrow().min()).isNull();
  }

  /** A bound that is no plain number would switch the dictionary's range check off. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "NaN; d.csv:3: n: Text Validation Min \"NaN\" is not a number",
      "Infinity; d.csv:3: n: Text Validation Min \"Infinity\" is not a number",
      "0x10; d.csv:3: n: Text Validation Min \"0x10\" is not a number",
      "'1,000'; d.csv:3: n: Text Validation Min \"1,000\" is not a number (a decimal comma is"
          + " only for the comma_decimal validations, and a number has no thousands separator)",
      "zero; d.csv:3: n: Text Validation Min \"zero\" is not a number",
  })
  void aBoundThatIsNoNumberIsRefusedNamingItsLine(String bound, String message) {
    assertThatThrownBy(() -> parse("id,f,,text,Id,,,,,\nn,f,,text,N,,,integer,\"" + bound
        + "\",100\n")).isInstanceOf(CodebookException.class).hasMessage(message);
  }

  @Test
  void aMinimumAboveTheMaximumIsRefused() {
    assertThatThrownBy(() -> parse("id,f,,text,Id,,,,,\nn,f,,text,N,,,number,10,0\n"))
        .isInstanceOf(CodebookException.class)
        .hasMessage("d.csv:3: n: Text Validation Min 10 is above Text Validation Max 0");
  }

  @Test
  void aCommaDecimalValidationReadsOnlyItsOwnBoundsWithAComma() throws CodebookException {
    RedcapDictionary d = parse("id,f,,text,Id,,,,,\n"
        + "a,f,,text,A,,,number_comma_decimal,\"1,000\",\"2,5\"\n");
    assertThat(d.field("a").orElseThrow().min()).isEqualTo(1.0);
    assertThat(d.field("a").orElseThrow().max()).isEqualTo(2.5);
  }

  @Test
  void checkboxChoicesExportedAsOneColumnAreRefused() {
    assertThatThrownBy(() -> parse("id,f,,text,Id,,,,,\n"
        + "box,f,,checkbox,Box,\"A, Upper | b, Other | a, Lower\",,,,\n"))
        .isInstanceOf(CodebookException.class)
        .hasMessage("d.csv:3: box: choices \"A\" and \"a\" would both be exported as column"
            + " box___a");
  }

  @Test
  void aLabelTwoChoicesShareFindsNeither() throws CodebookException {
    RedcapDictionary d = parse("id,f,,text,Id,,,,,\nr,f,,radio,R,\"1, Other | 2, Side | 3,"
        + " other\",,,,\n");
    RedcapField r = d.field("r").orElseThrow();
    assertThat(r.choiceByLabel("OTHER")).isEmpty();
    assertThat(r.choiceByLabel("side")).contains(r.choices().get(1));
  }

  @Test
  void theApisColumnNamesWorkToo() throws CodebookException {
    RedcapDictionary d = RedcapDictionary.parse("api.csv", "field_name,form_name,field_type,"
        + "field_label,select_choices_or_calculations,text_validation_type_or_show_slider_number,"
        + "text_validation_min,text_validation_max\nid,f,text,Id,,,,\n"
        + "s,f,dropdown,S,\"1, a | 2, b\",,,\nn,f,text,N,,integer,0,7\n");
    assertThat(d.field("s").orElseThrow().choices()).hasSize(2);
    assertThat(d.field("n").orElseThrow().max()).isEqualTo(7.0);
  }

  @Test
  void aByteOrderMarkAndWindows1252AreRead() throws IOException, CodebookException {
    byte[] text = ("\uFEFF" + HEADER + "id,f,,text,Id,,,,,\nq,f,,radio,Q,\"1, caf\u00e9 | 2, "
        + "th\u00e9\",,,,\n")
        .getBytes(StandardCharsets.UTF_8);
    Path utf8 = Files.write(dir.resolve("utf8.csv"), text);
    assertThat(RedcapDictionary.read(utf8).field("q").orElseThrow().choices().get(0).label())
        .isEqualTo("caf\u00e9");
    Path cp1252 = Files.write(dir.resolve("cp.csv"), (HEADER + "id,f,,text,Id,,,,,\n"
        + "q,f,,radio,Q,\"1, caf\u00e9\",,,,\n").getBytes("windows-1252"));
    assertThat(RedcapDictionary.read(cp1252).field("q").orElseThrow().choices().get(0).label())
        .isEqualTo("caf\u00e9");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "name,type\\nid,text\\n; d.csv:1: not a REDCap data dictionary (the header needs "
          + "\"Variable / Field Name\", \"Form Name\" and \"Field Type\")",
      "Variable / Field Name,Form Name,Field Type\\n; d.csv: the data dictionary has no fields",
      "Variable / Field Name,Form Name,Field Type,Choices Calculations OR Slider "
          + "Labels\\nid,f,text,\\nr,f,radio,\\n; d.csv:3: r: a coded field without choices",
      "Variable / Field Name,Form Name,Field Type,\"Choices, Calculations, OR Slider "
          + "Labels\"\\nid,f,text,\\nr,f,radio,On my side\\n; d.csv:3: r: choice \"On my side\" "
          + "is not \"code, label\"",
      "Variable / Field Name,Form Name,Field Type,\"Choices, Calculations, OR Slider "
          + "Labels\"\\nid,f,text,\\nr,f,radio,\"1, a | 1, b\"\\n; d.csv:3: r: choice code "
          + "\"1\" is used twice",
      "Variable / Field Name,Form Name,Field Type\\nid,f,text\\nx,f,text\\nX,g,text\\n; "
          + "d.csv:4: field \"X\" is defined twice (also on line 3)",
      "Variable / Field Name,Form Name,Field Type\\nid,f,text\\n,f,text\\n; d.csv:3: a field "
          + "without a name"})
  void brokenDictionariesAreOneLineErrors(String text, String message) {
    assertThatThrownBy(() -> RedcapDictionary.parse("d.csv", text.replace("\\n", "\n")))
        .isInstanceOf(CodebookException.class).hasMessage(message);
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> RedcapDictionary.read(missing)).isInstanceOf(CodebookException.class)
        .hasMessage(missing + ": no such data dictionary file");
    assertThatThrownBy(() -> RedcapDictionary.read(dir)).hasMessage(dir
        + ": is a directory, not a data dictionary");
  }

  @Test
  void fieldTypesAreReadIgnoringCase() {
    assertThat(List.of("Radio", "DROPDOWN", "select", "calc", "descriptive", "matrix"))
        .extracting(RedcapField.Type::of).containsExactly(RedcapField.Type.RADIO,
            RedcapField.Type.DROPDOWN, RedcapField.Type.DROPDOWN, RedcapField.Type.CALC,
            RedcapField.Type.DESCRIPTIVE, RedcapField.Type.OTHER);
  }
}
