package org.sleepstat.core.io;

import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.SurveyBuilder;

/** One row per respondent: a valid row becomes a respondent at once. */
final class WideAssembler extends RowAssembler {
  private final int[] slots;

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
  void readRow(long line, String[] fields) {
    rowId = readId(line, fields);
    if (rowId != null && claimId(rowId, line, fields)) {
      builder.setText(slots[layout.idColumn], rowId);
    }
    for (int c = 0; c < layout.width; c++) {
      Variable v = layout.variables[c];
      if (v == null) {
        if (slots[c] >= 0) {
          builder.setText(slots[c], fields[c]);
        }
      } else if (c != layout.idColumn && readCell(line, fields, c, v)) {
        store(slots[c], v);
      }
    }
  }

  @Override
  void finishRow(long line, String[] fields) {
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
