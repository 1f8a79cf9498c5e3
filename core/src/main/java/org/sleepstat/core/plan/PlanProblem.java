package org.sleepstat.core.plan;

import java.util.Objects;

/**
 * A fault of a plan at its place: {@code FILE:LINE:COLUMN: message}.
 *
 * @param file the plan as named in messages
 * @param line 1-based; 0 for the file as a whole
 * @param column 1-based; 0 for the file or line as a whole
 * @param message what is wrong and, where it can, what to write instead
 */
public record PlanProblem(String file, int line, int column, String message) {
  public PlanProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return file + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }
}
