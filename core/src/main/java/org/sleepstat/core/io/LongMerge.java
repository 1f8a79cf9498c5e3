package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.Waves;
import org.sleepstat.core.survey.SurveyBuilder;

/**
 * Merges the kept rows of one respondent of a long file, in file order, once the waves are
 * known: a second row for a wave is rejected as a duplicate; two different values of a
 * respondent-level variable reject every row of the respondent, with a problem on both rows;
 * a required variable must have a value on some row. An accepted respondent becomes one row of
 * the survey. One instance serves a whole file, respondent after respondent.
 */
final class LongMerge {
  private final LongAssembler rows;
  private final HeaderLayout layout;
  private final SurveyBuilder builder;
  private final int slotCount;
  /** Per column: the slot of a respondent-level or extra column, else -1. */
  private final int[] slot;
  /** Per slot: the respondent-level variable and its column (null and 0 for extra columns). */
  private final Variable[] slotVariable;
  private final int[] slotColumn;
  /** Per outcome column: its outcome's index, and the slots of its _pre and _post columns. */
  private final int[] outcome;
  private final int[] preSlot;
  private final int[] postSlot;
  private final List<String> outcomeNames = new ArrayList<>();
  private final List<Variable> outcomeVariables = new ArrayList<>();

  private Waves.Placement placement;
  private final Object[] values;
  private final int[] source;
  private final Object[] rowValues;
  private double[] rowOutcome;
  private double[][] at;
  private int[] waveRow;
  private final List<Pending> merged = new ArrayList<>();
  private final List<CharRecord> records = new ArrayList<>();

  /** A row of the respondent that took its wave. */
  private record Pending(long line, CharRecord fields, List<Problem> problems) {}

  LongMerge(LongAssembler rows) {
    this.rows = rows;
    this.layout = rows.layout;
    this.builder = rows.builder;
    this.slotCount = builder.slotCount();
    int width = layout.width;
    slot = new int[width];
    outcome = new int[width];
    preSlot = new int[width];
    postSlot = new int[width];
    Map<Codebook.Outcome, Integer> index = new LinkedHashMap<>();
    for (int c = 0; c < width; c++) {
      Codebook.Outcome o = layout.outcomes[c];
      slot[c] = layout.variables[c] != null ? builder.slotOf(layout.variables[c])
          : layout.extraIndex[c] >= 0 ? builder.extraSlot(layout.extraIndex[c]) : -1;
      outcome[c] = -1;
      if (o != null) {
        slot[c] = -1;
        outcome[c] = index.computeIfAbsent(o, k -> index.size());
        preSlot[c] = o.pre() == null ? -1 : builder.slotOf(o.pre());
        postSlot[c] = o.post() == null ? -1 : builder.slotOf(o.post());
        if (outcome[c] == outcomeNames.size()) {
          outcomeNames.add(o.name());
          outcomeVariables.add(o.pre() != null ? o.pre() : o.post());
        }
      }
    }
    slotVariable = new Variable[slotCount];
    slotColumn = new int[slotCount];
    for (int c = 0; c < width; c++) {
      if (slot[c] >= 0 && layout.variables[c] != null) {
        slotVariable[slot[c]] = layout.variables[c];
        slotColumn[slot[c]] = c;
      }
    }
    values = new Object[slotCount];
    source = new int[slotCount];
    rowValues = new Object[slotCount];
  }

  List<String> outcomeNames() {
    return outcomeNames;
  }

  List<Variable> outcomeVariables() {
    return outcomeVariables;
  }

  /** Called once the waves are placed, before the first respondent. */
  void start(Waves.Placement waves) {
    this.placement = waves;
    int k = outcomeNames.size();
    rowOutcome = new double[k];
    at = new double[k][waves.waves().size()];
    waveRow = new int[waves.waves().size()];
  }

  /** A valid cell of column {@code c} read again. */
  void value(int c, Object value) {
    if (outcome[c] >= 0) {
      rowOutcome[outcome[c]] = (Double) value;
    } else if (slot[c] >= 0) {
      rowValues[slot[c]] = value;
    }
  }

  /** A cell of a column without a codebook variable. */
  void extra(int c, String text) {
    if (slot[c] >= 0 && !text.isBlank()) {
      rowValues[slot[c]] = text;
    }
  }

  /** Merges the rows of respondent {@code id}, from its first kept row on. */
  void respondent(String id, int first) {
    Arrays.fill(values, null);
    for (double[] a : at) {
      Arrays.fill(a, Double.NaN);
    }
    Arrays.fill(waveRow, -1);
    merged.clear();
    boolean rejected = false;
    for (int row = first; row >= 0; row = rows.rowNext(row)) {
      int wave = placement.position(rows.rowLabel(row));
      CharRecord fields = record(merged.size());
      rows.readArchived(row, fields);
      long line = rows.rowLine(row);
      List<Problem> notes = rows.notes(row);
      if (wave < 0) {
        Problem p = rows.unknownWave(line, fields);
        int i = 0;
        while (i < notes.size() && notes.get(i).column() <= p.column()) {
          i++;
        }
        notes.add(i, p);
        rows.reject(line, id, fields, notes);
        continue;
      }
      Arrays.fill(rowValues, null);
      Arrays.fill(rowOutcome, Double.NaN);
      rows.reread(row, fields, this);
      if (waveRow[wave] >= 0) {
        notes.add(duplicate(id, line, fields, wave));
        rows.reject(line, id, fields, notes);
        continue;
      }
      Pending p = new Pending(line, fields, notes);
      waveRow[wave] = merged.size();
      merged.add(p);
      boolean conflict = false;
      for (int s = 0; s < slotCount; s++) {
        Object mine = rowValues[s];
        Object theirs = values[s];
        if (mine != null && theirs != null && !mine.equals(theirs) && slotVariable[s] != null) {
          conflict(id, p, merged.get(source[s]), s, mine, theirs);
          conflict = true;
        }
      }
      if (conflict) {
        // the row still takes its wave: a later row for it is a duplicate, not a silent reject
        rejected = true;
        continue;
      }
      for (int s = 0; s < slotCount; s++) {
        if (rowValues[s] != null && values[s] == null) {
          values[s] = rowValues[s];
          source[s] = merged.size() - 1;
        }
      }
      for (int k = 0; k < rowOutcome.length; k++) {
        at[k][wave] = rowOutcome[k];
      }
    }
    if (merged.isEmpty()) {
      return;
    }
    rejected = rejected || !checkRequired(id);
    if (rejected) {
      for (Pending p : merged) {
        rows.reject(p.line(), id, p.fields(), p.problems());
      }
      return;
    }
    rows.countAccepted(merged.size());
    commit(id, Math.toIntExact(merged.get(0).line()));
  }

  private void commit(String id, int line) {
    builder.setText(builder.slotOf(layout.variables[layout.idColumn]), id);
    for (int s = 0; s < slotCount; s++) {
      Object value = values[s];
      if (value instanceof Double d) {
        builder.setNumber(s, d);
      } else if (value instanceof Integer code) {
        builder.setCode(s, code);
      } else if (value instanceof String text) {
        builder.setText(s, text);
      }
    }
    for (int c = 0; c < layout.width; c++) {
      int k = outcome[c];
      if (k >= 0) {
        wide(preSlot[c], k, placement.pre());
        wide(postSlot[c], k, placement.post());
      }
    }
    if (placement.repeated()) {
      for (int k = 0; k < at.length; k++) {
        for (int w = 0; w < at[k].length; w++) {
          builder.setRepeated(k, w, at[k][w]);
        }
      }
    }
    builder.commit(line);
  }

  private void wide(int s, int k, int wave) {
    if (s >= 0 && wave >= 0 && !Double.isNaN(at[k][wave])) {
      builder.setNumber(s, at[k][wave]);
    }
  }

  private Problem duplicate(String id, long line, CharRecord fields, int wave) {
    int wc = layout.waveColumn;
    String name = placement.repeated() ? CellReader.quote(placement.waves().get(wave).label())
        : wave == placement.pre() ? "pre" : "post";
    Problem p = new Problem(RowAssembler.lineOfField(line, fields, wc), wc + 1, HeaderLayout.WAVE,
        fields.get(wc), Problem.Rule.DUPLICATE_WAVE, "respondent " + CellReader.quote(id)
            + " already has a " + name + " row (line " + merged.get(waveRow[wave]).line() + ")",
        Problem.Action.ROW_REJECTED);
    rows.problems.add(p);
    return p;
  }

  private void conflict(String id, Pending mine, Pending other, int s, Object value,
      Object theirs) {
    Variable v = slotVariable[s];
    int c = slotColumn[s];
    Problem here = new Problem(RowAssembler.lineOfField(mine.line(), mine.fields(), c), c + 1,
        v.name(), mine.fields().get(c), Problem.Rule.CONFLICT, "respondent "
            + CellReader.quote(id) + " has " + show(v, theirs) + " on line " + other.line()
            + " and " + show(v, value) + " here", Problem.Action.ROW_REJECTED);
    Problem mirror = new Problem(RowAssembler.lineOfField(other.line(), other.fields(), c), c + 1,
        v.name(), other.fields().get(c), Problem.Rule.CONFLICT, "respondent "
            + CellReader.quote(id) + " has " + show(v, theirs) + " here and " + show(v, value)
            + " on line " + mine.line(), Problem.Action.ROW_REJECTED);
    mine.problems().add(here);
    rows.problems.add(here);
    other.problems().add(mirror);
    rows.problems.add(mirror);
  }

  /** A required respondent-level value must stand on at least one row; false when not. */
  private boolean checkRequired(String id) {
    boolean ok = true;
    for (int c = 0; c < layout.width; c++) {
      Variable v = layout.variables[c];
      if (v == null || !v.required() || c == layout.idColumn || values[slot[c]] != null) {
        continue;
      }
      ok = false;
      for (Pending p : merged) {
        Problem missing = new Problem(RowAssembler.lineOfField(p.line(), p.fields(), c), c + 1,
            v.name(), p.fields().get(c), Problem.Rule.REQUIRED, v.name() + " is required but"
                + " missing on every row of respondent " + CellReader.quote(id),
            Problem.Action.ROW_REJECTED);
        p.problems().add(missing);
        rows.problems.add(missing);
      }
    }
    return ok;
  }

  private CharRecord record(int i) {
    while (records.size() <= i) {
      records.add(new CharRecord());
    }
    return records.get(i);
  }

  private static String show(Variable v, Object value) {
    return value instanceof Double d ? NumberText.format(d)
        : CellReader.quote(v.levels().get((Integer) value));
  }
}
