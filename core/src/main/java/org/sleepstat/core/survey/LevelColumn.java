package org.sleepstat.core.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.schema.Variable;

/**
 * A category, ordinal or boolean variable, stored as level codes: the index into {@link
 * #levels()}, or -1 when missing. Boolean levels are no (0) and yes (1).
 */
public final class LevelColumn implements Column {
  /** The code of a missing value. */
  public static final int MISSING = -1;

  private final Variable variable;
  private final byte[] codes;

  private final int size;

  /** The first {@code size} codes of {@code codes}. */
  LevelColumn(Variable variable, byte[] codes, int size) {
    this.size = size;
    this.variable = Objects.requireNonNull(variable);
    this.codes = codes;
  }

  @Override
  public String name() {
    return variable.name();
  }

  @Override
  public Optional<Variable> variable() {
    return Optional.of(variable);
  }

  /** The levels in codebook order. */
  public List<String> levels() {
    return variable.levels();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isMissing(int row) {
    return codes[row] < 0;
  }

  /** The level code of respondent {@code row}, {@link #MISSING} when missing. */
  public int code(int row) {
    return codes[row];
  }

  /** A copy of all codes. */
  public int[] toCodes() {
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = codes[i];
    }
    return out;
  }

  /** Number of respondents with each level, in level order. */
  public int[] counts() {
    int[] counts = new int[levels().size()];
    for (int i = 0; i < size; i++) {
      byte c = codes[i];
      if (c >= 0) {
        counts[c]++;
      }
    }
    return counts;
  }

  @Override
  public String text(int row) {
    return isMissing(row) ? "" : levels().get(codes[row]);
  }
}
