package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.SurveyBuilder;

/**
 * Turns data rows into accepted respondents and problems. Holds the checks every layout shares
 * (field count, empty rows, the id, typed cells); {@link WideAssembler} and {@link LongAssembler}
 * decide what a valid row becomes.
 */
abstract class RowAssembler {
  final HeaderLayout layout;
  final SurveyBuilder builder;
  final CellReader cells;
  final InvalidValues invalidValues;
  final UnfinishedResponses unfinished;
  final List<Problem> problems = new ArrayList<>();
  final List<RejectedRow> rejectedRows = new ArrayList<>();
  final IdClaims idClaims;
  long rows;
  long accepted;

  /** The problems of the row being read. */
  final List<Problem> rowProblems = new ArrayList<>();
  boolean rowRejected;
  /** The id of the row being read, once known. */
  String rowId;
  /** Per column: the level spellings seen so far, for reading them without a String. */
  private final LevelMemo[] levelMemos;

  RowAssembler(HeaderLayout layout, SurveyBuilder builder, CellReader cells,
      InvalidValues invalidValues, UnfinishedResponses unfinished) {
    this.layout = layout;
    this.builder = builder;
    this.cells = cells;
    this.invalidValues = invalidValues;
    this.unfinished = unfinished;
    this.idClaims = new IdClaims(builder.capacity());
    this.levelMemos = new LevelMemo[layout.width];
    for (int c = 0; c < layout.width; c++) {
      Variable v = layout.variables[c];
      levelMemos[c] = v != null && !v.type().isNumeric() ? new LevelMemo(v) : null;
    }
  }

  /** Reads one data row starting at physical line {@code line}. */
  final void accept(long line, Fields fields) {
    rows++;
    rowProblems.clear();
    rowRejected = false;
    if (fields.size() != layout.width) {
      int column = Math.min(fields.size(), layout.width) + 1;
      // the id still names the row when it stands where the header says
      rowId = layout.idColumn >= 0 && layout.idColumn < fields.size()
          ? fields.get(layout.idColumn).strip() : null;
      rowProblem(line, fields, column, "row", "", Problem.Rule.FIELD_COUNT,
          "the row has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s")
              + ", the header has " + layout.width);
    } else if (fields.isBlank()) {
      rowProblem(line, fields, 0, "row", "", Problem.Rule.EMPTY_ROW, "every field is empty");
    } else if (isUnfinished(fields)) {
      int c = layout.finishedColumn;
      rowId = layout.idColumn >= 0 ? fields.get(layout.idColumn).strip() : null;
      rowProblem(line, fields, c + 1, layout.headers[c], fields.get(c), Problem.Rule.UNFINISHED,
          "the response was not finished (" + layout.headers[c] + " = "
              + CellReader.quote(fields.get(c).strip()) + "); unfinished responses are excluded");
    } else {
      readRow(line, fields);
    }
    finishRow(line, fields);
  }

  /** A Qualtrics response whose Finished column says False (or 0). */
  private boolean isUnfinished(Fields fields) {
    if (layout.finishedColumn < 0 || unfinished == UnfinishedResponses.INCLUDE) {
      return false;
    }
    String f = fields.get(layout.finishedColumn).strip();
    return f.equalsIgnoreCase("false") || f.equals("0");
  }

  /**
   * Whether a required value must stand on every row; in a long file it may stand on one wave's
   * row only, and is checked per respondent.
   */
  boolean requiredOnEveryRow() {
    return true;
  }

  /** Validates and stores the cells of a row that has the right width. */
  abstract void readRow(long line, Fields fields);

  /** Records the row's fate once its cells are read. */
  abstract void finishRow(long line, Fields fields);

  /**
   * Called after the last row; returns the survey of the accepted respondents.
   *
   * @throws SurveyFileException when the rows cannot make a survey at all (a long file's waves
   *     that cannot be put in order)
   */
  abstract Survey finish() throws SurveyFileException;

  /** Reads the id cell; returns the id, or null after recording why the row cannot be used. */
  final String readId(long line, Fields fields) {
    int c = layout.idColumn;
    String id = fields.get(c).strip();
    Variable v = layout.variables[c];
    if (CellReader.isMissingToken(id)) {
      rowProblem(line, fields, c + 1, v.name(), fields.get(c), Problem.Rule.REQUIRED,
          "the respondent id is missing");
      return null;
    }
    return id;
  }

  /** Checks that a wide-format id has not been used before. */
  final boolean claimId(String id, long line, Fields fields) {
    long first = idClaims.claim(id, line);
    if (first != 0) {
      int c = layout.idColumn;
      rowProblem(line, fields, c + 1, layout.variables[c].name(), fields.get(c),
          Problem.Rule.DUPLICATE_ID,
          "duplicate respondent id " + CellReader.quote(id) + " (also on line " + first + ")");
      return false;
    }
    return true;
  }

  /**
   * Reads a typed cell of column {@code c} for variable {@code v}. Returns true when the value in
   * {@link #cells} may be used (it may be missing); false when the cell is invalid, after
   * recording the problem (the row is rejected, or in lenient mode the cell counts as missing).
   */
  final boolean readCell(long line, Fields fields, int c, Variable v) {
    DictionaryColumn coded = layout.dictionary[c];
    if (coded == null && fields instanceof CharRecord rec) {
      if (!cells.read(v, rec.chars, rec.starts[c], rec.ends[c], levelMemos[c])) {
        return invalid(line, fields, c, v, cells.rule, cells.message);
      }
      return requiredPresent(line, fields, c, v);
    }
    String raw = fields.get(c);
    String text = coded == null ? raw : coded.decode(raw);
    if (text == null) {
      return invalid(line, fields, c, v, Problem.Rule.UNKNOWN_CODE, coded.unknownCode(raw));
    }
    if (!cells.read(v, text)) {
      return invalid(line, fields, c, v, cells.rule,
          cells.message + (text.equals(raw) ? "" : coded.decodedFrom(raw)));
    }
    String range = coded != null && !cells.missing && v.type().isNumeric()
        ? coded.outOfRange(raw, cells.number) : null;
    if (range != null) {
      return invalid(line, fields, c, v, Problem.Rule.OUT_OF_RANGE, range);
    }
    return requiredPresent(line, fields, c, v);
  }

  /** After a valid cell: false, recording the problem, when a required value is missing. */
  private boolean requiredPresent(long line, Fields fields, int c, Variable v) {
    if (cells.missing && v.required() && requiredOnEveryRow()) {
      rowProblem(line, fields, c + 1, v.name(), fields.get(c), Problem.Rule.REQUIRED,
          v.name() + " is required but missing");
      return false;
    }
    return true;
  }

  /** Records an invalid cell: the row is rejected, or in lenient mode the cell is missing. */
  private boolean invalid(long line, Fields fields, int c, Variable v, Problem.Rule rule,
      String message) {
    boolean mendable = invalidValues == InvalidValues.SET_MISSING && !v.required();
    record(line, fields, c + 1, v.name(), fields.get(c), rule, message,
        mendable ? Problem.Action.SET_MISSING : Problem.Action.ROW_REJECTED);
    return false;
  }

  /** Stores a valid cell value into a builder slot. */
  final void store(int slot, Variable v) {
    if (cells.missing || slot < 0) {
      return;
    }
    if (v.type().isNumeric()) {
      long plain = cells.decimal;
      if (plain != NumberParser.NOT_PLAIN) {
        builder.setDecimal(slot, NumberParser.unscaled(plain), NumberParser.scale(plain));
      } else {
        builder.setNumber(slot, cells.number);
      }
    } else {
      builder.setCode(slot, cells.code);
    }
  }

  /** Records a problem that rejects the row. */
  final void rowProblem(long line, Fields fields, int column, String variable, String value,
      Problem.Rule rule, String message) {
    record(line, fields, column, variable, value, rule, message, Problem.Action.ROW_REJECTED);
  }

  private void record(long line, Fields fields, int column, String variable, String value,
      Problem.Rule rule, String message, Problem.Action action) {
    long at = column > 0 ? lineOfField(line, fields, column - 1) : line;
    Problem p = new Problem(at, column, variable, value, rule, message, action);
    rowProblems.add(p);
    problems.add(p);
    if (action == Problem.Action.ROW_REJECTED) {
      rowRejected = true;
    }
  }

  /** The physical line of field {@code index}: quoted fields before it may span lines. */
  static long lineOfField(long start, Fields fields, int index) {
    long line = start;
    for (int i = 0; i < index && i < fields.size(); i++) {
      String f = fields.get(i);
      for (int k = 0; k < f.length(); k++) {
        char ch = f.charAt(k);
        if (ch == '\n' || ch == '\r' && (k + 1 == f.length() || f.charAt(k + 1) != '\n')) {
          line++;
        }
      }
    }
    return line;
  }

  final void reject(long line, String id, Fields fields, List<Problem> why) {
    rejectedRows.add(new RejectedRow(line, id == null ? "" : id, List.of(fields.toArray()), why));
  }

  /** Problems and rejected rows in file order (a long file settles some rows at the end). */
  final void sortByLine() {
    problems.sort(Comparator.comparingLong(Problem::line).thenComparingInt(Problem::column));
    rejectedRows.sort(Comparator.comparingLong(RejectedRow::line));
  }

  final long rejected() {
    return rejectedRows.size();
  }
}
