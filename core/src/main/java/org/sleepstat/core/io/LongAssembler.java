package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.Waves;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.SurveyBuilder;

/**
 * One row per respondent and wave: rows are merged into one respondent by id, with two or more
 * waves. The waves are known only at the end of the file ({@link Waves#place}), so a row's cells
 * are checked as it comes (their problems recorded then), and its values kept ({@link RowValues})
 * with its text ({@link RowArchive}, for the rows rejected later and for extra columns); at the
 * end the waves are put in order and each respondent's rows merged in file order. An outcome
 * column fills {@code <outcome>_pre} at the first wave, {@code <outcome>_post} at the primary
 * follow-up, and with three or more waves every wave's column of {@link Survey#repeated()}. A
 * respondent-level value may stand on any one wave's row and be blank on the others; two
 * different non-blank values reject every row of that respondent. Extra columns keep the first
 * non-blank value.
 */
final class LongAssembler extends RowAssembler {
  /** A wave by the built-in waves, for tests of the two-wave spellings. */
  enum Wave {
    PRE,
    POST
  }

  private final String file;
  private final Waves waves;
  private final WaveLabels labels;
  private final LongMerge merge;

  /** The valid rows: their line, wave label, next row of the respondent, archive position. */
  private int rowCount;
  private int[] rowLine = new int[64];
  private short[] rowLabel = new short[64];
  private int[] rowNext = new int[64];
  private long[] rowAt = new long[64];
  private long[] rowValuesAt = new long[64];
  /** Problems of valid rows (values set missing), by row. */
  private final Map<Integer, List<Problem>> rowNotes = new HashMap<>();
  private final BitSet noted = new BitSet();
  private final RowArchive archive = new RowArchive();
  private final RowValues values = new RowValues();
  /** Per respondent (by {@link IdClaims} index): its first and last valid row. */
  private int[] firstRow = new int[64];
  private int[] lastRow = new int[64];
  /** Rows rejected as they came, with a wave label: index in rejectedRows, then label. */
  private final List<int[]> early = new ArrayList<>();
  /** The wave label of the row being read, -1 when none. */
  private int label = -1;

  LongAssembler(String file, HeaderLayout layout, SurveyBuilder builder, CellReader cells,
      InvalidValues invalidValues, UnfinishedResponses unfinished, Waves waves) {
    super(layout, builder, cells, invalidValues, unfinished);
    this.file = file;
    this.waves = waves;
    this.labels = new WaveLabels(waves);
    this.merge = new LongMerge(this);
  }

  /** The wave {@code raw} names by the built-in waves, or null. */
  static Wave wave(String raw) {
    return wave(Waves.builtIn(), raw);
  }

  /** The wave {@code raw} names by two waves, or null. */
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
    rowId = readId(line, fields);
    values.clear();
    int wc = layout.waveColumn;
    if (isMissingWave(fields, wc)) {
      rowProblem(line, fields, wc + 1, HeaderLayout.WAVE, fields.get(wc), Problem.Rule.REQUIRED,
          "the wave is missing");
    } else if (fields instanceof CharRecord rec) {
      label = labels.index(rec.chars, rec.starts[wc], rec.ends[wc]);
    } else {
      label = labels.index(fields.get(wc));
    }
    readCells(line, fields, label >= 0 && labels.isPost(label));
  }

  private static boolean isMissingWave(Fields fields, int wc) {
    if (!(fields instanceof CharRecord rec)) {
      return CellReader.isMissingToken(fields.get(wc).strip());
    }
    int s = rec.starts[wc];
    int e = rec.ends[wc];
    while (s < e && CharRecord.isWhitespace(rec.chars[s])) {
      s++;
    }
    while (e > s && CharRecord.isWhitespace(rec.chars[e - 1])) {
      e--;
    }
    return CellReader.isMissingToken(rec.chars, s, e);
  }

  /**
   * Checks every cell but the id and the wave, outcomes as the follow-up variable when {@code
   * post} (not at all without a wave), and gathers the valid values.
   */
  private void readCells(long line, Fields fields, boolean post) {
    for (int c = 0; c < layout.width; c++) {
      if (c == layout.idColumn || c == layout.waveColumn) {
        continue;
      }
      Codebook.Outcome o = layout.outcomes[c];
      Variable v = o != null ? (post ? o.post() : o.pre()) : layout.variables[c];
      if (v == null || o != null && label < 0) {
        continue;
      }
      if (readCell(line, fields, c, v) && !cells.missing) {
        if (v.type().isNumeric()) {
          values.number(c, cells.number);
        } else {
          values.code(c, cells.code);
        }
      }
    }
  }

  @Override
  void finishRow(long line, Fields fields) {
    if (rowRejected) {
      if (label >= 0) {
        early.add(new int[] {rejectedRows.size(), label});
      }
      reject(line, rowId, fields, rowProblems);
    } else {
      keep(line, fields);
    }
    rowId = null;
    label = -1;
  }

  /** Keeps a valid row for the end of the file. */
  private void keep(long line, Fields fields) {
    int known = idClaims.size();
    int respondent = idClaims.index(rowId, line);
    if (rowCount == rowLine.length) {
      int n = rowCount + (rowCount >> 1) + 16;
      rowLine = Arrays.copyOf(rowLine, n);
      rowLabel = Arrays.copyOf(rowLabel, n);
      rowNext = Arrays.copyOf(rowNext, n);
      rowAt = Arrays.copyOf(rowAt, n);
      rowValuesAt = Arrays.copyOf(rowValuesAt, n);
    }
    int row = rowCount++;
    rowLine[row] = Math.toIntExact(line);
    rowLabel[row] = (short) label;
    rowNext[row] = -1;
    rowAt[row] = archive.add(fields);
    rowValuesAt[row] = values.keep();
    if (!rowProblems.isEmpty()) {
      rowNotes.put(row, new ArrayList<>(rowProblems));
      noted.set(row);
    }
    if (respondent == known) {
      if (respondent == firstRow.length) {
        int n = respondent + (respondent >> 1) + 16;
        firstRow = Arrays.copyOf(firstRow, n);
        lastRow = Arrays.copyOf(lastRow, n);
      }
      firstRow[respondent] = row;
    } else {
      rowNext[lastRow[respondent]] = row;
    }
    lastRow[respondent] = row;
  }

  @Override
  Survey finish() throws SurveyFileException {
    if (labels.overflow()) {
      throw new SurveyFileException(file, "the wave column has more than " + WaveLabels.MAX
          + " different values; a long file has one row per respondent and wave");
    }
    Waves.Placement placement;
    try {
      placement = waves.place(labels.labels());
    } catch (IllegalArgumentException e) {
      throw new SurveyFileException(file, e.getMessage());
    }
    for (int[] e : early) {
      if (placement.position(e[1]) < 0) {
        RejectedRow r = rejectedRows.get(e[0]);
        List<Problem> why = new ArrayList<>(r.problems());
        Problem p = unknownWave(r.line(), Fields.of(r.fields().toArray(String[]::new)));
        int at = 0;
        while (at < why.size() && why.get(at).column() <= p.column()) {
          at++;
        }
        why.add(at, p);
        rejectedRows.set(e[0], new RejectedRow(r.line(), r.respondentId(), r.fields(), why));
      }
    }
    if (placement.repeated()) {
      List<RepeatedMeasures.Wave> list = placement.waves().stream()
          .map(w -> new RepeatedMeasures.Wave(w.label(), w.weeks())).toList();
      builder.repeated(list, placement.post(), merge.outcomeNames(), merge.outcomeVariables());
    }
    merge.start(placement);
    for (int respondent : order(placement)) {
      merge.respondent(idClaims.id(respondent), firstRow[respondent]);
    }
    sortByLine();
    return builder.build();
  }

  /** Respondents in the order of their first row that has a wave. */
  private int[] order(Waves.Placement placement) {
    int n = idClaims.size();
    long[] keys = new long[n];
    for (int r = 0; r < n; r++) {
      int row = firstRow[r];
      while (row >= 0 && placement.position(rowLabel[row]) < 0) {
        row = rowNext[row];
      }
      keys[r] = (row < 0 ? (long) Integer.MAX_VALUE : rowLine[row]) << 32 | r;
    }
    Arrays.sort(keys);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) keys[i];
    }
    return order;
  }

  /** The problem of a row whose wave label names no wave, recorded. */
  Problem unknownWave(long line, Fields fields) {
    int wc = layout.waveColumn;
    Problem p = new Problem(lineOfField(line, fields, wc), wc + 1, HeaderLayout.WAVE,
        fields.get(wc), Problem.Rule.UNKNOWN_WAVE, CellReader.quote(fields.get(wc).strip())
            + " is not a wave (" + waves.describe() + ")", Problem.Action.ROW_REJECTED);
    problems.add(p);
    return p;
  }

  // what LongMerge reads of the rows kept

  int rowLine(int row) {
    return rowLine[row];
  }

  int rowLabel(int row) {
    return rowLabel[row];
  }

  int rowNext(int row) {
    return rowNext[row];
  }

  boolean isPost(int label) {
    return labels.isPost(label);
  }

  /** The problems recorded for valid row {@code row} as it was read (a copy). */
  List<Problem> notes(int row) {
    return noted.get(row) ? new ArrayList<>(rowNotes.get(row)) : new ArrayList<>();
  }

  void readArchived(int row, CharRecord into) {
    archive.read(rowAt[row], into, rowLine[row]);
  }

  /** Reads a kept row's values, as they were checked, into {@code into}. */
  void readValues(int row, RowValues.Sink into) {
    values.read(rowValuesAt[row], into);
  }

  void countAccepted(int n) {
    accepted += n;
  }
}
