package org.sleepstat.analysis;

/**
 * Which way an outcome improves. It decides who counts as a responder in the paired analysis:
 * for pain (lower is better) a change of at most minus the threshold, for sleep quality (higher
 * is better) a change of at least the threshold.
 */
public enum Direction {
  /** Lower scores are better (pain ratings). */
  LOWER_IS_BETTER,
  /** Higher scores are better (sleep quality). */
  HIGHER_IS_BETTER;

  /** The default for an outcome name: higher is better for "sleep_quality" only. */
  public static Direction defaultFor(String outcome) {
    return "sleep_quality".equals(outcome) ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
  }
}
