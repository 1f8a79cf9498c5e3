package org.sleepstat.core.schema;

/**
 * Which way an outcome improves. It decides who counts as a responder in the paired analysis:
 * for pain (lower is better) a change of at most minus the threshold, for sleep quality (higher
 * is better) a change of at least the threshold. A study plan says it per outcome.
 */
public enum Direction {
  /** Lower scores are better (pain ratings). */
  LOWER_IS_BETTER,
  /** Higher scores are better (sleep quality). */
  HIGHER_IS_BETTER
}
