package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Spelling;
import org.sleepstat.core.schema.Variable;

/**
 * What each column of a survey file's header means: a codebook variable, an outcome measured in
 * each wave (long format), the long format's wave column, a REDCap form status column (kept out
 * of the data), or an extra column kept as text. Built by {@link ColumnResolver}.
 */
final class HeaderLayout {
  static final String WAVE = "wave";

  final SurveyFormat format;
  final SourceFormat.Platform platform;
  final int width;
  final String[] headers;
  /** Per column: what it is. */
  final ColumnMapping.Kind[] kinds;
  /** Per column: the codebook variable (wide, and respondent-level columns of a long file). */
  final Variable[] variables;
  /** Per column of a long file: the outcome measured in each wave, else null. */
  final Codebook.Outcome[] outcomes;
  /** Per column: how a REDCap export's cells are decoded and range-checked, else null. */
  final DictionaryColumn[] dictionary;
  /** Per column: index into {@link #extraNames}, or -1. */
  final int[] extraIndex;
  final List<String> extraNames;
  final List<Variable> present;
  final int idColumn;
  final int waveColumn;
  /** The Qualtrics {@code Finished} column, or -1. */
  final int finishedColumn;

  HeaderLayout(SourceFormat.Platform platform, String[] headers, ColumnMapping.Kind[] kinds,
      Variable[] variables, Codebook.Outcome[] outcomes, DictionaryColumn[] dictionary,
      int waveColumn, int finishedColumn) {
    this.platform = platform;
    this.width = headers.length;
    this.headers = headers;
    this.kinds = kinds;
    this.variables = variables;
    this.outcomes = outcomes;
    this.dictionary = dictionary;
    this.waveColumn = waveColumn;
    this.finishedColumn = finishedColumn;
    this.format = waveColumn >= 0 ? SurveyFormat.LONG : SurveyFormat.WIDE;
    this.extraIndex = new int[width];
    this.extraNames = new ArrayList<>();
    this.present = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < width; i++) {
      if (variables[i] != null) {
        names.add(Spelling.headerKey(variables[i].name()));
      }
    }
    int id = -1;
    for (int i = 0; i < width; i++) {
      extraIndex[i] = -1;
      switch (kinds[i]) {
        case EXTRA -> {
          extraIndex[i] = extraNames.size();
          // an extra column named as a variable another column holds keeps its place by number
          extraNames.add(names.contains(Spelling.headerKey(headers[i]))
              ? headers[i] + " (column " + (i + 1) + ")" : headers[i]);
        }
        case VARIABLE -> {
          present.add(variables[i]);
          if (variables[i].type() == org.sleepstat.core.schema.VariableType.ID) {
            id = i;
          }
        }
        case OUTCOME -> {
          if (outcomes[i].pre() != null) {
            present.add(outcomes[i].pre());
          }
          if (outcomes[i].post() != null) {
            present.add(outcomes[i].post());
          }
        }
        case WAVE, FORM_STATUS -> {
          // neither data nor extra
        }
      }
    }
    this.idColumn = id;
  }

  List<ColumnMapping> mappings() {
    List<ColumnMapping> list = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      String target = switch (kinds[i]) {
        case VARIABLE -> variables[i].name();
        case OUTCOME -> outcomes[i].name();
        case WAVE -> WAVE;
        case FORM_STATUS, EXTRA -> null;
      };
      list.add(new ColumnMapping(i + 1, headers[i], target, kinds[i]));
    }
    return list;
  }
}
