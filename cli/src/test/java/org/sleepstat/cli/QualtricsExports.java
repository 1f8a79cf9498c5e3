package org.sleepstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes generated respondents as a Qualtrics CSV export: metadata columns, question columns
 * {@code Q1…} with choice texts, a row of question texts and a row of ImportIds after the header,
 * and optionally some responses that were never finished.
 */
final class QualtricsExports {
  /** A question: its column, ImportId, text and the variable it asks for. */
  private record Question(String column, String importId, String text, String variable) {}

  private static final List<String> METADATA = List.of("StartDate", "EndDate", "Status",
      "Progress", "Duration (in seconds)", "Finished", "ResponseId");
  private static final List<Question> QUESTIONS = List.of(
      new Question("Q1", "QID1_TEXT", "Participant code", "respondent_id"),
      new Question("Q2", "QID2_TEXT", "What is your age?", "age_years"),
      new Question("Q3", "QID3", "What is your sex?", "sex"),
      new Question("Q4", "QID4", "In which position do you usually fall asleep?",
          "sleep_position"),
      new Question("Q5", "QID5_TEXT", "Your BMI, if you know it", "bmi"),
      new Question("Q6", "QID6_TEXT", "How old is your mattress, in years?",
          "mattress_age_years"),
      new Question("Q7", "QID7", "How firm is your mattress?", "mattress_firmness"),
      new Question("Q8", "QID8", "What kind of mattress is it?", "mattress_type"),
      new Question("Q9_1", "QID9_1", "Supports - Pillow between knees", "pillow_between_knees"),
      new Question("Q9_2", "QID9_2", "Supports - Pillow under knees", "pillow_under_knees"),
      new Question("Q9_3", "QID9_3", "Supports - Lumbar roll", "lumbar_roll"),
      new Question("Q9_4", "QID9_4", "Supports - Pillow under hips", "pillow_under_hips"),
      new Question("Q10", "QID10_TEXT", "Days a week with exercise", "exercise_days_week"),
      new Question("Q11", "QID11", "Have you switched to a new mattress?", "changed_mattress"),
      new Question("Q12", "QID12_TEXT", "How many weeks ago?", "weeks_since_change"),
      new Question("Q18", "QID18", "How firm is the new mattress?", "new_mattress_firmness"),
      new Question("Q19", "QID19", "What kind is the new mattress?", "new_mattress_type"),
      new Question("Q13_1", "QID13_1", "Back pain on waking - Before", "pain_morning_pre"),
      new Question("Q13_2", "QID13_2", "Back pain on waking - Now", "pain_morning_post"),
      new Question("Q14_1", "QID14_1", "Back pain in bed - Before", "pain_night_pre"),
      new Question("Q14_2", "QID14_2", "Back pain in bed - Now", "pain_night_post"),
      new Question("Q15_1", "QID15_1", "Sleep quality - Before", "sleep_quality_pre"),
      new Question("Q15_2", "QID15_2", "Sleep quality - Now", "sleep_quality_post"),
      new Question("Q16", "QID16_TEXT", "How many weeks have you had back pain?",
          "pain_duration_weeks"),
      new Question("Q17_1", "QID17_1", "Numbness, tingling or weakness in the legs",
          "rf_leg_numbness"),
      new Question("Q17_2", "QID17_2", "Unexplained weight loss or fever",
          "rf_weight_loss_fever"),
      new Question("Q17_3", "QID17_3", "Trouble with bladder or bowels", "rf_bladder_bowel"),
      new Question("Q17_4", "QID17_4", "Pain began after a fall or injury", "rf_after_injury"),
      new Question("Q17_5", "QID17_5", "Pain is severe or getting worse", "rf_worsening"));

  private QualtricsExports() {}

  /** The map: odd questions by column name, even ones by ImportId. */
  static String map() {
    StringBuilder b = new StringBuilder("column,variable\n");
    for (int i = 0; i < QUESTIONS.size(); i++) {
      Question q = QUESTIONS.get(i);
      b.append(i % 2 == 0 ? q.column() : q.importId()).append(',').append(q.variable())
          .append('\n');
    }
    return b.toString();
  }

  /** The export of {@code rows}, followed by {@code unfinished} responses left half-way. */
  static String export(List<Map<String, String>> rows, int unfinished) {
    List<String> header = new ArrayList<>(METADATA);
    List<String> texts = new ArrayList<>(List.of("Start Date", "End Date", "Response Type",
        "Progress", "Duration (in seconds)", "Finished", "Response ID"));
    List<String> ids = new ArrayList<>(List.of("{\"ImportId\":\"startDate\",\"timeZone\":"
        + "\"Europe/Berlin\"}", "{\"ImportId\":\"endDate\",\"timeZone\":\"Europe/Berlin\"}",
        "{\"ImportId\":\"status\"}", "{\"ImportId\":\"progress\"}", "{\"ImportId\":\"duration\"}",
        "{\"ImportId\":\"finished\"}", "{\"ImportId\":\"_recordId\"}"));
    for (Question q : QUESTIONS) {
      header.add(q.column());
      texts.add(q.text());
      ids.add("{\"ImportId\":\"" + q.importId() + "\"}");
    }
    StringBuilder b = new StringBuilder(Csv.line(header)).append(Csv.line(texts))
        .append(Csv.line(ids));
    int n = 0;
    for (Map<String, String> r : rows) {
      b.append(Csv.line(response(++n, true, r, QUESTIONS.size())));
    }
    for (int u = 0; u < unfinished; u++) {
      b.append(Csv.line(response(++n, false, rows.get(u), 4)));
    }
    return b.toString();
  }

  private static List<String> response(int n, boolean finished, Map<String, String> r,
      int answered) {
    List<String> cells = new ArrayList<>(List.of(
        String.format(Locale.ROOT, "2026-03-%02d 09:%02d:00", 1 + n % 28, n % 60),
        String.format(Locale.ROOT, "2026-03-%02d 09:%02d:00", 1 + n % 28, (n + 7) % 60),
        "IP Address", finished ? "100" : "30", String.valueOf(300 + n), finished ? "True" : "False",
        String.format(Locale.ROOT, "R_%08d", n)));
    for (int i = 0; i < QUESTIONS.size(); i++) {
      String v = i < answered ? r.get(QUESTIONS.get(i).variable()) : "";
      cells.add(i == 0 && !finished ? v + "-unfinished" : text(v));
    }
    return cells;
  }

  /** The choice text a respondent clicked for a level ("On my side", "Medium-firm", "Yes"). */
  private static String text(String level) {
    return switch (level) {
      case "side" -> "On my side";
      case "back" -> "On my back";
      case "stomach" -> "Stomach";
      case "combination" -> "It varies";
      case "medium_firm" -> "Medium-firm";
      case "memory_foam" -> "Memory foam";
      case "yes", "no", "female", "male", "other", "unknown", "soft", "medium", "firm",
          "innerspring", "latex", "hybrid", "air", "water" ->
          level.substring(0, 1).toUpperCase(Locale.ROOT) + level.substring(1);
      default -> level;
    };
  }
}
