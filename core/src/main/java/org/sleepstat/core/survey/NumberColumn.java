package org.sleepstat.core.survey;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;

/** An integer or decimal variable; missing values are NaN. */
public final class NumberColumn implements Column {
  private final Variable variable;
  private final double[] values;

  NumberColumn(Variable variable, double[] values) {
    this.variable = Objects.requireNonNull(variable);
    this.values = values;
  }

  @Override
  public String name() {
    return variable.name();
  }

  @Override
  public Optional<Variable> variable() {
    return Optional.of(variable);
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isMissing(int row) {
    return Double.isNaN(values[row]);
  }

  /** The value of respondent {@code row}, NaN when missing. */
  public double get(int row) {
    return values[row];
  }

  /** A copy of all values, NaN for missing. */
  public double[] toArray() {
    return Arrays.copyOf(values, values.length);
  }

  @Override
  public String text(int row) {
    return isMissing(row) ? "" : NumberText.format(values[row]);
  }
}
