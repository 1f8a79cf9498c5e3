package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.stats.ChiSquareResult;
import org.sleepstat.stats.ContingencyTable;
import org.sleepstat.stats.FisherResult;

/**
 * The chi-square and Fisher's exact tests of one contingency table.
 *
 * @param name what the table is, e.g. "sleep_position x pain_morning_pre >= 4"
 * @param table the table tested: levels nobody has are dropped (as R's {@code table(factor(x),
 *     factor(y))} inside {@code chisq.test(x, y)})
 * @param n respondents counted, the table's total
 * @param excludedMissing respondents left out for a missing value of either variable (0 when the
 *     counts were given)
 * @param notes dropped levels and why a test is undefined, in words
 * @param chiSquare {@code chisq.test(tab)}
 * @param fisher {@code fisher.test(tab)}
 */
public record CategoricalResult(String name, ContingencyTable table, int n, int excludedMissing,
    List<String> notes, ChiSquareResult chiSquare, FisherResult fisher) {

  /** Checks the fields and copies the notes. */
  public CategoricalResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(chiSquare, "chiSquare");
    Objects.requireNonNull(fisher, "fisher");
    notes = List.copyOf(notes);
    if (n < 0 || excludedMissing < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }
}
