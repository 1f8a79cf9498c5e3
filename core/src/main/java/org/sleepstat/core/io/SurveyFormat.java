package org.sleepstat.core.io;

import java.util.Locale;

/** The layout of a survey file. */
public enum SurveyFormat {
  /** One row per respondent, outcomes as {@code <outcome>_pre} and {@code <outcome>_post}. */
  WIDE,
  /** One row per respondent and wave, with a {@code wave} column. */
  LONG;

  /** The name used in output: "wide", "long". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
