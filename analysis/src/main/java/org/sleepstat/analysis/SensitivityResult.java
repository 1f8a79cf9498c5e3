package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The main analyses of the change repeated on parts of the survey, beside the main result: the
 * paired analysis of the treated ({@link PairedResult}) and the adjusted difference ({@link
 * AdjustedDifference}), over every respondent (main), without the respondents with any red flag
 * answered yes, and for persistent pain only.
 *
 * @param subsets the main analysis and the two subsets, in that order, each with whom it left out
 * @param outcomes one per outcome with both a pre and a post column, in the design's order
 */
public record SensitivityResult(List<Subset> subsets, List<Outcome> outcomes) {
  public SensitivityResult {
    subsets = List.copyOf(subsets);
    outcomes = List.copyOf(outcomes);
  }

  /** The parts of the survey the analyses are repeated on. */
  public enum Kind {
    /** Every respondent: the main result. */
    MAIN("main"),
    /** Respondents without any red flag answered yes. */
    WITHOUT_RED_FLAGS("without_red_flags"),
    /** Respondents whose pain has lasted longer than the plan's persistent_after weeks. */
    PERSISTENT_ONLY("persistent_only");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The name in the JSON: "main", "without_red_flags", "persistent_only". */
    public String key() {
      return key;
    }
  }

  /**
   * One part of the survey.
   *
   * @param kind which part
   * @param rule who is in it, in words, e.g. "no red flag answered yes (rf_leg_numbness, …)"
   * @param unavailable why the part cannot be formed (no red-flag column, no duration column);
   *     empty when it was
   * @param respondents respondents of the survey in the part
   * @param leftOut respondents of the survey left out of it (all of them when unavailable)
   * @param leftOutMissing of those, left out because the value deciding it was missing (the pain
   *     duration); 0 for the other parts
   * @param keptWithMissing respondents kept although a value deciding it was missing (a red flag
   *     unanswered but none answered yes); 0 for the other parts
   * @param notes what was done and why, e.g. who stayed in although an answer was missing
   */
  public record Subset(Kind kind, String rule, Optional<String> unavailable, int respondents,
      int leftOut, int leftOutMissing, int keptWithMissing, List<String> notes) {
    public Subset {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(unavailable, "unavailable");
      notes = List.copyOf(notes);
    }
  }

  /**
   * One outcome's analyses, per part.
   *
   * @param outcome the outcome, e.g. "pain_morning"
   * @param repeats the main analysis first, then one per subset that could be formed, in the
   *     order of {@link SensitivityResult#subsets()}
   */
  public record Outcome(String outcome, List<Repeat> repeats) {
    public Outcome {
      Objects.requireNonNull(outcome, "outcome");
      repeats = List.copyOf(repeats);
    }

    /** The analyses over {@code kind}, empty when that part could not be formed. */
    public Optional<Repeat> of(Kind kind) {
      return repeats.stream().filter(r -> r.kind() == kind).findFirst();
    }
  }

  /**
   * The analyses over one part of the survey.
   *
   * @param kind the part
   * @param paired the paired analysis of its treated respondents with both values
   * @param adjusted {@code lm(post ~ pre + group + covariates)} over its complete cases; empty
   *     without a group column (and in a single-arm study)
   */
  public record Repeat(Kind kind, PairedResult paired, Optional<AdjustedDifference> adjusted) {
    public Repeat {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(paired, "paired");
      Objects.requireNonNull(adjusted, "adjusted");
    }
  }
}
