package org.sleepstat.core.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.schema.Variable;

/** Free text: the respondent id, or a column the codebook does not know (kept as read). */
public final class TextColumn implements Column {
  private final String name;
  private final Variable variable;
  private final String[] values;

  TextColumn(String name, Variable variable, String[] values) {
    this.name = Objects.requireNonNull(name);
    this.variable = variable;
    this.values = values;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Variable> variable() {
    return Optional.ofNullable(variable);
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isMissing(int row) {
    return values[row].isEmpty();
  }

  /** The value of respondent {@code row}; "" when empty. */
  public String get(int row) {
    return values[row];
  }

  /** All values, in respondent order. */
  public List<String> values() {
    return Arrays.asList(values.clone());
  }

  @Override
  public String text(int row) {
    return values[row];
  }
}
