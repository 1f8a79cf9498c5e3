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
 * @param flagged each flagged respondent with the flags answered yes, in file order
 */
public record RedFlags(int respondents, List<String> ids, List<Flag> flags,
    List<Flagged> flagged) {

  /**
   * One red-flag column.
   *
   * @param name the variable, e.g. "rf_leg_numbness"
   * @param yes respondents who answered yes
   * @param missing respondents without an answer
   * @param ids the respondents who answered yes, in file order
   */
  public record Flag(String name, int yes, int missing, List<String> ids) {
    /** Checks the fields. */
    public Flag {
      Objects.requireNonNull(name, "name");
      ids = List.copyOf(ids);
      if (yes != ids.size() || missing < 0) {
        throw new IllegalArgumentException("inconsistent counts for " + name);
      }
    }
  }

  /**
   * A respondent to follow up.
   *
   * @param id the respondent id
   * @param line the line of the survey file where the respondent starts
   * @param flags the red-flag variables answered yes, in codebook order
   */
  public record Flagged(String id, int line, List<String> flags) {
    /** Copies the flags. */
    public Flagged {
      Objects.requireNonNull(id, "id");
      flags = List.copyOf(flags);
    }
  }

  /** Copies the lists and checks that the count matches the ids. */
  public RedFlags {
    ids = List.copyOf(ids);
    flags = List.copyOf(flags);
    flagged = List.copyOf(flagged);
    if (respondents != ids.size() || respondents != flagged.size()) {
      throw new IllegalArgumentException(
          "respondents " + respondents + " but " + ids.size() + " ids");
    }
  }
}
