package org.sleepstat.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * A design variable an analysis needs that the file lacks: the analyses still run, but mean
 * something else or leave a part out, so every command says so (on stderr, in the JSON's
 * {@code warnings}, first on the Summary sheet). Made by {@link DesignWarnings}.
 *
 * @param rule what is missing
 * @param variable the full name the codebook expects, e.g. "changed_mattress" or
 *     "pain_morning_post"
 * @param column the unmatched column of the file most likely meant, or null when none fits
 * @param message one line saying what is missing, what it means and which column looks like it
 */
public record DesignWarning(Rule rule, String variable, String column, String message) {
  /** What is missing. */
  public enum Rule {
    /** A variable an analysis needs has no column in the file. */
    DESIGN_VARIABLE_MISSING,
    /** An outcome has its {@code _pre} column but not its {@code _post} one, or the reverse. */
    OUTCOME_INCOMPLETE;

    /** The name in the JSON documents: "design_variable_missing", "outcome_incomplete". */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks that the fields are there and the message is one line. */
  public DesignWarning {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(message, "message");
    if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a warning is one line: " + message);
    }
  }
}
