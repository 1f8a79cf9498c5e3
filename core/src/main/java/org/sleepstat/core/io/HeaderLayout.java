package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Spelling;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

/**
 * What each column of a survey file's header means: a codebook variable, an outcome measured in
 * each wave (long format), the long format's wave column, or an extra column kept as text.
 */
final class HeaderLayout {
  static final String WAVE = "wave";

  final SurveyFormat format;
  final int width;
  final String[] headers;
  /** Per column: the codebook variable (wide, and respondent-level columns of a long file). */
  final Variable[] variables;
  /** Per column of a long file: the outcome measured in each wave, else null. */
  final Codebook.Outcome[] outcomes;
  /** Per column: index into {@link #extraNames}, or -1. */
  final int[] extraIndex;
  final List<String> extraNames;
  final List<Variable> present;
  final int idColumn;
  final int waveColumn;

  private HeaderLayout(Codebook codebook, List<String> fields, String file, long line)
      throws SurveyFileException {
    width = fields.size();
    headers = fields.toArray(new String[0]);
    variables = new Variable[width];
    outcomes = new Codebook.Outcome[width];
    extraIndex = new int[width];
    extraNames = new ArrayList<>();
    present = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int wave = -1;
    for (int i = 0; i < width; i++) {
      String h = headers[i].strip();
      if (h.isEmpty()) {
        h = "column_" + (i + 1);
        headers[i] = h;
      }
      String key = Spelling.headerKey(h);
      Integer earlier = seen.putIfAbsent(key, i);
      if (earlier != null) {
        throw new SurveyFileException(file, line, i + 1, "duplicate column name \"" + h
            + "\" (same as column " + (earlier + 1) + " \"" + headers[earlier] + "\")");
      }
      if (key.equals(WAVE)) {
        wave = i;
      }
    }
    waveColumn = wave;
    format = wave >= 0 ? SurveyFormat.LONG : SurveyFormat.WIDE;
    int id = -1;
    for (int i = 0; i < width; i++) {
      extraIndex[i] = -1;
      if (i == waveColumn) {
        continue;
      }
      Variable v = codebook.forHeader(headers[i]).orElse(null);
      if (format == SurveyFormat.LONG && v == null) {
        Codebook.Outcome o = outcome(codebook, headers[i]);
        if (o != null) {
          outcomes[i] = o;
          addOutcome(o);
          continue;
        }
      }
      if (v == null) {
        extraIndex[i] = extraNames.size();
        extraNames.add(headers[i]);
        continue;
      }
      variables[i] = v;
      present.add(v);
      if (v.type() == VariableType.ID) {
        id = i;
      }
    }
    idColumn = id;
    List<String> missing = new ArrayList<>();
    for (Variable v : codebook.variables()) {
      if ((v.required() || v.type() == VariableType.ID) && !present.contains(v)) {
        missing.add(v.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new SurveyFileException(file, line, 0, (missing.size() == 1
          ? "required column \"" + missing.get(0) + "\" is missing"
          : "required columns \"" + String.join("\", \"", missing) + "\" are missing")
          + " (the header has: " + String.join(", ", headers) + ")");
    }
  }

  private void addOutcome(Codebook.Outcome o) {
    if (o.pre() != null) {
      present.add(o.pre());
    }
    if (o.post() != null) {
      present.add(o.post());
    }
  }

  private static Codebook.Outcome outcome(Codebook codebook, String header) {
    String key = Spelling.headerKey(header);
    for (Codebook.Outcome o : codebook.outcomes()) {
      if (Spelling.headerKey(o.name()).equals(key)) {
        return o;
      }
    }
    return null;
  }

  /** The layout of the header {@code fields}, which stand on physical line {@code line}. */
  static HeaderLayout of(Codebook codebook, List<String> fields, String file, long line)
      throws SurveyFileException {
    return new HeaderLayout(codebook, fields, file, line);
  }

  List<ColumnMapping> mappings() {
    List<ColumnMapping> list = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      String target = i == waveColumn ? WAVE
          : variables[i] != null ? variables[i].name()
          : outcomes[i] != null ? outcomes[i].name() : null;
      list.add(new ColumnMapping(i + 1, headers[i], target));
    }
    return list;
  }
}
