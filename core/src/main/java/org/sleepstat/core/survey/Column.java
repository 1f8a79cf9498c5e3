package org.sleepstat.core.survey;

import java.util.Optional;
import org.sleepstat.core.schema.Variable;

/**
 * One column of an accepted survey, one value per respondent. Codebook variables are typed
 * ({@link NumberColumn}, {@link LevelColumn}); the id and columns the codebook does not know are
 * {@link TextColumn}s. Columns are immutable.
 */
public sealed interface Column permits NumberColumn, LevelColumn, TextColumn {
  /** Column name: the codebook variable's name, or the header as written for extra columns. */
  String name();

  /** The codebook variable, empty for an extra column. */
  Optional<Variable> variable();

  /** Number of values (respondents). */
  int size();

  /** Whether the value for respondent {@code row} is missing. */
  boolean isMissing(int row);

  /** Number of missing values. */
  default int missingCount() {
    int n = 0;
    for (int i = 0; i < size(); i++) {
      if (isMissing(i)) {
        n++;
      }
    }
    return n;
  }

  /** The value in its normal written form ("side", "yes", "6.5"), or "" when missing. */
  String text(int row);
}
