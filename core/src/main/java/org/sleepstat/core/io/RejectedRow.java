package org.sleepstat.core.io;

import java.util.List;

/**
 * A data row that was not accepted.
 *
 * @param line physical line where the row starts
 * @param respondentId the row's id as written ("" when it had none)
 * @param fields the raw fields, as read
 * @param problems why it was rejected (at least one)
 */
public record RejectedRow(long line, String respondentId, List<String> fields,
    List<Problem> problems) {
  public RejectedRow {
    fields = List.copyOf(fields);
    problems = List.copyOf(problems);
  }
}
