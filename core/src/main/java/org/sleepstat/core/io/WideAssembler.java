package org.sleepstat.core.io;

import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.SurveyBuilder;

/** One row per respondent: a valid row becomes a respondent at once. */
final class WideAssembler extends RowAssembler {
  private final int[] slots;
  /** Whether the row being read has a valid id (read without a String). */
  private boolean idRead;

  WideAssembler(HeaderLayout layout, SurveyBuilder builder, CellReader cells,
      InvalidValues invalidValues, UnfinishedResponses unfinished) {
    super(layout, builder, cells, invalidValues, unfinished);
    slots = new int[layout.width];
    for (int c = 0; c < layout.width; c++) {
      slots[c] = layout.variables[c] != null ? builder.slotOf(layout.variables[c])
          : layout.extraIndex[c] >= 0 ? builder.extraSlot(layout.extraIndex[c]) : -1;
    }
  }

  @Override
  void readRow(long line, Fields fields) {
    if (fields instanceof CharRecord rec) {
      readId(line, rec);
    } else {
      rowId = readId(line, fields);
      if (rowId != null && claimId(rowId, line, fields)) {
        builder.setText(slots[layout.idColumn], rowId);
      }
    }
    for (int c = 0; c < layout.width; c++) {
      Variable v = layout.variables[c];
      if (v == null) {
        if (slots[c] >= 0) {
          builder.setText(slots[c], fields.get(c));
        }
      } else if (c != layout.idColumn && readCell(line, fields, c, v)) {
        store(slots[c], v);
      }
    }
  }

  /**
   * Reads and claims the id of a CSV record without making a String; {@link #rowId} is set only
   * when the id is a duplicate (a rejected row with a valid id gets it in {@link #finishRow}).
   */
  private void readId(long line, CharRecord rec) {
    int c = layout.idColumn;
    int from = rec.starts[c];
    int to = rec.ends[c];
    while (from < to && CharRecord.isWhitespace(rec.chars[from])) {
      from++;
    }
    while (to > from && CharRecord.isWhitespace(rec.chars[to - 1])) {
      to--;
    }
    if (CellReader.isMissingToken(rec.chars, from, to)) {
      readId(line, (Fields) rec); // records the problem
      return;
    }
    idRead = true;
    if (idClaims.claim(rec.chars, from, to, line) == 0) {
      builder.setText(slots[c], rec.chars, from, to);
    } else {
      rowId = new String(rec.chars, from, to - from);
      claimId(rowId, line, rec); // records the duplicate
    }
  }

  @Override
  void finishRow(long line, Fields fields) {
    if (rowRejected && rowId == null && idRead) {
      rowId = fields.get(layout.idColumn).strip();
    }
    idRead = false;
    if (rowRejected) {
      reject(line, rowId, fields, rowProblems);
      builder.clearRow();
    } else {
      builder.commit(Math.toIntExact(line));
      accepted++;
    }
    rowId = null;
  }

  @Override
  Survey finish() {
    sortByLine();
    return builder.build();
  }
}
