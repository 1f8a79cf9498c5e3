package org.sleepstat.core.io;

/** What the importer does with a row that has an invalid value. */
public enum InvalidValues {
  /** Reject the whole row (the default). */
  REJECT_ROW,
  /**
   * Keep the row with the invalid value set missing ({@code --lenient}). Rows with a problem that
   * cannot be mended this way (wrong field count, missing or duplicate id, a required value) are
   * still rejected.
   */
  SET_MISSING
}
