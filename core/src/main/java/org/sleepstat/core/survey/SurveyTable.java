package org.sleepstat.core.survey;

import java.util.List;
import org.sleepstat.core.schema.VariableType;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link Survey#toTable()}: the columns of a survey copied into a Tablesaw table. A class of its
 * own so that only a caller of {@code toTable} needs Tablesaw on the class path; the command-line
 * jar leaves Tablesaw and its dependencies out (43 MB, 22,000 entries that every JVM start would
 * index).
 */
final class SurveyTable {
  private SurveyTable() {}

  static Table of(String name, List<Column> columns) {
    Table table = Table.create(name);
    for (Column c : columns) {
      table.addColumns(toTablesaw(c));
    }
    return table;
  }

  private static tech.tablesaw.columns.Column<?> toTablesaw(Column c) {
    int n = c.size();
    if (c instanceof NumberColumn nc) {
      if (nc.variable().orElseThrow().type() == VariableType.INTEGER) {
        IntColumn out = IntColumn.create(c.name());
        for (int i = 0; i < n; i++) {
          if (nc.isMissing(i)) {
            out.appendMissing();
          } else {
            out.append((int) nc.get(i));
          }
        }
        return out;
      }
      return DoubleColumn.create(c.name(), nc.toArray());
    }
    if (c instanceof LevelColumn lc && lc.variable().orElseThrow().type() == VariableType.BOOLEAN) {
      BooleanColumn out = BooleanColumn.create(c.name());
      for (int i = 0; i < n; i++) {
        if (lc.isMissing(i)) {
          out.appendMissing();
        } else {
          out.append(lc.code(i) == 1);
        }
      }
      return out;
    }
    StringColumn out = StringColumn.create(c.name());
    for (int i = 0; i < n; i++) {
      if (c.isMissing(i)) {
        out.appendMissing();
      } else {
        out.append(c.text(i));
      }
    }
    return out;
  }
}
