package org.sleepstat.report.sheets;

import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/** Statistics in cells: a defined one as a number, an undefined one noted with its reason. */
final class StatCells {
  private StatCells() {}

  /**
   * Writes {@code s} into the next cell of {@code line}, shown as {@code kind}; undefined leaves
   * the cell empty and notes "label: reason".
   */
  static SheetWriter.Line stat(SheetWriter.Line line, Stat s, CellKind kind, String label) {
    return s.isDefined() ? line.number(s.getAsDouble(), kind) : line.undefined(label, s.reason());
  }
}
