package org.sleepstat.core.io;

/**
 * What the importer does with a Qualtrics response whose {@code Finished} column is False (the
 * respondent left the survey before its end).
 */
public enum UnfinishedResponses {
  /** Reject the row with an {@link Problem.Rule#UNFINISHED} problem (the default). */
  EXCLUDE,
  /** Read the row like any other; the Finished column stays in the data as an extra column. */
  INCLUDE
}
