package org.sleepstat.core.generate;

import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;

/**
 * The variables of the sleep-back-pain v1 schema in the schema table's order, with how the
 * generator writes each one; the study's design variables are named as {@link StudyDesign}
 * names them. A drawn value is an {@code int}: whole numbers for {@link Kind#INTEGER}, tenths
 * for {@link Kind#TENTHS}, an index into {@link #levels} for {@link Kind#LEVEL}, the
 * respondent's number for {@link Kind#ID}; {@link #MISSING} is an empty cell.
 */
enum Var {
  RESPONDENT_ID(StudyDesign.ID, Kind.ID),
  AGE_YEARS(StudyDesign.AGE, Kind.INTEGER),
  SEX("sex", Kind.LEVEL, "female", "male", "other", "unknown"),
  BMI(StudyDesign.BMI, Kind.TENTHS),
  SLEEP_POSITION(StudyDesign.POSITION, Kind.LEVEL, "side", "back", "stomach", "combination"),
  MATTRESS_AGE_YEARS(StudyDesign.MATTRESS_AGE, Kind.TENTHS),
  MATTRESS_FIRMNESS(StudyDesign.MATTRESS_FIRMNESS, Kind.LEVEL, Levels.FIRMNESS),
  MATTRESS_TYPE("mattress_type", Kind.LEVEL, Levels.TYPE),
  PILLOW_BETWEEN_KNEES("pillow_between_knees", Kind.LEVEL, Levels.NO_YES),
  PILLOW_UNDER_KNEES("pillow_under_knees", Kind.LEVEL, Levels.NO_YES),
  LUMBAR_ROLL("lumbar_roll", Kind.LEVEL, Levels.NO_YES),
  PILLOW_UNDER_HIPS("pillow_under_hips", Kind.LEVEL, Levels.NO_YES),
  EXERCISE_DAYS_WEEK(StudyDesign.EXERCISE, Kind.INTEGER),
  CHANGED_MATTRESS(StudyDesign.GROUP, Kind.LEVEL, Levels.NO_YES),
  WEEKS_SINCE_CHANGE(StudyDesign.WEEKS_SINCE_CHANGE, Kind.TENTHS),
  NEW_MATTRESS_FIRMNESS(StudyDesign.NEW_MATTRESS_FIRMNESS, Kind.LEVEL, Levels.FIRMNESS),
  NEW_MATTRESS_TYPE("new_mattress_type", Kind.LEVEL, Levels.TYPE),
  PAIN_MORNING_PRE(pre(0), Kind.TENTHS),
  PAIN_MORNING_POST(post(0), Kind.TENTHS),
  PAIN_NIGHT_PRE(pre(1), Kind.TENTHS),
  PAIN_NIGHT_POST(post(1), Kind.TENTHS),
  SLEEP_QUALITY_PRE(pre(2), Kind.TENTHS),
  SLEEP_QUALITY_POST(post(2), Kind.TENTHS),
  PAIN_DURATION_WEEKS("pain_duration_weeks", Kind.TENTHS),
  RF_LEG_NUMBNESS(redFlag("leg_numbness"), Kind.LEVEL, Levels.NO_YES),
  RF_WEIGHT_LOSS_FEVER(redFlag("weight_loss_fever"), Kind.LEVEL, Levels.NO_YES),
  RF_BLADDER_BOWEL(redFlag("bladder_bowel"), Kind.LEVEL, Levels.NO_YES),
  RF_AFTER_INJURY(redFlag("after_injury"), Kind.LEVEL, Levels.NO_YES),
  RF_WORSENING(redFlag("worsening"), Kind.LEVEL, Levels.NO_YES);

  enum Kind {
    ID,
    INTEGER,
    TENTHS,
    LEVEL
  }

  /** Boolean levels: index 0 is "no", index 1 is "yes". */
  static final class Levels {
    static final String[] NO_YES = Variable.BOOLEAN_LEVELS.toArray(String[]::new);
    static final String[] FIRMNESS = {"soft", "medium", StudyDesign.ADVISED_FIRMNESS, "firm"};
    static final String[] TYPE = {
      "innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other"
    };

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

  /**
   * True for the variables added to the schema after the first version (the advice's props and
   * the new mattress): they are drawn from a second stream, so that every earlier column of a
   * file keeps its values for the same seed.
   */
  boolean isSecondStream() {
    return this == PILLOW_UNDER_HIPS || this == NEW_MATTRESS_FIRMNESS || this == NEW_MATTRESS_TYPE;
  }

  /** True for the {@code _pre}/{@code _post} outcome columns. */
  boolean isOutcome() {
    return column.endsWith(Variable.PRE_SUFFIX) || column.endsWith(Variable.POST_SUFFIX);
  }

  /** The baseline column of the {@code k}-th of the study's outcomes. */
  private static String pre(int k) {
    return StudyDesign.OUTCOMES.get(k) + Variable.PRE_SUFFIX;
  }

  /** The follow-up column of the {@code k}-th of the study's outcomes. */
  private static String post(int k) {
    return StudyDesign.OUTCOMES.get(k) + Variable.POST_SUFFIX;
  }

  /** The red flag named {@code rf_<what>}. */
  private static String redFlag(String what) {
    return StudyDesign.RED_FLAG_PREFIX + what;
  }
}
