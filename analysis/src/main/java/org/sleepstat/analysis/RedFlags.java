package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Respondents who reported any red flag (a {@code rf_*} yes/no variable answered yes): they need
 * a doctor, and a report must show them every time.
 *
 * @param respondents respondents with at least one red flag
 * @param ids their ids, in file order
 * @param flags every red-flag column of the survey, in codebook order
 */
public record RedFlags(int respondents, List<String> ids, List<Flag> flags) {

  /**
   * One red-flag column.
   *
   * @param name the variable, e.g. "rf_leg_numbness"
   * @param yes respondents who answered yes
   * @param missing respondents without an answer
   */
  public record Flag(String name, int yes, int missing) {
    /** Checks the fields. */
    public Flag {
      Objects.requireNonNull(name, "name");
      if (yes < 0 || missing < 0) {
        throw new IllegalArgumentException("negative count for " + name);
      }
    }
  }

  /** Copies the lists and checks that the count matches the ids. */
  public RedFlags {
    ids = List.copyOf(ids);
    flags = List.copyOf(flags);
    if (respondents != ids.size()) {
      throw new IllegalArgumentException(
          "respondents " + respondents + " but " + ids.size() + " ids");
    }
  }
}
