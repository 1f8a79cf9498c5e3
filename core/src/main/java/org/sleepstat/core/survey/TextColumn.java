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
  private final TextStore values;

  TextColumn(String name, Variable variable, TextStore values) {
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
    return values.size();
  }

  @Override
  public boolean isMissing(int row) {
    return values.isEmpty(row);
  }

  /** The value of respondent {@code row}; "" when empty. */
  public String get(int row) {
    return values.get(row);
  }

  /** All values, in respondent order. */
  public List<String> values() {
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return Arrays.asList(out);
  }

  @Override
  public String text(int row) {
    return values.get(row);
  }
}
