package org.sleepstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes generated respondents (plain-schema values by variable) as a REDCap longitudinal project
 * would export them: a data dictionary, a column map, and raw or label exports with one row per
 * record and event. Respondent-level fields stand on the baseline event; whether and when the
 * mattress was changed on the follow-up event, as in the shared sample.
 */
final class RedcapExports {
  /** One dictionary field: a schema variable (or outcome, or checkbox choices) behind it. */
  private record Field(String name, String form, String type, String label, String variable,
      String[][] choices, String validation, String min, String max, boolean followUp) {}

  private static final String[][] SEX = {{"1", "Female", "female"}, {"2", "Male", "male"},
      {"3", "Other", "other"}, {"9", "Unknown", "unknown"}};
  private static final String[][] POSITION = {{"1", "On my side", "side"},
      {"2", "On my back", "back"}, {"3", "Stomach", "stomach"}, {"4", "It varies", "combination"}};
  private static final String[][] FIRMNESS = {{"1", "Soft", "soft"}, {"2", "Medium", "medium"},
      {"3", "Medium-firm", "medium_firm"}, {"4", "Firm", "firm"}};
  private static final String[][] TYPE = {{"1", "Innerspring", "innerspring"},
      {"2", "Memory foam", "memory_foam"}, {"3", "Latex", "latex"}, {"4", "Hybrid", "hybrid"},
      {"5", "Air", "air"}, {"6", "Water", "water"}, {"7", "Other", "other"}};
  private static final String[][] PROPS = {{"1", "Pillow between knees", "pillow_between_knees"},
      {"2", "Pillow under knees", "pillow_under_knees"}, {"3", "Lumbar roll", "lumbar_roll"},
      {"4", "Pillow under hips", "pillow_under_hips"}};
  private static final String[][] FLAGS = {
      {"1", "Numbness, tingling or weakness in the legs", "rf_leg_numbness"},
      {"2", "Unexplained weight loss or fever", "rf_weight_loss_fever"},
      {"3", "Trouble controlling bladder or bowels", "rf_bladder_bowel"},
      {"4", "Pain began after a fall or injury", "rf_after_injury"},
      {"5", "Pain is severe or getting worse", "rf_worsening"}};

  private static final List<Field> FIELDS = List.of(
      new Field("record_id", "enrolment", "text", "Record ID", "respondent_id", null, "", "", "",
          false),
      new Field("age", "enrolment", "text", "Age (years)", "age_years", null, "integer", "16",
          "110", false),
      new Field("sex", "enrolment", "radio", "Sex", "sex", SEX, "", "", "", false),
      new Field("bmi", "enrolment", "text", "BMI", "bmi", null, "number", "12", "80", false),
      new Field("sleep_pos", "sleep_habits", "radio", "In which position do you fall asleep?",
          "sleep_position", POSITION, "", "", "", false),
      new Field("mattress_years", "sleep_habits", "text", "How old is your mattress (years)?",
          "mattress_age_years", null, "number", "0", "40", false),
      new Field("firmness", "sleep_habits", "dropdown", "Mattress firmness",
          "mattress_firmness", FIRMNESS, "", "", "", false),
      new Field("mattress_kind", "sleep_habits", "dropdown", "Mattress type", "mattress_type",
          TYPE, "", "", "", false),
      new Field("props", "sleep_habits", "checkbox", "Which supports do you use in bed?", null,
          PROPS, "", "", "", false),
      new Field("exercise_days", "sleep_habits", "text", "Days a week with exercise",
          "exercise_days_week", null, "integer", "0", "7", false),
      new Field("new_mattress", "sleep_habits", "yesno", "Did you switch to a new mattress?",
          "changed_mattress", null, "", "", "", true),
      new Field("weeks_new", "sleep_habits", "text", "Weeks since the switch",
          "weeks_since_change", null, "number", "", "", true),
      new Field("new_firmness", "sleep_habits", "dropdown", "Firmness of the new mattress",
          "new_mattress_firmness", FIRMNESS, "", "", "", true),
      new Field("new_kind", "sleep_habits", "dropdown", "Type of the new mattress",
          "new_mattress_type", TYPE, "", "", "", true),
      new Field("pain_wake", "pain_diary", "slider", "Back pain when you wake up",
          "pain_morning", null, "number", "", "", false),
      new Field("pain_bed", "pain_diary", "slider", "Back pain while in bed", "pain_night", null,
          "number", "", "", false),
      new Field("sleep_q", "pain_diary", "slider", "Sleep quality", "sleep_quality", null,
          "number", "", "", false),
      new Field("pain_weeks", "pain_diary", "text", "Weeks with back pain",
          "pain_duration_weeks", null, "number", "", "", false),
      new Field("red_flags", "pain_diary", "checkbox", "Do any of these apply?", null, FLAGS, "",
          "", "", false));

  private static final List<String> FORMS = List.of("enrolment", "sleep_habits", "pain_diary");
  private static final List<String> OUTCOMES = List.of("pain_morning", "pain_night",
      "sleep_quality");

  private RedcapExports() {}

  /** The project's data dictionary, with REDCap's standard header. */
  static String dictionary() {
    StringBuilder b = new StringBuilder("\"Variable / Field Name\",\"Form Name\","
        + "\"Section Header\",\"Field Type\",\"Field Label\","
        + "\"Choices, Calculations, OR Slider Labels\",\"Field Note\","
        + "\"Text Validation Type OR Show Slider Number\",\"Text Validation Min\","
        + "\"Text Validation Max\",\"Identifier?\"\n");
    for (Field f : FIELDS) {
      List<String> choices = new ArrayList<>();
      if (f.choices() != null) {
        for (String[] c : f.choices()) {
          choices.add(c[0] + ", " + c[1]);
        }
      }
      b.append(Csv.line(List.of(f.name(), f.form(), "", f.type(), f.label(),
          String.join(" | ", choices), "", f.validation(), f.min(), f.max(), "")));
    }
    return b.toString();
  }

  /** The column map: every field (each checkbox choice) to its variable, the event to wave. */
  static String map() {
    StringBuilder b = new StringBuilder("column,variable\n");
    for (Field f : FIELDS) {
      if (f.choices() != null && f.type().equals("checkbox")) {
        for (String[] c : f.choices()) {
          b.append(f.name()).append("___").append(c[0]).append(',').append(c[2]).append('\n');
        }
      } else if (!f.name().equals("record_id") && !f.name().equals("sex")) {
        b.append(f.name()).append(',').append(f.variable()).append('\n'); // sex: by name
      }
    }
    return b.append("redcap_event_name,wave\n").toString();
  }

  /**
   * The export of {@code rows}: raw codes, or labels; headers are field names (raw) or field
   * labels ({@code labelHeaders}, as REDCap's label export writes them).
   */
  static String export(List<Map<String, String>> rows, boolean labels, boolean labelHeaders) {
    List<String> header = new ArrayList<>();
    header.add(labelHeaders ? "Record ID" : "record_id");
    header.add(labelHeaders ? "Event Name" : "redcap_event_name");
    for (String form : FORMS) {
      for (Field f : FIELDS) {
        if (!f.form().equals(form) || f.name().equals("record_id")) {
          continue;
        }
        if (f.type().equals("checkbox")) {
          for (String[] c : f.choices()) {
            header.add(labelHeaders ? f.label() + " (choice=" + c[1] + ")"
                : f.name() + "___" + c[0]);
          }
        } else {
          header.add(labelHeaders ? f.label() : f.name());
        }
      }
      header.add(labelHeaders ? "Complete?" : form + "_complete");
    }
    StringBuilder b = new StringBuilder(Csv.line(header));
    for (Map<String, String> r : rows) {
      for (boolean followUp : new boolean[] {false, true}) {
        b.append(Csv.line(row(r, followUp, labels)));
      }
    }
    return b.toString();
  }

  private static List<String> row(Map<String, String> r, boolean followUp, boolean labels) {
    List<String> cells = new ArrayList<>();
    cells.add(r.get("respondent_id"));
    cells.add(followUp ? (labels ? "Follow-up (Arm 1: Arm 1)" : "followup_arm_1")
        : (labels ? "Baseline (Arm 1: Arm 1)" : "baseline_arm_1"));
    for (String form : FORMS) {
      for (Field f : FIELDS) {
        if (!f.form().equals(form) || f.name().equals("record_id")) {
          continue;
        }
        boolean outcome = f.variable() != null && OUTCOMES.contains(f.variable());
        boolean here = outcome || f.followUp() == followUp;
        if (f.type().equals("checkbox")) {
          for (String[] c : f.choices()) {
            cells.add(here ? checkbox(r.get(c[2]), labels) : "");
          }
          continue;
        }
        String value = !here ? "" : outcome
            ? r.get(f.variable() + (followUp ? "_post" : "_pre")) : r.get(f.variable());
        cells.add(code(f, value, labels));
      }
      boolean filled = !form.equals("enrolment") || !followUp;
      cells.add(filled ? (labels ? "Complete" : "2") : "");
    }
    return cells;
  }

  private static String checkbox(String yesNo, boolean labels) {
    if (yesNo.isEmpty()) {
      return "";
    }
    boolean yes = yesNo.equals("yes");
    return labels ? (yes ? "Checked" : "Unchecked") : (yes ? "1" : "0");
  }

  private static String code(Field f, String value, boolean labels) {
    if (value.isEmpty()) {
      return "";
    }
    if (f.type().equals("yesno")) {
      boolean yes = value.equals("yes");
      return labels ? (yes ? "Yes" : "No") : (yes ? "1" : "0");
    }
    if (f.choices() != null) {
      for (String[] c : f.choices()) {
        if (c[2].equals(value)) {
          return labels ? c[1] : c[0];
        }
      }
      throw new IllegalArgumentException(f.name() + ": no choice for " + value);
    }
    return value;
  }
}
