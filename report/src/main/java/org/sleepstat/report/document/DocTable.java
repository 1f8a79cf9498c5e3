package org.sleepstat.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A table of the document as text: its caption, the header, the rows and the notes below it, and
 * the width of each column in twentieths of a point (twips), so that the table fits the page as
 * laid out here rather than as a word processor guesses.
 *
 * @param caption e.g. "Table 1. Baseline characteristics"
 * @param header one text per column
 * @param rows the body
 * @param notes footnotes, one paragraph each
 * @param widths one width per column, in twips
 * @param left per column, whether its text is aligned left (labels, words) rather than centred
 *     (numbers)
 */
record DocTable(String caption, List<String> header, List<Row> rows, List<String> notes,
    List<Integer> widths, List<Boolean> left) {

  /** Checks that every row and width matches the header. */
  DocTable {
    Objects.requireNonNull(caption, "caption");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    widths = List.copyOf(widths);
    left = List.copyOf(left);
    if (widths.size() != header.size() || left.size() != header.size()) {
      throw new IllegalArgumentException(widths.size() + " widths and " + left.size()
          + " alignments for " + header.size() + " columns");
    }
    for (Row r : rows) {
      if (r.cells().size() != header.size()) {
        throw new IllegalArgumentException("row " + r.cells() + " has " + r.cells().size()
            + " cells for " + header.size() + " columns");
      }
    }
  }

  /** The table's width in twips. */
  int width() {
    return widths.stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * One row.
   *
   * @param cells one text per column, the label first
   * @param indent levels the label is indented by: 0 for a variable, 1 for its levels
   * @param startsGroup whether a thin space separates it from the row above (a new outcome)
   */
  record Row(List<String> cells, int indent, boolean startsGroup) {
    Row {
      cells = List.copyOf(cells);
      if (indent < 0) {
        throw new IllegalArgumentException("indent " + indent);
      }
    }
  }
}
