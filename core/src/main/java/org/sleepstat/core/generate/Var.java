package org.sleepstat.core.generate;

/**
 * The variables of the sleep-back-pain v1 schema in the schema table's order, with how the
 * generator writes each one. A drawn value is an {@code int}: whole numbers for {@link
 * Kind#INTEGER}, tenths for {@link Kind#TENTHS}, an index into {@link #levels} for {@link
 * Kind#LEVEL}, the respondent's number for {@link Kind#ID}; {@link #MISSING} is an empty cell.
 */
enum Var {
  RESPONDENT_ID("respondent_id", Kind.ID),
  AGE_YEARS("age_years", Kind.INTEGER),
  SEX("sex", Kind.LEVEL, "female", "male", "other", "unknown"),
  BMI("bmi", Kind.TENTHS),
  SLEEP_POSITION("sleep_position", Kind.LEVEL, "side", "back", "stomach", "combination"),
  MATTRESS_AGE_YEARS("mattress_age_years", Kind.TENTHS),
  MATTRESS_FIRMNESS("mattress_firmness", Kind.LEVEL, "soft", "medium", "medium_firm", "firm"),
  MATTRESS_TYPE(
      "mattress_type",
      Kind.LEVEL,
      "innerspring",
      "memory_foam",
      "latex",
      "hybrid",
      "air",
      "water",
      "other"),
  PILLOW_BETWEEN_KNEES("pillow_between_knees", Kind.LEVEL, Levels.NO_YES),
  PILLOW_UNDER_KNEES("pillow_under_knees", Kind.LEVEL, Levels.NO_YES),
  LUMBAR_ROLL("lumbar_roll", Kind.LEVEL, Levels.NO_YES),
  EXERCISE_DAYS_WEEK("exercise_days_week", Kind.INTEGER),
  CHANGED_MATTRESS("changed_mattress", Kind.LEVEL, Levels.NO_YES),
  WEEKS_SINCE_CHANGE("weeks_since_change", Kind.TENTHS),
  PAIN_MORNING_PRE("pain_morning_pre", Kind.TENTHS),
  PAIN_MORNING_POST("pain_morning_post", Kind.TENTHS),
  PAIN_NIGHT_PRE("pain_night_pre", Kind.TENTHS),
  PAIN_NIGHT_POST("pain_night_post", Kind.TENTHS),
  SLEEP_QUALITY_PRE("sleep_quality_pre", Kind.TENTHS),
  SLEEP_QUALITY_POST("sleep_quality_post", Kind.TENTHS),
  PAIN_DURATION_WEEKS("pain_duration_weeks", Kind.TENTHS),
  RF_LEG_NUMBNESS("rf_leg_numbness", Kind.LEVEL, Levels.NO_YES),
  RF_WEIGHT_LOSS_FEVER("rf_weight_loss_fever", Kind.LEVEL, Levels.NO_YES),
  RF_BLADDER_BOWEL("rf_bladder_bowel", Kind.LEVEL, Levels.NO_YES),
  RF_AFTER_INJURY("rf_after_injury", Kind.LEVEL, Levels.NO_YES),
  RF_WORSENING("rf_worsening", Kind.LEVEL, Levels.NO_YES);

  enum Kind {
    ID,
    INTEGER,
    TENTHS,
    LEVEL
  }

  /** Boolean levels: index 0 is "no", index 1 is "yes". */
  static final class Levels {
    static final String[] NO_YES = {"no", "yes"};

    private Levels() {}
  }

  static final int MISSING = Integer.MIN_VALUE;
  static final int NO = 0;
  static final int YES = 1;

  /** All variables; {@code values()} copies its array on every call. */
  static final Var[] ALL = values();

  final String column;
  final Kind kind;
  final String[] levels;

  Var(String column, Kind kind, String... levels) {
    this.column = column;
    this.kind = kind;
    this.levels = levels;
  }

  /** True for the {@code _pre}/{@code _post} outcome columns. */
  boolean isOutcome() {
    return column.endsWith("_pre") || column.endsWith("_post");
  }
}
