package org.sleepstat.report.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Report;

/**
 * The groups of the study's design as the charts name and colour them: the treated group and the
 * untreated group beside it when the design has a group and the file its column, else the one
 * group of every respondent (a single-arm study, or a file without the group column), saying so.
 */
final class StudyArms {
  private StudyArms() {}

  /** Whether the report shows two groups (a group in the design and its column in the file). */
  static boolean compared(Report report) {
    return !report.analysis().untreated().isEmpty();
  }

  /**
   * What the groups are, for an axis title: the group variable's title from the codebook
   * ("Switched to a new mattress during the study"), else why there is one group only.
   */
  static String title(Report report) {
    Optional<StudyDesign.Group> g = report.design().group();
    if (!compared(report) || g.isEmpty()) {
      return report.design().singleArm() ? "single-arm study: every respondent had the change"
          : "one group: the file has no " + report.design().groupName()
              .orElse(StudyDesign.GROUP) + " column";
    }
    return report.text().title(g.get().variable().name());
  }

  /**
   * The treated group's short name: the plan's label of its level, else the level made
   * readable ("Yes"); "All respondents" when there is one group.
   */
  static String treated(Report report) {
    Optional<StudyDesign.Group> g = report.design().group();
    if (!compared(report) || g.isEmpty()) {
      return "All respondents";
    }
    return Labels.level(report.text(), g.get().variable().name(), g.get().treated());
  }

  /** The untreated group's short name: its levels' labels ("No"), for a report that compares. */
  static String untreated(Report report) {
    StudyDesign.Group g = report.design().group().orElseThrow();
    String variable = g.variable().name();
    OutcomeText text = report.text();
    List<String> others = new ArrayList<>();
    for (String level : g.variable().levels()) {
      if (!level.equals(g.treated())) {
        others.add(Labels.level(text, variable, level));
      }
    }
    return String.join(" or ", others);
  }

  /**
   * The pairs of the {@code k}-th paired result, per group: the treated (or only) group first,
   * then the untreated group when the report compares.
   */
  static List<ArmPairs> pairs(Report report, int k) {
    AnalysisResult a = report.analysis();
    StudyDesign.Outcome o = report.design().outcome(a.paired().get(k).outcome()).orElseThrow();
    NumberColumn pre = report.survey().numbers(o.pre().name()).orElseThrow();
    NumberColumn post = report.survey().numbers(o.post().name()).orElseThrow();
    List<ArmPairs> out = new ArrayList<>();
    out.add(ArmPairs.read(treated(report), Palette.TREATED, a.rows().paired().get(k), pre,
        post));
    if (compared(report)) {
      out.add(ArmPairs.read(untreated(report), Palette.UNTREATED, a.rows().untreated().get(k),
          pre, post));
    }
    return out;
  }
}
