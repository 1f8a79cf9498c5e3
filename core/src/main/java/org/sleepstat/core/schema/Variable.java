package org.sleepstat.core.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One codebook variable: its type, valid range or levels, accepted spellings, extra missing-value
 * codes and role. Immutable. Category matching ignores case and treats spaces, hyphens and
 * underscores alike (see {@link Spelling#categoryKey}).
 */
public final class Variable {
  /** The two levels of a boolean variable, in code order (0 = no, 1 = yes). */
  public static final List<String> BOOLEAN_LEVELS = List.of("no", "yes");
  /** The end of an outcome's baseline column: pain_morning_pre. */
  public static final String PRE_SUFFIX = "_pre";
  /** The end of an outcome's follow-up column: pain_morning_post. */
  public static final String POST_SUFFIX = "_post";

  private static final Map<String, Integer> BOOLEAN_SPELLINGS =
      Map.ofEntries(
          Map.entry("yes", 1),
          Map.entry("y", 1),
          Map.entry("true", 1),
          Map.entry("t", 1),
          Map.entry("1", 1),
          Map.entry("checked", 1),
          Map.entry("no", 0),
          Map.entry("n", 0),
          Map.entry("false", 0),
          Map.entry("f", 0),
          Map.entry("0", 0),
          Map.entry("unchecked", 0));

  private final String name;
  private final VariableType type;
  private final boolean required;
  private final Role role;
  private final Double min;
  private final Double max;
  private final List<String> levels;
  private final Map<String, String> spellings;
  private final Set<String> missingCodes;
  /** The missing codes as chars, for cells read without a String. */
  private final char[][] missingCodeChars;
  private final String label;
  private final Map<String, Integer> levelIndex;

  /**
   * Creates a variable.
   *
   * @param spellings accepted spelling to level; keys are compared by {@link Spelling#categoryKey}
   * @param missingCodes extra raw values (beyond the standard missing tokens) that mean missing
   */
  public Variable(
      String name,
      VariableType type,
      boolean required,
      Role role,
      Double min,
      Double max,
      List<String> levels,
      Map<String, String> spellings,
      Set<String> missingCodes,
      String label) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.required = required;
    this.role = Objects.requireNonNull(role, "role");
    this.min = min;
    this.max = max;
    if (type == VariableType.BOOLEAN && !levels.isEmpty() && !levels.equals(BOOLEAN_LEVELS)) {
      throw new IllegalArgumentException(name + ": a boolean variable's levels are always no and"
          + " yes; write other words as spellings (word=yes|word=no)");
    }
    this.levels = type == VariableType.BOOLEAN ? BOOLEAN_LEVELS : List.copyOf(levels);
    // in the codebook's order, so that every run lists and checks them alike
    this.spellings = Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
    this.missingCodes = Collections.unmodifiableSet(new LinkedHashSet<>(missingCodes));
    this.missingCodeChars = this.missingCodes.stream().map(String::toCharArray)
        .toArray(char[][]::new);
    this.label = label == null ? "" : label;
    if (name.isBlank()) {
      throw new IllegalArgumentException("variable name is empty");
    }
    if (type.hasLevels() && this.levels.isEmpty()) {
      throw new IllegalArgumentException(name + ": a " + typeName(type) + " variable needs levels");
    }
    if (this.levels.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(name + ": at most 127 levels, not " + this.levels.size());
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(name + ": minimum " + NumberText.format(min)
          + " is above maximum " + NumberText.format(max));
    }
    if (!type.hasLevels() && type != VariableType.BOOLEAN
        && (!this.levels.isEmpty() || !this.spellings.isEmpty())) {
      throw new IllegalArgumentException(name + ": levels and spellings apply only to category,"
          + " ordinal and boolean variables, not to " + article(type) + " " + typeName(type)
          + " one");
    }
    if (!type.isNumeric() && (min != null || max != null)) {
      throw new IllegalArgumentException(name + ": min and max apply only to integer and decimal"
          + " variables, not to " + article(type) + " " + typeName(type) + " one");
    }
    if (role != Role.RESPONDENT && !type.isNumeric()) {
      throw new IllegalArgumentException(name + ": an outcome must be integer or decimal");
    }
    if (role == Role.OUTCOME_PRE && !name.endsWith(PRE_SUFFIX)
        || role == Role.OUTCOME_POST && !name.endsWith(POST_SUFFIX)) {
      throw new IllegalArgumentException(
          name + ": an outcome's name must end in _pre or _post to match its role");
    }
    this.levelIndex = buildLevelIndex();
  }

  private Map<String, Integer> buildLevelIndex() {
    for (Map.Entry<String, String> e : spellings.entrySet()) {
      if (!levels.contains(e.getValue())) {
        throw new IllegalArgumentException(name + ": spelling \"" + e.getKey()
            + "\" maps to unknown level \"" + e.getValue() + "\"");
      }
    }
    List<WrittenForms.Form> forms = new ArrayList<>(builtInForms(type));
    for (String level : levels) {
      forms.add(new WrittenForms.Form(WrittenForms.Kind.LEVEL, level, level, 0));
    }
    for (Map.Entry<String, String> e : spellings.entrySet()) {
      forms.add(new WrittenForms.Form(WrittenForms.Kind.SPELLING, e.getKey(), e.getValue(), 0));
    }
    WrittenForms.Refusal refusal = WrittenForms.check(forms, missingCodes);
    if (refusal != null) {
      throw new IllegalArgumentException(name + ": " + refusal.message());
    }
    Map<String, Integer> index = new HashMap<>();
    if (type == VariableType.BOOLEAN) {
      index.putAll(BOOLEAN_SPELLINGS);
    }
    for (int i = 0; i < levels.size(); i++) {
      index.put(Spelling.categoryKey(levels.get(i)), i);
    }
    for (Map.Entry<String, String> e : spellings.entrySet()) {
      index.put(Spelling.categoryKey(e.getKey()), levels.indexOf(e.getValue()));
    }
    return Map.copyOf(index);
  }

  /** The spellings every variable of {@code type} accepts: yes, y, true, 1, … for a boolean. */
  static List<WrittenForms.Form> builtInForms(VariableType type) {
    if (type != VariableType.BOOLEAN) {
      return List.of();
    }
    return BOOLEAN_SPELLINGS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new WrittenForms.Form(WrittenForms.Kind.BUILT_IN, e.getKey(),
            BOOLEAN_LEVELS.get(e.getValue()), 0))
        .toList();
  }

  private static String article(VariableType type) {
    return type == VariableType.ID || type == VariableType.INTEGER
        || type == VariableType.ORDINAL ? "an" : "a";
  }

  static String typeName(VariableType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  public String name() {
    return name;
  }

  public VariableType type() {
    return type;
  }

  public boolean required() {
    return required;
  }

  public Role role() {
    return role;
  }

  /** Smallest valid value, or null when unbounded. */
  public Double min() {
    return min;
  }

  /** Largest valid value, or null when unbounded. */
  public Double max() {
    return max;
  }

  /** Levels in codebook order (low to high for ordinal; no, yes for boolean). */
  public List<String> levels() {
    return levels;
  }

  /** Accepted spellings beyond the levels themselves, spelling to level. */
  public Map<String, String> spellings() {
    return spellings;
  }

  /** Raw values that this variable declares missing, beyond the standard missing tokens. */
  public Set<String> missingCodes() {
    return missingCodes;
  }

  /** Human-readable description. */
  public String label() {
    return label;
  }

  /**
   * The outcome this variable measures, without its wave suffix ("pain_morning" for
   * "pain_morning_pre"); the name itself for respondent-level variables.
   */
  public String outcome() {
    return switch (role) {
      case OUTCOME_PRE -> name.substring(0, name.length() - PRE_SUFFIX.length());
      case OUTCOME_POST -> name.substring(0, name.length() - POST_SUFFIX.length());
      case RESPONDENT -> name;
    };
  }

  /**
   * The level code of a raw value (index into {@link #levels()}), or -1 when the value is not an
   * accepted spelling. Only for category, ordinal and boolean variables.
   */
  public int levelCode(String raw) {
    Integer code = levelIndex.get(Spelling.categoryKey(raw));
    return code == null ? -1 : code;
  }

  /** Whether the raw (trimmed) value is one of this variable's own missing-value codes. */
  public boolean isMissingCode(String trimmed) {
    return !missingCodes.isEmpty() && missingCodes.contains(trimmed);
  }

  /** Whether the trimmed chars {@code a[from, to)} are one of this variable's missing codes. */
  public boolean isMissingCode(char[] a, int from, int to) {
    for (char[] code : missingCodeChars) {
      if (Arrays.equals(code, 0, code.length, a, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** A short statement of the valid values, for messages and reports ("0–10", "yes / no"). */
  public String validValues() {
    return switch (type) {
      case ID -> "non-empty text, unique in the file";
      case INTEGER, DECIMAL -> rangeText();
      case CATEGORY, ORDINAL -> String.join(", ", levels);
      case BOOLEAN -> "yes / no";
    };
  }

  private String rangeText() {
    String whole = type == VariableType.INTEGER ? "whole number" : "number";
    if (min == null && max == null) {
      return "any " + whole;
    }
    if (min == null) {
      return whole + " ≤ " + NumberText.format(max);
    }
    if (max == null) {
      return whole + " ≥ " + NumberText.format(min);
    }
    return NumberText.format(min) + "–" + NumberText.format(max);
  }

  @Override
  public String toString() {
    return name + " (" + typeName(type) + ")";
  }
}
