package org.sleepstat.core.io;

import java.util.List;
import java.util.Optional;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.RedcapField;
import org.sleepstat.core.schema.Variable;

/**
 * How the cells of a column exported by REDCap are read, by its data dictionary field: a coded
 * value (radio, dropdown, yesno, truefalse) becomes its choice's label, which the codebook
 * variable then matches by its spellings; a label export's cell, already a label, is taken as it
 * is. A numeric variable takes the choice's label when it is a number ("1, 0 | 2, 1" reads code
 * 2 as 1), else its code ("0, 0 - no pain" reads 0). A checkbox column holds 1 or 0 (a label
 * export: Checked or Unchecked) and nothing else, so that "-1" is an unknown code rather than a
 * guess. The dictionary's validation minimum and maximum are an extra range check.
 */
final class DictionaryColumn {
  /** The states a checkbox column holds, as REDCap's raw and label exports write them. */
  private static final List<RedcapField.Choice> CHECKBOX_STATES =
      List.of(new RedcapField.Choice("1", "Checked"), new RedcapField.Choice("0", "Unchecked"));

  final RedcapField field;
  /** The checkbox column (field___code) this column is, or null for any other field. */
  private final String checkboxColumn;
  private final Variable variable;
  private final boolean decodes;
  private final boolean labelsFirst;

  private DictionaryColumn(RedcapField field, String checkboxColumn, Variable variable,
      boolean labelsFirst) {
    this.field = field;
    this.checkboxColumn = checkboxColumn;
    this.variable = variable;
    this.decodes = field.isCoded() || checkboxColumn != null;
    this.labelsFirst = labelsFirst;
  }

  /**
   * The reading rule of a column of field {@code field} that holds {@code variable}, or null
   * when the cells are read as written (text without a numeric range).
   *
   * @param choice the checkbox choice the column stands for (a checkbox field), else null
   * @param labelsFirst whether a value that is both a code and another choice's label is read as
   *     the label (a label export); otherwise codes win
   */
  static DictionaryColumn of(RedcapField field, RedcapField.Choice choice, Variable variable,
      boolean labelsFirst) {
    if (variable == null) {
      return null;
    }
    if (field.isCheckbox()) {
      return choice == null ? null
          : new DictionaryColumn(field, field.checkboxColumn(choice), variable, labelsFirst);
    }
    boolean ranged = variable.type().isNumeric() && (field.min() != null || field.max() != null);
    return field.isCoded() || ranged ? new DictionaryColumn(field, null, variable, labelsFirst)
        : null;
  }

  /** The reading rule of a column that is no checkbox column (see the method above). */
  static DictionaryColumn of(RedcapField field, Variable variable, boolean labelsFirst) {
    return of(field, null, variable, labelsFirst);
  }

  /**
   * The cell as the codebook variable should read it; null when a coded field's cell is neither
   * a code nor a label of its choices (nor a value the variable accepts as it is).
   */
  String decode(String raw) {
    String s = raw.strip();
    if (!decodes || CellReader.isMissingToken(s) || variable.isMissingCode(s)) {
      return raw;
    }
    if (checkboxColumn != null) {
      Optional<RedcapField.Choice> state = checkboxState(s);
      if (state.isEmpty()) {
        return null;
      }
      return variable.type().isNumeric() ? state.get().code() : raw;
    }
    Optional<RedcapField.Choice> byCode = field.choiceByCode(s);
    Optional<RedcapField.Choice> byLabel = field.choiceByLabel(s);
    Optional<RedcapField.Choice> choice = labelsFirst ? byLabel.or(() -> byCode)
        : byCode.or(() -> byLabel);
    if (choice.isPresent()) {
      String label = choice.get().label();
      if (variable.type().isNumeric()) {
        // a number the respondent saw ("1, 0 | 2, 1"), else the code ("0, 0 - no pain")
        return Double.isNaN(NumberParser.parse(label, '.')) ? choice.get().code() : label;
      }
      return label;
    }
    if (variable.type().isNumeric() || variable.levelCode(s) >= 0) {
      return raw;
    }
    return null;
  }

  private static Optional<RedcapField.Choice> checkboxState(String s) {
    for (RedcapField.Choice c : CHECKBOX_STATES) {
      if (c.code().equals(s) || c.label().equalsIgnoreCase(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Why {@link #decode} gave null. */
  String unknownCode(String raw) {
    if (checkboxColumn != null) {
      return CellReader.quote(raw.strip()) + " is not one of the states of checkbox column "
          + checkboxColumn + " in the data dictionary (" + codes(CHECKBOX_STATES) + ")";
    }
    return CellReader.quote(raw.strip()) + " is not one of the choices of " + field.name()
        + " in the data dictionary (" + codes(field.choices()) + ")";
  }

  /** A note for a decoded value the variable did not accept. */
  String decodedFrom(String raw) {
    String what = checkboxColumn != null ? checkboxColumn : field.name();
    return " (" + what + " code " + CellReader.quote(raw.strip()) + " in the data"
        + " dictionary)";
  }

  /** Null when {@code value} is within the dictionary's range, else the message. */
  String outOfRange(String raw, double value) {
    if (field.min() != null && value < field.min()) {
      return CellReader.quote(raw.strip()) + " is below the data dictionary's minimum "
          + NumberText.format(field.min()) + " for " + field.name();
    }
    if (field.max() != null && value > field.max()) {
      return CellReader.quote(raw.strip()) + " is above the data dictionary's maximum "
          + NumberText.format(field.max()) + " for " + field.name();
    }
    return null;
  }

  private static String codes(List<RedcapField.Choice> choices) {
    StringBuilder b = new StringBuilder();
    for (RedcapField.Choice c : choices) {
      if (b.length() > 0) {
        b.append(", ");
      }
      if (b.length() > 120) {
        return b.append("…").toString();
      }
      b.append(c.code()).append(' ').append(c.label());
    }
    return b.toString();
  }
}
