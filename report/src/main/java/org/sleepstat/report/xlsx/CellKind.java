package org.sleepstat.report.xlsx;

/** How a value is written into a cell: its type and number format. */
public enum CellKind {
  /** Text as given (never a formula). */
  TEXT,
  /** Long text, wrapped inside a wide column. */
  WRAP,
  /** Text indented one step under the row above (a level under its variable). */
  INDENTED,
  /** Text of figures, centred in its column ("46.6 (15.0)"). */
  CENTRED,
  /** A whole number: "#,##0". */
  COUNT,
  /** An estimate on the outcome's scale: "0.00". */
  NUMBER,
  /** A test statistic or effect size: "0.000". */
  PRECISE,
  /** A p-value: kept exact, shown "<0.001" below 0.001 and "0.000" otherwise. */
  P,
  /** A share between 0 and 1, shown as a percentage: "0.0%". */
  SHARE,
  /** A number as it was in the data, in Excel's General format. */
  GENERAL
}
