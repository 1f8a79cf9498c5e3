package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Waves;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.SurveyBuilder;

/**
 * One row per respondent and wave: rows are merged into one respondent by id. An outcome column
 * fills {@code <outcome>_pre} or {@code <outcome>_post} according to the row's wave. A
 * respondent-level value may stand on one wave's row and be blank on the other; two different
 * non-blank values reject every row of that respondent. Extra columns keep the first non-blank
 * value. A row is final only at the end of the file, so rows are settled in {@link #finish()}.
 */
final class LongAssembler extends RowAssembler {
  enum Wave {
    PRE,
    POST
  }

  private final Waves waves;
  private final int slotCount;
  private final Map<String, Respondent> respondents = new LinkedHashMap<>();
  private final int[] slots;
  private final int[] postSlots;
  private final Variable[] slotVariable;
  private final int[] slotColumn;

  /** The values of the row being read, by slot; null when the cell gave none. */
  private final Object[] rowValues;
  private Wave rowWave;

  private static final class Pending {
    final long line;
    final Fields fields;
    final List<Problem> problems = new ArrayList<>();

    Pending(long line, Fields fields, List<Problem> problems) {
      this.line = line;
      this.fields = fields;
      this.problems.addAll(problems);
    }
  }

  private static final class Respondent {
    final String id;
    final Object[] values;
    final Pending[] source;
    final Pending[] waves = new Pending[2];
    /** Whether the respondent's rows are all rejected (conflicting or missing values). */
    boolean rejected;

    Respondent(String id, int slots) {
      this.id = id;
      this.values = new Object[slots];
      this.source = new Pending[slots];
    }
  }

  LongAssembler(HeaderLayout layout, SurveyBuilder builder, CellReader cells,
      InvalidValues invalidValues, UnfinishedResponses unfinished, Waves waves) {
    super(layout, builder, cells, invalidValues, unfinished);
    this.waves = waves;
    this.slotCount = builder.slotCount();
    this.rowValues = new Object[slotCount];
    this.slotVariable = new Variable[slotCount];
    this.slotColumn = new int[slotCount];
    slots = new int[layout.width];
    postSlots = new int[layout.width];
    for (int c = 0; c < layout.width; c++) {
      Codebook.Outcome o = layout.outcomes[c];
      if (o != null) {
        slots[c] = o.pre() == null ? -1 : builder.slotOf(o.pre());
        postSlots[c] = o.post() == null ? -1 : builder.slotOf(o.post());
      } else {
        slots[c] = layout.variables[c] != null ? builder.slotOf(layout.variables[c])
            : layout.extraIndex[c] >= 0 ? builder.extraSlot(layout.extraIndex[c]) : -1;
        postSlots[c] = slots[c];
      }
      for (int s : new int[] {slots[c], postSlots[c]}) {
        if (s >= 0) {
          slotColumn[s] = c;
          slotVariable[s] = layout.variables[c] != null ? layout.variables[c]
              : o == null ? null : s == slots[c] ? o.pre() : o.post();
        }
      }
    }
  }

  /** The wave {@code raw} names by the built-in waves, or null. */
  static Wave wave(String raw) {
    return wave(Waves.builtIn(), raw);
  }

  /** The wave {@code raw} names by {@code waves}, or null. */
  static Wave wave(Waves waves, String raw) {
    OptionalInt i = waves.indexOf(raw);
    return i.isEmpty() ? null : Wave.values()[i.getAsInt()];
  }

  @Override
  boolean requiredOnEveryRow() {
    return false;
  }

  @Override
  void readRow(long line, Fields fields) {
    Arrays.fill(rowValues, null);
    rowId = readId(line, fields);
    int wc = layout.waveColumn;
    rowWave = wave(waves, fields.get(wc));
    if (rowWave == null && CellReader.isMissingToken(fields.get(wc).strip())) {
      rowProblem(line, fields, wc + 1, HeaderLayout.WAVE, fields.get(wc), Problem.Rule.REQUIRED,
          "the wave is missing");
    } else if (rowWave == null) {
      rowProblem(line, fields, wc + 1, HeaderLayout.WAVE, fields.get(wc),
          Problem.Rule.UNKNOWN_WAVE, CellReader.quote(fields.get(wc).strip())
              + " is not a wave (" + waves.describe() + ")");
    }
    for (int c = 0; c < layout.width; c++) {
      if (c == layout.idColumn || c == wc) {
        continue;
      }
      int slot = rowWave == Wave.POST ? postSlots[c] : slots[c];
      Variable v = layout.outcomes[c] != null
          ? (rowWave == Wave.POST ? layout.outcomes[c].post() : layout.outcomes[c].pre())
          : layout.variables[c];
      if (v == null) {
        if (slot >= 0 && !fields.get(c).isBlank()) {
          rowValues[slot] = fields.get(c);
        }
      } else if (layout.outcomes[c] != null && rowWave == null) {
        continue;
      } else if (readCell(line, fields, c, v) && !cells.missing && slot >= 0) {
        rowValues[slot] = v.type().isNumeric() ? (Object) cells.number : (Object) cells.code;
      }
    }
  }

  @Override
  void finishRow(long line, Fields fields) {
    boolean pending = !rowRejected && merge(line, fields);
    if (rowRejected && !pending) {
      reject(line, rowId, fields, rowProblems);
    }
    rowId = null;
    rowWave = null;
  }

  /** Merges a valid row into its respondent; true when the row is settled in {@link #finish()}. */
  private boolean merge(long line, Fields fields) {
    Respondent r = respondents.get(rowId);
    if (r == null) {
      r = new Respondent(rowId, slotCount);
      respondents.put(rowId, r);
    }
    Pending earlier = r.waves[rowWave.ordinal()];
    if (earlier != null) {
      int wc = layout.waveColumn;
      rowProblem(line, fields, wc + 1, HeaderLayout.WAVE, fields.get(wc),
          Problem.Rule.DUPLICATE_WAVE, "respondent " + CellReader.quote(rowId) + " already has a "
              + rowWave.name().toLowerCase(java.util.Locale.ROOT) + " row (line " + earlier.line
              + ")");
      return false;
    }
    for (int s = 0; s < slotCount; s++) {
      Object mine = rowValues[s];
      Object theirs = r.values[s];
      if (mine != null && theirs != null && !mine.equals(theirs) && slotVariable[s] != null) {
        conflict(r, s, line, fields, mine, theirs);
      }
    }
    Pending p = new Pending(line, fields.copy(), rowProblems);
    r.waves[rowWave.ordinal()] = p;
    if (rowRejected) {
      // A conflicting row still takes its wave, so that a later row for that wave is a
      // duplicate wave and not a row rejected without a problem of its own.
      r.rejected = true;
      return true;
    }
    for (int s = 0; s < slotCount; s++) {
      if (rowValues[s] != null && r.values[s] == null) {
        r.values[s] = rowValues[s];
        r.source[s] = p;
      }
    }
    return true;
  }

  private void conflict(Respondent r, int s, long line, Fields fields, Object mine,
      Object theirs) {
    Variable v = slotVariable[s];
    int c = slotColumn[s];
    Pending other = r.source[s];
    rowProblem(line, fields, c + 1, v.name(), fields.get(c), Problem.Rule.CONFLICT,
        "respondent " + CellReader.quote(r.id) + " has " + show(v, theirs) + " on line "
            + other.line + " and " + show(v, mine) + " here");
    long otherLine = lineOfField(other.line, other.fields, c);
    Problem mirror = new Problem(otherLine, c + 1, v.name(), other.fields.get(c),
        Problem.Rule.CONFLICT, "respondent " + CellReader.quote(r.id) + " has " + show(v, theirs)
            + " here and " + show(v, mine) + " on line " + line, Problem.Action.ROW_REJECTED);
    other.problems.add(mirror);
    problems.add(mirror);
  }

  /** A required respondent-level value must stand on at least one of the respondent's rows. */
  private void checkRequired(Respondent r) {
    for (int c = 0; c < layout.width; c++) {
      Variable v = layout.variables[c];
      if (v == null || !v.required() || c == layout.idColumn || r.values[slots[c]] != null) {
        continue;
      }
      r.rejected = true;
      for (Pending p : r.waves) {
        if (p != null) {
          Problem missing = new Problem(lineOfField(p.line, p.fields, c), c + 1, v.name(),
              p.fields.get(c), Problem.Rule.REQUIRED,
              v.name() + " is required but missing on every row of respondent "
                  + CellReader.quote(r.id), Problem.Action.ROW_REJECTED);
          p.problems.add(missing);
          problems.add(missing);
        }
      }
    }
  }

  private static String show(Variable v, Object value) {
    return value instanceof Double d ? NumberText.format(d)
        : CellReader.quote(v.levels().get((Integer) value));
  }

  @Override
  Survey finish() {
    for (Respondent r : respondents.values()) {
      if (!r.rejected) {
        checkRequired(r);
      }
      long first = Long.MAX_VALUE;
      for (Pending p : r.waves) {
        if (p == null) {
          continue;
        }
        if (r.rejected) {
          reject(p.line, r.id, p.fields, p.problems);
        } else {
          accepted++;
          first = Math.min(first, p.line);
        }
      }
      if (r.rejected || first == Long.MAX_VALUE) {
        continue;
      }
      builder.setText(builder.slotOf(layout.variables[layout.idColumn]), r.id);
      for (int s = 0; s < slotCount; s++) {
        Object value = r.values[s];
        if (value instanceof Double d) {
          builder.setNumber(s, d);
        } else if (value instanceof Integer code) {
          builder.setCode(s, code);
        } else if (value instanceof String text) {
          builder.setText(s, text);
        }
      }
      builder.commit(Math.toIntExact(first));
    }
    sortByLine();
    return builder.build();
  }
}
