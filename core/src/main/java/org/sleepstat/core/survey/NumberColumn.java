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
  /**
   * The store's own array when it keeps doubles (decimals of many digits), else null: reading
   * it is small enough for the quick JIT to inline into the analyses' loops, where the store's
   * get, which decodes narrow forms, is a call.
   */
  private final double[] doubles;

  NumberColumn(Variable variable, NumberStore values) {
    this(variable.name(), variable, values);
  }

  /** A column named otherwise than its variable: an outcome at one wave, "pain_morning[week 2]". */
  NumberColumn(String name, Variable variable, NumberStore values) {
    this.name = Objects.requireNonNull(name);
    this.variable = Objects.requireNonNull(variable);
    this.values = values;
    this.doubles = values.doublesOrNull();
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
    return Double.isNaN(get(row));
  }

  /** The value of respondent {@code row}, NaN when missing. */
  public double get(int row) {
    double[] d = doubles;
    return d != null ? d[row] : values.get(row);
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
