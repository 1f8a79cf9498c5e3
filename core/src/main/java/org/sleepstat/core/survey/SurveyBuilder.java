package org.sleepstat.core.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

/**
 * Builds a {@link Survey} one accepted respondent at a time, into growable primitive columns. An
 * importer fills a row with the {@code set} methods, by slot, and then calls {@link
 * #commit(int)}; slots not set in a row are missing. Slot 0 is the id; then come the codebook
 * variables given to the constructor (in codebook order) and the extra columns (in the given
 * order). Not thread-safe.
 */
public final class SurveyBuilder {
  private final Codebook codebook;
  private final List<Variable> variables;
  private final List<String> extraNames;
  private final int slots;
  private final Kind[] kinds;
  private final NumberStore[] numbers;
  private final byte[][] codes;
  private final TextStore[] texts;
  private int[] lines;
  private int size;

  private final double[] rowNumbers;
  /** Per number slot: the decimal digits of the value, when given as such (scale >= 0). */
  private final long[] rowUnscaled;
  private final int[] rowScales;
  private final byte[] rowCodes;
  private final char[][] rowTexts;
  private final int[] rowTextLengths;

  /** The outcomes wave by wave, when declared by {@link #repeated}. */
  private List<RepeatedMeasures.Wave> repeatedWaves;
  private int primaryFollowUp;
  private List<Variable> repeatedOutcomes;
  private List<String> repeatedNames;
  private NumberStore[][] repeatedStores;
  private double[][] rowRepeated;

  private enum Kind {
    NUMBER,
    LEVEL,
    TEXT
  }

  /**
   * @param present the codebook variables the file has (the id among them); kept in codebook order
   * @param extraNames the headers of columns no codebook variable matched
   */
  public SurveyBuilder(Codebook codebook, List<Variable> present, List<String> extraNames) {
    this(codebook, present, extraNames, 64);
  }

  /**
   * As {@link #SurveyBuilder(Codebook, List, List)}, with room for {@code expectedRows}
   * respondents before the columns grow (a file's line count is a good bound).
   */
  public SurveyBuilder(Codebook codebook, List<Variable> present, List<String> extraNames,
      int expectedRows) {
    int capacity = Math.max(expectedRows, 16);
    this.codebook = Objects.requireNonNull(codebook);
    List<Variable> ordered = new ArrayList<>();
    ordered.add(codebook.idVariable());
    for (Variable v : codebook.variables()) {
      if (v.type() != VariableType.ID && present.contains(v)) {
        ordered.add(v);
      }
    }
    this.variables = List.copyOf(ordered);
    this.extraNames = List.copyOf(extraNames);
    this.slots = variables.size() + extraNames.size();
    this.kinds = new Kind[slots];
    this.numbers = new NumberStore[slots];
    this.codes = new byte[slots][];
    this.texts = new TextStore[slots];
    this.lines = new int[capacity];
    for (int s = 0; s < slots; s++) {
      VariableType t = s < variables.size() ? variables.get(s).type() : VariableType.ID;
      kinds[s] = t.isNumeric() ? Kind.NUMBER : t == VariableType.ID ? Kind.TEXT : Kind.LEVEL;
      switch (kinds[s]) {
        case NUMBER -> numbers[s] = new NumberStore(capacity);
        case LEVEL -> codes[s] = new byte[capacity];
        case TEXT -> texts[s] = new TextStore(capacity);
      }
    }
    rowNumbers = new double[slots];
    rowUnscaled = new long[slots];
    rowScales = new int[slots];
    rowCodes = new byte[slots];
    rowTexts = new char[slots][];
    rowTextLengths = new int[slots];
    for (int s = 0; s < slots; s++) {
      rowTexts[s] = kinds[s] == Kind.TEXT ? new char[32] : null;
    }
    clearRow();
  }

  /** The slot of a codebook variable, or -1 when the survey has no column for it. */
  public int slotOf(Variable variable) {
    return variables.indexOf(variable);
  }

  /** The slot of the extra column with index {@code i} in the extra names. */
  public int extraSlot(int i) {
    return variables.size() + i;
  }

  /** Number of slots (columns) of a row. */
  public int slotCount() {
    return slots;
  }

  /** Sets a numeric value in the current row. */
  public void setNumber(int slot, double value) {
    rowNumbers[slot] = value;
    rowScales[slot] = -1;
  }

  /**
   * Sets a numeric value in the current row given by its decimal digits:
   * {@code unscaled / 10^scale} ("35.4" is 354 and 1), the double a parser makes of that text.
   * Stored more compactly than by {@link #setNumber}.
   */
  public void setDecimal(int slot, long unscaled, int scale) {
    if (scale < 0 || scale > 22) {
      throw new IllegalArgumentException("scale out of range: " + scale);
    }
    rowNumbers[slot] = NumberStore.valueOf(unscaled, scale);
    rowUnscaled[slot] = unscaled;
    rowScales[slot] = scale;
  }

  /** Sets a level code in the current row (index into the variable's levels). */
  public void setCode(int slot, int code) {
    if (code < -1 || code > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("level code out of range: " + code);
    }
    rowCodes[slot] = (byte) code;
  }

  /** Sets a text value (id or extra column) in the current row. */
  public void setText(int slot, String value) {
    setText(slot, value.toCharArray(), 0, value.length());
  }

  /** Sets a text value (id or extra column) in the current row from {@code a[from, to)}. */
  public void setText(int slot, char[] a, int from, int to) {
    int n = to - from;
    if (rowTexts[slot].length < n) {
      rowTexts[slot] = new char[Math.max(n, rowTexts[slot].length * 2)];
    }
    System.arraycopy(a, from, rowTexts[slot], 0, n);
    rowTextLengths[slot] = n;
  }

  /** Whether the current row already has a value in this slot. */
  public boolean isSet(int slot) {
    return switch (kinds[slot]) {
      case NUMBER -> !Double.isNaN(rowNumbers[slot]);
      case LEVEL -> rowCodes[slot] >= 0;
      case TEXT -> rowTextLengths[slot] > 0;
    };
  }

  /**
   * Declares outcomes measured at three or more waves: each row then also takes a value per
   * outcome and wave ({@link #setRepeated}), and the survey has {@link Survey#repeated()}.
   *
   * @param waves the waves in time order
   * @param primaryFollowUp the index of the primary follow-up in {@code waves}
   * @param names each outcome's name ("pain_morning")
   * @param variables each outcome's variable, whose type and range its values have
   */
  public void repeated(List<RepeatedMeasures.Wave> waves, int primaryFollowUp,
      List<String> names, List<Variable> variables) {
    if (size > 0 || waves.size() < 3 || names.size() != variables.size()) {
      throw new IllegalStateException("repeated measures: declare three or more waves and one"
          + " variable per name before the first row");
    }
    Objects.checkIndex(primaryFollowUp, waves.size());
    this.repeatedWaves = List.copyOf(waves);
    this.primaryFollowUp = primaryFollowUp;
    this.repeatedNames = List.copyOf(names);
    this.repeatedOutcomes = List.copyOf(variables);
    repeatedStores = new NumberStore[names.size()][waves.size()];
    rowRepeated = new double[names.size()][waves.size()];
    for (int k = 0; k < names.size(); k++) {
      for (int w = 0; w < waves.size(); w++) {
        repeatedStores[k][w] = new NumberStore(lines.length);
      }
      Arrays.fill(rowRepeated[k], Double.NaN);
    }
  }

  /** Sets the value of outcome {@code outcome} (its index in the names) at wave {@code wave}. */
  public void setRepeated(int outcome, int wave, double value) {
    rowRepeated[outcome][wave] = value;
  }

  /** Adds the current row as a respondent that starts on physical line {@code line}. */
  public void commit(int line) {
    if (size == lines.length) {
      grow();
    }
    // each slot is stored and cleared for the next row in one pass (as clearRow clears)
    for (int s = 0; s < slots; s++) {
      switch (kinds[s]) {
        case NUMBER -> {
          if (rowScales[s] >= 0) {
            numbers[s].addDecimal(rowUnscaled[s], rowScales[s]);
            rowScales[s] = -1;
          } else {
            numbers[s].add(rowNumbers[s]);
          }
          rowNumbers[s] = Double.NaN;
        }
        case LEVEL -> {
          codes[s][size] = rowCodes[s];
          rowCodes[s] = -1;
        }
        case TEXT -> {
          texts[s].add(rowTexts[s], 0, rowTextLengths[s]);
          rowTextLengths[s] = 0;
        }
      }
    }
    if (rowRepeated != null) {
      for (int k = 0; k < rowRepeated.length; k++) {
        for (int w = 0; w < rowRepeated[k].length; w++) {
          repeatedStores[k][w].add(rowRepeated[k][w]);
          rowRepeated[k][w] = Double.NaN;
        }
      }
    }
    lines[size] = line;
    size++;
  }

  /** Forgets the current row. */
  public void clearRow() {
    Arrays.fill(rowNumbers, Double.NaN);
    Arrays.fill(rowScales, -1);
    Arrays.fill(rowCodes, (byte) -1);
    Arrays.fill(rowTextLengths, 0);
    if (rowRepeated != null) {
      for (double[] r : rowRepeated) {
        Arrays.fill(r, Double.NaN);
      }
    }
  }

  private void grow() {
    int capacity = lines.length + (lines.length >> 1) + 16;
    lines = Arrays.copyOf(lines, capacity);
    for (int s = 0; s < slots; s++) {
      if (kinds[s] == Kind.LEVEL) {
        codes[s] = Arrays.copyOf(codes[s], capacity);
      }
    }
  }

  /** Number of respondents the columns hold before they grow. */
  public int capacity() {
    return lines.length;
  }

  /** Number of respondents committed so far. */
  public int size() {
    return size;
  }

  /** The survey of the committed rows; call once, the builder cannot be used after it. */
  public Survey build() {
    List<Column> columns = new ArrayList<>(slots);
    for (int s = 0; s < slots; s++) {
      Variable v = s < variables.size() ? variables.get(s) : null;
      String name = v != null ? v.name() : extraNames.get(s - variables.size());
      columns.add(switch (kinds[s]) {
        case NUMBER -> new NumberColumn(v, numbers[s]);
        case LEVEL -> new LevelColumn(v, codes[s], size);
        case TEXT -> new TextColumn(name, v, texts[s]);
      });
    }
    RepeatedMeasures repeated = null;
    if (repeatedWaves != null) {
      Map<String, List<NumberColumn>> values = new LinkedHashMap<>();
      for (int k = 0; k < repeatedNames.size(); k++) {
        List<NumberColumn> waves = new ArrayList<>();
        for (int w = 0; w < repeatedWaves.size(); w++) {
          waves.add(new NumberColumn(repeatedNames.get(k) + "[" + repeatedWaves.get(w).label()
              + "]", repeatedOutcomes.get(k), repeatedStores[k][w]));
        }
        values.put(repeatedNames.get(k), waves);
      }
      repeated = new RepeatedMeasures(repeatedWaves, primaryFollowUp, values);
    }
    return new Survey(codebook, columns, Arrays.copyOf(lines, size), repeated);
  }
}
