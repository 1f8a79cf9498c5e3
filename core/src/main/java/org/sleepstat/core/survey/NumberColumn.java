package org.sleepstat.core.survey;

import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;

/** An integer or decimal variable; missing values are NaN. Stored compactly, see NumberStore. */
public final class NumberColumn implements Column {
  private final String name;
  private final Variable variable;
  private final NumberStore values;

  NumberColumn(Variable variable, NumberStore values) {
    this(variable.name(), variable, values);
  }

  /** A column named otherwise than its variable: an outcome at one wave, "pain_morning[week 2]". */
  NumberColumn(String name, Variable variable, NumberStore values) {
    this.name = Objects.requireNonNull(name);
    this.variable = Objects.requireNonNull(variable);
    this.values = values;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Variable> variable() {
    return Optional.of(variable);
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public boolean isMissing(int row) {
    return Double.isNaN(values.get(row));
  }

  /** The value of respondent {@code row}, NaN when missing. */
  public double get(int row) {
    return values.get(row);
  }

  /** A copy of all values, NaN for missing. */
  public double[] toArray() {
    double[] out = new double[values.size()];
    values.copyTo(out);
    return out;
  }

  @Override
  public String text(int row) {
    return isMissing(row) ? "" : NumberText.format(values.get(row));
  }
}
