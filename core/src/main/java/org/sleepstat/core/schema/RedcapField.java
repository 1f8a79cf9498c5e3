package org.sleepstat.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a REDCap data dictionary: its name, form, type, label, choices (for coded fields)
 * and the numeric range of its text validation.
 *
 * @param name the variable / field name, as the raw export's column is named
 * @param form the form (instrument) the field is on
 * @param type the field type
 * @param label the field label, as a label export's header names the column
 * @param choices the coded choices of a radio, dropdown, checkbox, yesno or truefalse field (yesno
 *     and truefalse have REDCap's fixed choices 1 / 0), else empty
 * @param validation the text validation type ("integer", "number", "date_ymd", …), or ""
 * @param min the validation minimum when the validation is numeric and the minimum a number
 * @param max the validation maximum, likewise
 * @param line the physical line of the dictionary file where the field is defined
 */
public record RedcapField(String name, String form, Type type, String label, List<Choice> choices,
    String validation, Double min, Double max, long line) {

  /** REDCap's field types; {@link #OTHER} for a type this version does not know. */
  public enum Type {
    TEXT, NOTES, RADIO, DROPDOWN, CHECKBOX, YESNO, TRUEFALSE, CALC, SLIDER, FILE, DESCRIPTIVE,
    SQL, OTHER;

    /** The type a dictionary's "Field Type" cell names. */
    static Type of(String cell) {
      String k = cell.strip().toLowerCase(Locale.ROOT);
      for (Type t : values()) {
        if (t != OTHER && t.name().toLowerCase(Locale.ROOT).equals(k)) {
          return t;
        }
      }
      return k.equals("select") ? DROPDOWN : OTHER;
    }
  }

  /**
   * One coded choice, e.g. {@code 1, On my side}.
   *
   * @param code the value a raw export holds
   * @param label the text a label export holds
   */
  public record Choice(String code, String label) {
    public Choice {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(label, "label");
    }
  }

  static final List<Choice> YES_NO = List.of(new Choice("1", "Yes"), new Choice("0", "No"));
  static final List<Choice> TRUE_FALSE =
      List.of(new Choice("1", "True"), new Choice("0", "False"));

  public RedcapField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(type, "type");
    label = label == null ? "" : label;
    choices = List.copyOf(choices);
    validation = validation == null ? "" : validation;
  }

  /**
   * Whether the export holds one of {@link #choices()}' codes (radio, dropdown, yesno, truefalse).
   */
  public boolean isCoded() {
    return type == Type.RADIO || type == Type.DROPDOWN || type == Type.YESNO
        || type == Type.TRUEFALSE;
  }

  /** Whether the export has one 0/1 column per choice, {@code <name>___<code>}. */
  public boolean isCheckbox() {
    return type == Type.CHECKBOX;
  }

  /** Whether the export has a column for the field at all (descriptive text has none). */
  public boolean hasData() {
    return type != Type.DESCRIPTIVE;
  }

  /** The export's column names for this field: one, or one per choice for a checkbox. */
  public List<String> columns() {
    if (!hasData()) {
      return List.of();
    }
    if (!isCheckbox()) {
      return List.of(name);
    }
    List<String> list = new ArrayList<>(choices.size());
    for (Choice c : choices) {
      list.add(checkboxColumn(c));
    }
    return list;
  }

  /**
   * The raw export's column for one checkbox choice: {@code <name>___<code>}, the code in lower
   * case with characters other than letters, digits and underscores written as {@code _} (as
   * REDCap names them).
   */
  public String checkboxColumn(Choice choice) {
    StringBuilder b = new StringBuilder(name).append("___");
    for (char ch : choice.code().toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(Character.isLetterOrDigit(ch) || ch == '_' ? ch : '_');
    }
    return b.toString();
  }

  /** The choice with this code (compared after trimming). */
  public Optional<Choice> choiceByCode(String code) {
    String c = code.strip();
    for (Choice choice : choices) {
      if (choice.code().equals(c)) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }

  /**
   * The choice with this label (case, spaces, hyphens and underscores between words ignored);
   * none when two choices have that label, since either could be meant.
   */
  public Optional<Choice> choiceByLabel(String label) {
    String key = Spelling.categoryKey(label);
    Choice found = null;
    for (Choice choice : choices) {
      if (Spelling.categoryKey(choice.label()).equals(key)) {
        if (found != null) {
          return Optional.empty();
        }
        found = choice;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether some choice's label is another choice's code, so that a value reads two ways. */
  public boolean labelsLookLikeCodes() {
    for (Choice choice : choices) {
      Optional<Choice> other = choiceByCode(choice.label());
      if (other.isPresent() && other.get() != choice) {
        return true;
      }
    }
    return false;
  }

  /** The choices as the dictionary writes them: {@code 1, On my side | 2, On my back}. */
  public String choicesText() {
    List<String> parts = new ArrayList<>(choices.size());
    for (Choice c : choices) {
      parts.add(c.code() + ", " + c.label());
    }
    return String.join(" | ", parts);
  }
}
