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
final class LongMerge implements RowValues.Sink {
  private static final byte NONE = 0;
  private static final byte NUMBER = 1;
  private static final byte CODE = 2;
  private static final byte TEXT = 3;

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

  /** The columns without a codebook variable that keep a value (their text is read back). */
  private final int[] extraColumns;

  private Waves.Placement placement;
  /** The respondent's values by slot: kind, number bits or code, text; the row that gave it. */
  private final byte[] kind;
  private final long[] bits;
  private final String[] text;
  private final int[] source;
  /** The values of the row being merged, by slot. */
  private final byte[] rowKind;
  private final long[] rowBits;
  private final String[] rowText;
  private double[] rowOutcome;
  private double[][] at;
  private int[] waveRow;
  private final List<Pending> merged = new ArrayList<>();
  private final List<CharRecord> records = new ArrayList<>();

  /** A row of the respondent that took its wave; its text is read back only when needed. */
  private final class Pending {
    final int row;
    final long line;
    final List<Problem> problems;
    private final int index;
    private CharRecord fields;

    Pending(int row, int index, List<Problem> problems) {
      this.row = row;
      this.line = rows.rowLine(row);
      this.index = index;
      this.problems = problems;
    }

    CharRecord fields() {
      if (fields == null) {
        fields = record(index);
        rows.readArchived(row, fields);
      }
      return fields;
    }
  }

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
    kind = new byte[slotCount];
    bits = new long[slotCount];
    text = new String[slotCount];
    source = new int[slotCount];
    rowKind = new byte[slotCount];
    rowBits = new long[slotCount];
    rowText = new String[slotCount];
    int extras = 0;
    for (int c = 0; c < width; c++) {
      extras += isExtra(c) ? 1 : 0;
    }
    extraColumns = new int[extras];
    for (int c = 0, i = 0; c < width; c++) {
      if (isExtra(c)) {
        extraColumns[i++] = c;
      }
    }
  }

  private boolean isExtra(int c) {
    return slot[c] >= 0 && layout.variables[c] == null && c != layout.waveColumn;
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

  @Override
  public void number(int c, double value) {
    if (outcome[c] >= 0) {
      rowOutcome[outcome[c]] = value;
    } else if (slot[c] >= 0) {
      rowKind[slot[c]] = NUMBER;
      rowBits[slot[c]] = Double.doubleToRawLongBits(value);
    }
  }

  @Override
  public void code(int c, int code) {
    if (slot[c] >= 0) {
      rowKind[slot[c]] = CODE;
      rowBits[slot[c]] = code;
    }
  }

  /** Merges the rows of respondent {@code id}, from its first kept row on. */
  void respondent(String id, int first) {
    Arrays.fill(kind, NONE);
    for (double[] a : at) {
      Arrays.fill(a, Double.NaN);
    }
    Arrays.fill(waveRow, -1);
    merged.clear();
    boolean rejected = false;
    for (int row = first; row >= 0; row = rows.rowNext(row)) {
      int wave = placement.position(rows.rowLabel(row));
      Pending p = new Pending(row, merged.size(), rows.notes(row));
      if (wave < 0) {
        Problem unknown = rows.unknownWave(p.line, p.fields());
        int i = 0;
        while (i < p.problems.size() && p.problems.get(i).column() <= unknown.column()) {
          i++;
        }
        p.problems.add(i, unknown);
        rows.reject(p.line, id, p.fields(), p.problems);
        continue;
      }
      Arrays.fill(rowKind, NONE);
      Arrays.fill(rowOutcome, Double.NaN);
      rows.readValues(row, this);
      if (extraColumns.length > 0) {
        for (int c : extraColumns) {
          String t = p.fields().get(c);
          if (!t.isBlank()) {
            rowKind[slot[c]] = TEXT;
            rowText[slot[c]] = t;
          }
        }
      }
      if (waveRow[wave] >= 0) {
        p.problems.add(duplicate(id, p, wave));
        rows.reject(p.line, id, p.fields(), p.problems);
        continue;
      }
      waveRow[wave] = merged.size();
      merged.add(p);
      boolean conflict = false;
      for (int s = 0; s < slotCount; s++) {
        if (rowKind[s] != NONE && kind[s] != NONE && slotVariable[s] != null
            && rowBits[s] != bits[s]) {
          conflict(id, p, merged.get(source[s]), s);
          conflict = true;
        }
      }
      if (conflict) {
        // the row still takes its wave: a later row for it is a duplicate, not a silent reject
        rejected = true;
        continue;
      }
      for (int s = 0; s < slotCount; s++) {
        if (rowKind[s] != NONE && kind[s] == NONE) {
          kind[s] = rowKind[s];
          bits[s] = rowBits[s];
          text[s] = rowText[s];
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
        rows.reject(p.line, id, p.fields(), p.problems);
      }
      return;
    }
    rows.countAccepted(merged.size());
    commit(id, Math.toIntExact(merged.get(0).line));
  }

  private void commit(String id, int line) {
    builder.setText(builder.slotOf(layout.variables[layout.idColumn]), id);
    for (int s = 0; s < slotCount; s++) {
      switch (kind[s]) {
        case NUMBER -> builder.setNumber(s, Double.longBitsToDouble(bits[s]));
        case CODE -> builder.setCode(s, (int) bits[s]);
        case TEXT -> builder.setText(s, text[s]);
        default -> { }
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

  private Problem duplicate(String id, Pending row, int wave) {
    long line = row.line;
    CharRecord fields = row.fields();
    int wc = layout.waveColumn;
    String name = placement.repeated() ? CellReader.quote(placement.waves().get(wave).label())
        : wave == placement.pre() ? "pre" : "post";
    Problem p = new Problem(RowAssembler.lineOfField(line, fields, wc), wc + 1, HeaderLayout.WAVE,
        fields.get(wc), Problem.Rule.DUPLICATE_WAVE, "respondent " + CellReader.quote(id)
            + " already has a " + name + " row (line " + merged.get(waveRow[wave]).line + ")",
        Problem.Action.ROW_REJECTED);
    rows.problems.add(p);
    return p;
  }

  private void conflict(String id, Pending mine, Pending other, int s) {
    Variable v = slotVariable[s];
    String value = show(v, rowKind[s], rowBits[s]);
    String theirs = show(v, kind[s], bits[s]);
    int c = slotColumn[s];
    Problem here = new Problem(RowAssembler.lineOfField(mine.line, mine.fields(), c), c + 1,
        v.name(), mine.fields().get(c), Problem.Rule.CONFLICT, "respondent "
            + CellReader.quote(id) + " has " + theirs + " on line " + other.line
            + " and " + value + " here", Problem.Action.ROW_REJECTED);
    Problem mirror = new Problem(RowAssembler.lineOfField(other.line, other.fields(), c), c + 1,
        v.name(), other.fields().get(c), Problem.Rule.CONFLICT, "respondent "
            + CellReader.quote(id) + " has " + theirs + " here and " + value
            + " on line " + mine.line, Problem.Action.ROW_REJECTED);
    mine.problems.add(here);
    rows.problems.add(here);
    other.problems.add(mirror);
    rows.problems.add(mirror);
  }

  /** A required respondent-level value must stand on at least one row; false when not. */
  private boolean checkRequired(String id) {
    boolean ok = true;
    for (int c = 0; c < layout.width; c++) {
      Variable v = layout.variables[c];
      if (v == null || !v.required() || c == layout.idColumn || kind[slot[c]] != NONE) {
        continue;
      }
      ok = false;
      for (Pending p : merged) {
        Problem missing = new Problem(RowAssembler.lineOfField(p.line, p.fields(), c), c + 1,
            v.name(), p.fields().get(c), Problem.Rule.REQUIRED, v.name() + " is required but"
                + " missing on every row of respondent " + CellReader.quote(id),
            Problem.Action.ROW_REJECTED);
        p.problems.add(missing);
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

  private static String show(Variable v, byte kind, long bits) {
    return kind == NUMBER ? NumberText.format(Double.longBitsToDouble(bits))
        : CellReader.quote(v.levels().get((int) bits));
  }
}
