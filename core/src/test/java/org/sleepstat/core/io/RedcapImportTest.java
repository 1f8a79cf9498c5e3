package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.CodebookException;
import org.sleepstat.core.schema.RedcapDictionary;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;

/** REDCap exports: the data dictionary's codes, checkboxes, events, form status columns. */
class RedcapImportTest {
  private static final String POSITION_MAP = "column,variable\nposition,sleep_position\n";

  private static final String SAMPLES = "/org/sleepstat/core/io/samples/";

  /** A small project: one form per kind of field, named as REDCap users name them. */
  static final String DICTIONARY = "Variable / Field Name,Form Name,Field Type,Field Label,"
      + "\"Choices, Calculations, OR Slider Labels\",Text Validation Type OR Show Slider Number,"
      + "Text Validation Min,Text Validation Max\n"
      + "study_id,enrol,text,Study ID,,,,\n"
      + "position,enrol,radio,Position,"
      + "\"1, On my side | 2, On my back | 3, Stomach | 4, It varies\",,,\n"
      + "sex,enrol,dropdown,Sex,\"f, Female | m, Male\",,,\n"
      + "exercise,enrol,text,Exercise days,,integer,0,5\n"
      + "aids,enrol,checkbox,Aids in bed,\"1, Pillow between knees | 2, Lumbar roll\",,,\n"
      + "switched,diary,yesno,Switched mattress?,,,,\n"
      + "pain,diary,slider,Pain on waking,,number,,\n";
  static final String MAP = "column,variable\nposition,sleep_position\naids___1,"
      + "pillow_between_knees\naids___2,lumbar_roll\nexercise,exercise_days_week\n"
      + "switched,changed_mattress\npain,pain_morning\n";
  /** For exports of a few columns: a map may only name columns the file has. */
  static final String SMALL_MAP = "column,variable\nposition,sleep_position\n"
      + "exercise,exercise_days_week\n";
  static final String RAW = "study_id,redcap_event_name,position,sex,exercise,aids___1,aids___2,"
      + "enrol_complete,switched,pain,diary_complete\n"
      + "1,baseline_arm_1,2,m,3,1,0,2,,6,2\n"
      + "1,followup_arm_1,,,,,,,1,3,2\n"
      + "2,baseline_arm_1,1,f,0,0,1,2,,5,1\n"
      + "2,followup_arm_1,,,,,,,0,5,2\n";

  static SurveyImporter importer(String dictionary, String map) throws Exception {
    SurveyImporter i = SurveyImporter.withDefaults()
        .with(RedcapDictionary.parse("dictionary.csv", dictionary));
    return map == null ? i : i.with(ColumnMap.parse("map.csv", map));
  }

  private static ImportResult raw() throws Exception {
    return Imports.read(importer(DICTIONARY, MAP), "export.csv", RAW);
  }

  @Test
  void aRawLongitudinalExportIsDecodedAndMergedByRecord() throws Exception {
    ImportResult r = raw();
    assertThat(r.problems()).isEmpty();
    assertThat(r.provenance().formatLabel()).isEqualTo("redcap");
    assertThat(r.provenance().format()).isEqualTo(SurveyFormat.LONG);
    assertThat(r.provenance().source()).isEqualTo(new SourceFormat(SourceFormat.Container.CSV, null,
        SourceFormat.Platform.REDCAP));
    assertThat(r.counts().rows()).isEqualTo(4);
    assertThat(r.counts().accepted()).isEqualTo(4);
    Survey s = r.survey();
    assertThat(s.ids().values()).containsExactly("1", "2");
    assertThat(s.levels("sleep_position").orElseThrow().toCodes()).containsExactly(1, 0);
    assertThat(s.levels("sex").orElseThrow().toCodes()).containsExactly(1, 0);
    assertThat(s.numbers("exercise_days_week").orElseThrow().toArray())
        .containsExactly(3.0, 0.0);
    assertThat(s.levels("pillow_between_knees").orElseThrow().toCodes()).containsExactly(1, 0);
    assertThat(s.levels("lumbar_roll").orElseThrow().toCodes()).containsExactly(0, 1);
    assertThat(s.levels("changed_mattress").orElseThrow().toCodes()).containsExactly(1, 0);
    assertThat(s.numbers("pain_morning_pre").orElseThrow().toArray()).containsExactly(6.0, 5.0);
    assertThat(s.numbers("pain_morning_post").orElseThrow().toArray()).containsExactly(3.0, 5.0);
    assertThat(s.extraColumns()).isEmpty();
  }

  @Test
  void formStatusColumnsAreListedAndKeptOutOfTheData() throws Exception {
    ImportResult r = raw();
    assertThat(r.formStatusColumns()).containsExactly("enrol_complete", "diary_complete");
    assertThat(r.extraColumns()).isEmpty();
    assertThat(r.survey().has("enrol_complete")).isFalse();
    assertThat(r.columns().get(7).kind()).isEqualTo(ColumnMapping.Kind.FORM_STATUS);
  }

  @Test
  void fieldsNamedAsVariablesNeedNoMap() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, null), "export.csv",
        "study_id,sex,sleep_position\n1,m,side\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().levels("sex").orElseThrow().text(0)).isEqualTo("male");
    // REDCap's record id is the dictionary's first field: it is the respondent id
    assertThat(r.columns().get(0).variable()).isEqualTo("respondent_id");
  }

  @Test
  void aLabelExportGivesTheSameSurvey() throws Exception {
    String labels = "study_id,redcap_event_name,position,sex,exercise,aids___1,aids___2,"
        + "enrol_complete,switched,pain,diary_complete\n"
        + "1,Baseline (Arm 1: Arm 1),On my back,Male,3,Checked,Unchecked,Complete,,6,Complete\n"
        + "1,Follow-up (Arm 1: Arm 1),,,,,,,Yes,3,Complete\n"
        + "2,Baseline (Arm 1: Arm 1),On my side,Female,0,Unchecked,Checked,Complete,,5,"
        + "Unverified\n"
        + "2,Follow-up (Arm 1: Arm 1),,,,,,,No,5,Complete\n";
    ImportResult r = Imports.read(importer(DICTIONARY, MAP), "labels.csv", labels);
    assertThat(r.problems()).isEmpty();
    assertThat(Imports.describe(r.survey())).isEqualTo(Imports.describe(raw().survey()));
  }

  @Test
  void aLabelExportWithLabelHeadersGivesTheSameSurvey() throws Exception {
    String labels = "Study ID,Event Name,Position,Sex,Exercise days,"
        + "Aids in bed (choice=Pillow between knees),Aids in bed (choice=Lumbar roll),Complete?,"
        + "Switched mattress?,Pain on waking,Complete?\n"
        + "1,Baseline (Arm 1: Arm 1),On my back,Male,3,Checked,Unchecked,Complete,,6,Complete\n"
        + "1,Follow-up (Arm 1: Arm 1),,,,,,,Yes,3,Complete\n"
        + "2,Baseline (Arm 1: Arm 1),On my side,Female,0,Unchecked,Checked,Complete,,5,Complete\n"
        + "2,Follow-up (Arm 1: Arm 1),,,,,,,No,5,Complete\n";
    ImportResult r = Imports.read(importer(DICTIONARY, MAP), "labels.csv", labels);
    assertThat(r.problems()).isEmpty();
    assertThat(r.formStatusColumns()).containsExactly("Complete?", "Complete?");
    assertThat(Imports.describe(r.survey())).isEqualTo(Imports.describe(raw().survey()));
  }

  @Test
  void aCodeThatIsNoChoiceIsReportedWithTheChoices() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, POSITION_MAP), "export.csv",
        "study_id,position\n1,7\n2,1\n");
    assertThat(Imports.formatted(r)).containsExactly("export.csv:2:2: sleep_position: \"7\" is"
        + " not one of the choices of position in the data dictionary (1 On my side, 2 On my"
        + " back, 3 Stomach, 4 It varies) (row rejected)");
    assertThat(r.problems().get(0).rule()).isEqualTo(Problem.Rule.UNKNOWN_CODE);
    assertThat(r.problems().get(0).value()).isEqualTo("7");
    assertThat(r.counts().accepted()).isEqualTo(1);
  }

  @Test
  void minusOneInAYesNoOrCheckboxFieldIsAnUnknownCodeNotYes() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, "column,variable\nposition,sleep_position\n"
        + "switched,changed_mattress\naids___2,lumbar_roll\n"), "export.csv",
        "study_id,position,switched,aids___2\n1,1,-1,0\n2,1,1,-1\n3,1,1-,1\n4,1,0,_1_\n");
    assertThat(Imports.formatted(r)).containsExactly(
        "export.csv:2:3: changed_mattress: \"-1\" is not one of the choices of switched in the"
            + " data dictionary (1 Yes, 0 No) (row rejected)",
        "export.csv:3:4: lumbar_roll: \"-1\" is not one of the states of checkbox column"
            + " aids___2 in the data dictionary (1 Checked, 0 Unchecked) (row rejected)",
        "export.csv:4:3: changed_mattress: \"1-\" is not one of the choices of switched in the"
            + " data dictionary (1 Yes, 0 No) (row rejected)",
        "export.csv:5:4: lumbar_roll: \"_1_\" is not one of the states of checkbox column"
            + " aids___2 in the data dictionary (1 Checked, 0 Unchecked) (row rejected)");
    assertThat(r.problems()).extracting(Problem::rule).containsOnly(Problem.Rule.UNKNOWN_CODE);
    assertThat(r.counts().accepted()).isZero();
  }

  @Test
  void aCheckboxColumnReadsZeroOneAndTheLabelExportsCheckedUnchecked() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, "column,variable\nposition,sleep_position\n"
        + "aids___2,lumbar_roll\n"), "export.csv",
        "study_id,position,aids___2\n1,1,1\n2,1,0\n3,1,Checked\n4,1,Unchecked\n5,1,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().levels("lumbar_roll").orElseThrow().toCodes())
        .containsExactly(1, 0, 1, 0, -1);
  }

  @Test
  void aValueTheVariableAcceptsAsWrittenNeedsNoChoice() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, POSITION_MAP), "export.csv",
        "study_id,position\n1,supine\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().levels("sleep_position").orElseThrow().text(0)).isEqualTo("back");
  }

  @Test
  void aChoiceWhoseLabelMatchesNoLevelSaysWhichCodeItWas() throws Exception {
    String dictionary = DICTIONARY.replace("3, Stomach", "3, On my tummy");
    ImportResult r = Imports.read(importer(dictionary, POSITION_MAP), "export.csv",
        "study_id,position\n1,3\n");
    assertThat(Imports.formatted(r)).containsExactly("export.csv:2:2: sleep_position: \"On my"
        + " tummy\" is not one of side, back, stomach, combination (position code \"3\" in the"
        + " data dictionary) (row rejected)");
    assertThat(r.problems().get(0).value()).isEqualTo("3");
  }

  @Test
  void theDictionarysRangeIsCheckedOnTopOfTheCodebooks() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, SMALL_MAP), "export.csv",
        "study_id,position,exercise\n1,1,6\n2,1,8\n3,1,5\n");
    assertThat(Imports.formatted(r)).containsExactly(
        "export.csv:2:3: exercise_days_week: \"6\" is above the data dictionary's maximum 5 for"
            + " exercise (row rejected)",
        "export.csv:3:3: exercise_days_week: \"8\" is above the maximum 7 (row rejected)");
    assertThat(r.problems()).extracting(Problem::rule).containsOnly(Problem.Rule.OUT_OF_RANGE);
  }

  @Test
  void lenientSetsAnUnknownCodeOrADictionaryRangeMissing() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, SMALL_MAP).with(InvalidValues.SET_MISSING),
        "export.csv", "study_id,position,sex,exercise\n1,1,x,6\n");
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.problems()).extracting(Problem::action)
        .containsOnly(Problem.Action.SET_MISSING);
    assertThat(r.problems()).extracting(Problem::rule)
        .containsExactly(Problem.Rule.UNKNOWN_CODE, Problem.Rule.OUT_OF_RANGE);
    assertThat(r.survey().levels("sex").orElseThrow().isMissing(0)).isTrue();
  }

  @Test
  void aCodedFieldReadIntoANumberTakesItsLabelWhenThatIsANumber() throws Exception {
    String dictionary = DICTIONARY.replace("exercise,enrol,text,Exercise days,,integer,0,5",
        "exercise,enrol,radio,Exercise days,\"1, 0 | 2, 1 | 3, 2 or more\",,,");
    ImportResult r = Imports.read(importer(dictionary, SMALL_MAP), "export.csv",
        "study_id,position,exercise\n1,1,1\n2,1,2\n3,1,3\n4,1,2 or more\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().numbers("exercise_days_week").orElseThrow().toArray())
        .containsExactly(0.0, 1.0, 3.0, 3.0);
  }

  @Test
  void inALabelHeaderExportAValueIsALabelBeforeItIsACode() throws Exception {
    String dictionary = DICTIONARY.replace("exercise,enrol,text,Exercise days,,integer,0,5",
        "exercise,enrol,radio,Exercise days,\"1, 0 | 2, 1 | 3, 2\",,,");
    ImportResult labels = Imports.read(importer(dictionary, SMALL_MAP), "labels.csv",
        "Study ID,Position,Exercise days\n1,On my side,1\n");
    assertThat(labels.survey().numbers("exercise_days_week").orElseThrow().get(0))
        .isEqualTo(1.0);
    ImportResult raw = Imports.read(importer(dictionary, SMALL_MAP), "raw.csv",
        "study_id,position,exercise\n1,1,1\n");
    assertThat(raw.survey().numbers("exercise_days_week").orElseThrow().get(0)).isEqualTo(0.0);
  }

  @Test
  void withoutADictionaryTheEventColumnAndStatusColumnsAreStillRecognised() throws Exception {
    ImportResult r = Imports.read("export.csv", "record_id,redcap_event_name,sleep_position,"
        + "pain_morning,form_1_complete\n"
        + "7,baseline_arm_1,side,4,2\n7,followup_arm_1,,2,2\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.provenance().format()).isEqualTo(SurveyFormat.LONG);
    assertThat(r.provenance().formatLabel()).isEqualTo("redcap");
    assertThat(r.formStatusColumns()).containsExactly("form_1_complete");
    assertThat(r.columns().get(0).variable()).isEqualTo("respondent_id"); // the first column
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().get(0)).isEqualTo(2.0);
  }

  @Test
  void aPlainFileKeepsItsCompleteColumnAsAnExtra() throws Exception {
    ImportResult r = Imports.read("plain.csv",
        "respondent_id,sleep_position,survey_complete\nA,side,yes\n");
    assertThat(r.extraColumns()).containsExactly("survey_complete");
    assertThat(r.formStatusColumns()).isEmpty();
    assertThat(r.provenance().formatLabel()).isEqualTo("wide");
  }

  @Test
  void withoutADictionaryAProjectWithoutEventsIsKnownByRecordIdFirstAndAStatusColumn()
      throws Exception {
    ImportResult r = Imports.read("export.csv",
        "record_id,sleep_position,pain_morning_pre,baseline_complete\n7,side,4,2\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.provenance().formatLabel()).isEqualTo("redcap");
    assertThat(r.formStatusColumns()).containsExactly("baseline_complete");
    assertThat(r.columns().get(0).variable()).isEqualTo("respondent_id");
  }

  @Test
  void aRecordIdThatIsNotTheFirstColumnMakesNoExport() throws Exception {
    ImportResult r = Imports.read("plain.csv",
        "respondent_id,record_id,sleep_position,survey_complete\nA,7,side,yes\n");
    assertThat(r.provenance().formatLabel()).isEqualTo("wide");
    assertThat(r.extraColumns()).containsExactly("record_id", "survey_complete");
  }

  @Test
  void aRequiredColumnMissingFromAnExportReadWithoutItsDictionaryNamesTheDictionary() {
    assertThatThrownBy(() -> Imports.read("export.csv",
        "record_id,redcap_event_name,pos,pain_morning\n7,baseline_arm_1,1,4\n"))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageEndingWith("; a column map can name the column that holds it, and a REDCap"
            + " export is read with its data dictionary (--dictionary DICTIONARY.csv)");
    assertThatThrownBy(() -> Imports.read(importer(DICTIONARY, null), "export.csv",
        "study_id,redcap_event_name,pos,pain\n7,baseline_arm_1,1,4\n"))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageEndingWith("; a column map can name the column that holds it");
  }

  @Test
  void aDataDictionaryGivenAsTheSurveyIsRefusedInOneLine() {
    assertThatThrownBy(() -> Imports.read("dictionary.csv", DICTIONARY))
        .isInstanceOf(SurveyFileException.class)
        .hasMessage("dictionary.csv:1: this is a REDCap data dictionary, not a survey export:"
            + " pass it with --dictionary and give the export as FILE");
  }

  @Test
  void anEventThatIsNoWaveRejectsItsRow() throws Exception {
    ImportResult r = Imports.read(importer(DICTIONARY, MAP), "export.csv",
        RAW + "3,screening_arm_1,1,f,0,0,0,2,,4,2\n");
    assertThat(r.counts().rejected()).isEqualTo(1);
    assertThat(r.problems()).extracting(Problem::rule).containsExactly(Problem.Rule.UNKNOWN_WAVE);
  }

  @Test
  void theSharedSampleIsReadRowForRow() throws Exception {
    ImportResult r = sample(Codebook.builtIn());
    assertThat(r.counts().rows()).isEqualTo(120);
    assertThat(r.counts().accepted()).isEqualTo(120);
    assertThat(r.problems()).isEmpty();
    assertThat(r.formStatusColumns()).containsExactly("enrolment_complete",
        "sleep_habits_complete", "pain_diary_complete");
    Survey s = r.survey();
    assertThat(s.size()).isEqualTo(60);
    // record 1: baseline 46,2,23.4,2,24,4,2,0,1,0,4 and follow-up new mattress 1 after 7 weeks
    assertThat(s.ids().get(0)).isEqualTo("1");
    assertThat(s.numbers("age_years").orElseThrow().get(0)).isEqualTo(46.0);
    assertThat(s.levels("sex").orElseThrow().text(0)).isEqualTo("male");
    assertThat(s.levels("sleep_position").orElseThrow().text(0)).isEqualTo("back");
    assertThat(s.levels("mattress_firmness").orElseThrow().text(0)).isEqualTo("firm");
    assertThat(s.levels("mattress_type").orElseThrow().text(0)).isEqualTo("memory_foam");
    assertThat(s.levels("pillow_under_knees").orElseThrow().text(0)).isEqualTo("yes");
    assertThat(s.levels("changed_mattress").orElseThrow().text(0)).isEqualTo("yes");
    assertThat(s.numbers("weeks_since_change").orElseThrow().get(0)).isEqualTo(7.0);
    assertThat(s.numbers("pain_morning_pre").orElseThrow().get(0)).isEqualTo(10.0);
    assertThat(s.numbers("pain_morning_post").orElseThrow().get(0)).isEqualTo(8.0);
    assertThat(s.numbers("sleep_quality_post").orElseThrow().isMissing(0)).isTrue();
    assertThat(s.levels("rf_worsening").orElseThrow().text(0)).isEqualTo("no");
  }

  @Test
  void theSharedSampleIsReadWhollyWithACodebookThatSpellsOnMyStomach() throws Exception {
    ImportResult r = sample(withSpelling("on my stomach", "stomach"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(120);
    assertThat(r.survey().size()).isEqualTo(60);
    // red_flags___5 is checked on the baseline rows of records 6, 21 and 59
    assertThat(java.util.Arrays.stream(r.survey().levels("rf_worsening").orElseThrow().toCodes())
        .filter(c -> c == 1).count()).isEqualTo(3);
  }

  static ImportResult sample(Codebook codebook) throws Exception {
    SurveyImporter importer = SurveyImporter.withDefaults().with(codebook)
        .with(RedcapDictionary.parse("dictionary.csv",
            text(SAMPLES + "example_redcap_dictionary.csv")))
        .with(ColumnMap.parse("map.csv", text(SAMPLES + "example_redcap_map.csv")));
    return Imports.read(importer, "export.csv", text(SAMPLES + "example_redcap_export.csv"));
  }

  /** The built-in codebook with one more spelling of sleep_position. */
  static Codebook withSpelling(String spelling, String level) throws CodebookException {
    List<Variable> variables = new ArrayList<>();
    for (Variable v : Codebook.builtIn().variables()) {
      if (v.name().equals("sleep_position")) {
        Map<String, String> spellings = new java.util.HashMap<>(v.spellings());
        spellings.put(spelling, level);
        v = new Variable(v.name(), v.type(), v.required(), v.role(), v.min(), v.max(),
            v.levels(), spellings, v.missingCodes(), v.label());
      }
      variables.add(v);
    }
    return new Codebook("sleep-back-pain", "1+", variables);
  }

  static String text(String resource) {
    return new String(Imports.resource(resource), StandardCharsets.UTF_8);
  }
}
