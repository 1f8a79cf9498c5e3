package org.sleepstat.analysis;

import java.util.Locale;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.core.survey.Survey;

/** Whom the paired analyses cover, in words, for the results and the reports. */
final class PairedSelection {
  private PairedSelection() {}

  /**
   * "changed_mattress = yes, both values present"; "all respondents with both values
   * (single-arm study)"; or "all respondents with both values (no changed_mattress column)".
   *
   * @param hasColumn whether the survey has a column for the design's group variable
   */
  static String describe(StudyDesign design, boolean hasColumn) {
    if (design.group().isPresent() && hasColumn) {
      StudyDesign.Group g = design.group().get();
      return g.variable().name() + " = " + g.treated() + ", both values present";
    }
    if (design.singleArm()) {
      return "all respondents with both values (single-arm study)";
    }
    return "all respondents with both values (no " + design.groupName().orElse(StudyDesign.GROUP)
        + " column)";
  }

  /**
   * {@link #describe(StudyDesign, boolean)} followed by {@link #waves(Survey)}: with three or
   * more waves the pairs are the first wave and the primary follow-up, and the words say so.
   */
  static String describe(StudyDesign design, boolean hasColumn, Survey survey) {
    return describe(design, hasColumn) + waves(survey);
  }

  /**
   * Which waves the pairs compare, for a survey with three or more waves ("" otherwise):
   * "; baseline against week 12, the last of 4 waves" or "; baseline against week 4, the plan's
   * primary follow-up (of 4 waves)".
   */
  static String waves(Survey survey) {
    if (survey.repeated().isEmpty()) {
      return "";
    }
    RepeatedMeasures rm = survey.repeated().get();
    int k = rm.waves().size();
    int primary = rm.primaryFollowUp();
    String first = rm.waves().get(0).label();
    String follow = rm.waves().get(primary).label();
    return primary == k - 1
        ? String.format(Locale.ROOT, "; %s against %s, the last of %d waves", first, follow, k)
        : String.format(Locale.ROOT, "; %s against %s, the plan's primary follow-up (of %d "
            + "waves)", first, follow, k);
  }

  /**
   * The untreated pairs of a design with a group: "changed_mattress = no, both values present";
   * with several untreated levels "arm = placebo or waitlist, both values present".
   */
  static String untreated(StudyDesign.Group g) {
    java.util.List<String> others = g.variable().levels().stream()
        .filter(l -> !l.equals(g.treated())).toList();
    return g.variable().name() + " = " + String.join(" or ", others) + ", both values present";
  }
}
