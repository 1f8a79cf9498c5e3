package org.sleepstat.core.schema;

/** What a variable describes: the respondent, or one wave of a pre/post outcome. */
public enum Role {
  /** A property of the respondent, measured once. */
  RESPONDENT,
  /** An outcome measured before the mattress change (baseline wave). */
  OUTCOME_PRE,
  /** An outcome measured after the mattress change (follow-up wave). */
  OUTCOME_POST
}
