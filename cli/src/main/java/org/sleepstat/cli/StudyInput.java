package org.sleepstat.cli;

import java.util.List;
import java.util.Objects;
import org.sleepstat.analysis.DesignWarning;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.plan.StudyPlan;

/**
 * A survey read with its study plan, and the warnings about variables the plan's analyses need
 * that the file has no column for.
 *
 * @param imported the import
 * @param plan the plan it was read and is analysed with
 * @param warnings the design warnings, in order
 */
record StudyInput(ImportResult imported, StudyPlan plan, List<DesignWarning> warnings) {
  StudyInput {
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(plan, "plan");
    warnings = List.copyOf(warnings);
  }
}
