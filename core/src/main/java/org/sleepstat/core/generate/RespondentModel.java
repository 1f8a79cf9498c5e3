package org.sleepstat.core.generate;

import static org.sleepstat.core.generate.Var.MISSING;
import static org.sleepstat.core.generate.Var.NO;
import static org.sleepstat.core.generate.Var.YES;

/**
 * Draws one synthetic respondent. The model and its numbers are described in {@link
 * SurveyGenerator}'s Javadoc and in data/README.md; keep the three in step. The order of the
 * draws is part of the output's definition: changing it changes every file for every seed.
 */
final class RespondentModel {
  // Level indexes, in Var's (the schema's) order.
  private static final int SIDE = 0;
  private static final int BACK = 1;
  private static final int STOMACH = 2;

  private static final double[] SEX = {0.54, 0.44, 0.01, 0.01};
  private static final double[] POSITION = {0.55, 0.20, 0.12, 0.13};
  private static final double[] FIRMNESS = {0.12, 0.33, 0.38, 0.17};
  // innerspring, memory_foam, latex, hybrid, air, water, other
  private static final double[] TYPE = {0.36, 0.28, 0.09, 0.16, 0.04, 0.02, 0.05};
  private static final double[] EXERCISE_DAYS = {0.20, 0.12, 0.15, 0.16, 0.12, 0.10, 0.06, 0.09};

  // Props by position: side, back, stomach, combination.
  private static final double[] PILLOW_BETWEEN_KNEES = {0.45, 0.08, 0.06, 0.25};
  private static final double[] PILLOW_UNDER_KNEES = {0.05, 0.35, 0.04, 0.12};
  private static final double[] LUMBAR_ROLL = {0.08, 0.18, 0.05, 0.10};
  private static final double[] PILLOW_UNDER_HIPS = {0.03, 0.03, 0.30, 0.10};

  // The new mattress of a changer: firmness (soft, medium, medium_firm, firm) and type.
  private static final double[] NEW_FIRMNESS = {0.08, 0.30, 0.45, 0.17};
  private static final double[] NEW_TYPE = {0.25, 0.33, 0.12, 0.22, 0.03, 0.01, 0.04};

  // Baseline morning pain: added points by position and by firmness.
  private static final double[] PAIN_BY_POSITION = {0.0, 0.3, 1.2, 0.5};
  private static final double[] PAIN_BY_FIRMNESS = {0.6, 0.1, -0.2, 0.4};

  private static final double MATTRESS_AGE_MEDIAN = 6.5;
  private static final double MEAN_MATTRESS_AGE = 7.8; // of the log-normal above, sigma 0.6

  private static final double DIARY_SHARE = 0.30;
  private static final double DROPOUT = 0.05;
  private static final double ITEM_MISSING = 0.03;

  // leg numbness, weight loss/fever, bladder/bowel, after injury, worsening
  private static final double[] RED_FLAGS = {0.035, 0.010, 0.010, 0.030, 0.025};

  private RespondentModel() {}

  /**
   * Fills {@code v} (indexed by {@link Var#ordinal()}) with the next respondent's values. The id
   * slot is left alone: the writer numbers respondents itself.
   */
  static void draw(SplitMix64 rng, SplitMix64 second, int[] v) {
    draw(rng, second, v, null);
  }

  /**
   * As {@link #draw(SplitMix64, SplitMix64, int[])}, and, when {@code latent} is not null, the
   * values behind the scores for the waves between the first and the last ({@link WaveModel}):
   * the three outcomes before, their three changes, 1 for a diary respondent, 1 for a drop-out.
   * The draws are the same either way.
   */
  static void draw(SplitMix64 rng, SplitMix64 second, int[] v, double[] latent) {
    int age = (int) clamp(Math.round(rng.normal(46, 15)), 18, 90);
    v[Var.AGE_YEARS.ordinal()] = age;
    v[Var.SEX.ordinal()] = rng.pick(SEX);
    int bmi = tenths(rng.logNormal(27, 0.17), 150, 600);
    v[Var.BMI.ordinal()] = bmi;

    int position = rng.pick(POSITION);
    v[Var.SLEEP_POSITION.ordinal()] = position;
    int mattressAge = tenths(rng.logNormal(MATTRESS_AGE_MEDIAN, 0.6), 1, 400);
    v[Var.MATTRESS_AGE_YEARS.ordinal()] = mattressAge;
    int firmness = rng.pick(FIRMNESS);
    v[Var.MATTRESS_FIRMNESS.ordinal()] = firmness;
    v[Var.MATTRESS_TYPE.ordinal()] = rng.pick(TYPE);

    boolean betweenKnees = rng.chance(PILLOW_BETWEEN_KNEES[position]);
    boolean underKnees = rng.chance(PILLOW_UNDER_KNEES[position]);
    v[Var.PILLOW_BETWEEN_KNEES.ordinal()] = betweenKnees ? YES : NO;
    v[Var.PILLOW_UNDER_KNEES.ordinal()] = underKnees ? YES : NO;
    v[Var.LUMBAR_ROLL.ordinal()] = rng.chance(LUMBAR_ROLL[position]) ? YES : NO;
    int exercise = rng.pick(EXERCISE_DAYS);
    v[Var.EXERCISE_DAYS_WEEK.ordinal()] = exercise;

    double years = mattressAge / 10.0;
    double pChange = clamp(0.45 + 0.02 * (years - MEAN_MATTRESS_AGE), 0.15, 0.85);
    boolean changed = rng.chance(pChange);
    v[Var.CHANGED_MATTRESS.ordinal()] = changed ? YES : NO;
    v[Var.WEEKS_SINCE_CHANGE.ordinal()] = changed ? 10 * rng.nextInt(2, 26) : MISSING;

    // Baseline pain: the person's level plus what their bed, position and body add.
    double propRelief =
        (position == SIDE && betweenKnees) || (position == BACK && underKnees) ? -0.3 : 0.0;
    double morningPre =
        rng.normal(4.0, 1.5)
            + 0.15 * (years - MATTRESS_AGE_MEDIAN)
            + PAIN_BY_POSITION[position]
            + PAIN_BY_FIRMNESS[firmness]
            + 0.02 * (age - 46)
            + 0.04 * (bmi / 10.0 - 27)
            - 0.12 * (exercise - 3)
            + propRelief;
    double nightPre = morningPre - 0.5 + rng.normal(0, 1.0);
    double sleepPre = 8.0 - 0.45 * (clampScore(morningPre) + clampScore(nightPre)) / 2
        + rng.normal(0, 1.2);

    // Change between waves: changers improve by about 2 points with a wide spread.
    double dMorning = changed ? rng.normal(-2.2, 1.8) : rng.normal(-0.2, 0.9);
    double dNight = 0.8 * dMorning + rng.normal(0, 0.8);
    double dSleep = -0.6 * (dMorning + dNight) / 2 + rng.normal(0, 0.8);

    boolean diary = rng.chance(DIARY_SHARE);
    v[Var.PAIN_MORNING_PRE.ordinal()] = score(morningPre, diary);
    v[Var.PAIN_MORNING_POST.ordinal()] = score(morningPre + dMorning, diary);
    v[Var.PAIN_NIGHT_PRE.ordinal()] = score(nightPre, diary);
    v[Var.PAIN_NIGHT_POST.ordinal()] = score(nightPre + dNight, diary);
    v[Var.SLEEP_QUALITY_PRE.ordinal()] = score(sleepPre, diary);
    v[Var.SLEEP_QUALITY_POST.ordinal()] = score(sleepPre + dSleep, diary);

    v[Var.PAIN_DURATION_WEEKS.ordinal()] =
        10 * (int) clamp(Math.round(rng.logNormal(26, 1.1)), 1, 2600);

    int rf = Var.RF_LEG_NUMBNESS.ordinal();
    for (int i = 0; i < RED_FLAGS.length; i++) {
      v[rf + i] = rng.chance(RED_FLAGS[i]) ? YES : NO;
    }

    boolean dropout = rng.chance(DROPOUT);
    if (latent != null) {
      double[] l = {morningPre, nightPre, sleepPre, dMorning, dNight, dSleep, diary ? 1 : 0,
          dropout ? 1 : 0};
      System.arraycopy(l, 0, latent, 0, l.length);
    }
    if (dropout) {
      v[Var.PAIN_MORNING_POST.ordinal()] = MISSING;
      v[Var.PAIN_NIGHT_POST.ordinal()] = MISSING;
      v[Var.SLEEP_QUALITY_POST.ordinal()] = MISSING;
    }
    // Item non-response: never the id or the sleep position (both required).
    for (Var var : Var.ALL) {
      if (var != Var.RESPONDENT_ID && var != Var.SLEEP_POSITION && !var.isSecondStream()
          && rng.chance(ITEM_MISSING)) {
        v[var.ordinal()] = MISSING;
      }
    }
    drawSecond(second, position, changed, v);
  }

  /**
   * The variables added after the first version, from the second stream: a pillow under the
   * hips (by position) and, for changers, the new mattress's firmness and type, each then blank
   * with the item non-response probability. They do not move any outcome.
   */
  private static void drawSecond(SplitMix64 rng, int position, boolean changed, int[] v) {
    v[Var.PILLOW_UNDER_HIPS.ordinal()] = rng.chance(PILLOW_UNDER_HIPS[position]) ? YES : NO;
    int firmness = rng.pick(NEW_FIRMNESS);
    int type = rng.pick(NEW_TYPE);
    v[Var.NEW_MATTRESS_FIRMNESS.ordinal()] = changed ? firmness : MISSING;
    v[Var.NEW_MATTRESS_TYPE.ordinal()] = changed ? type : MISSING;
    for (Var var : Var.ALL) {
      if (var.isSecondStream() && rng.chance(ITEM_MISSING)) {
        v[var.ordinal()] = MISSING;
      }
    }
  }

  /** A 0–10 score in tenths: one decimal for diary averages, whole points otherwise. */
  static int score(double x, boolean diary) {
    double s = clampScore(x);
    return diary ? (int) Math.round(s * 10) : 10 * (int) Math.round(s);
  }

  private static double clampScore(double x) {
    return clamp(x, 0, 10);
  }

  /** {@code x} rounded to tenths, clamped to [{@code lo}, {@code hi}] tenths. */
  private static int tenths(double x, int lo, int hi) {
    return (int) clamp(Math.round(x * 10), lo, hi);
  }

  private static double clamp(double x, double lo, double hi) {
    return x < lo ? lo : (x > hi ? hi : x);
  }

  private static long clamp(long x, long lo, long hi) {
    return x < lo ? lo : (x > hi ? hi : x);
  }
}
