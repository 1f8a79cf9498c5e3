package org.sleepstat.core.io;

/**
 * How one column of the file was understood.
 *
 * @param index 1-based position in the header
 * @param header the header as written
 * @param variable the codebook variable (or outcome, in a long file) it maps to; null for an
 *     extra column or the long format's wave column
 */
public record ColumnMapping(int index, String header, String variable) {
  /** Whether no codebook variable matched this column. */
  public boolean isExtra() {
    return variable == null;
  }
}
