package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.report.AgeSample;
import org.sleepstat.report.PairedSample;
import org.sleepstat.report.PositionSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;

/**
 * The charts of a report, in the order of the analysis: per paired outcome the means before and
 * after per group and the histogram of the change; the responder rates per group; per baseline
 * outcome the box plots by sleep position and the scatter against mattress age. A chart whose
 * data are too few to draw (fewer than 2 pairs, no values) is left out.
 */
public final class ReportCharts {
  private ReportCharts() {}

  /** Builds the chart models of {@code report}. */
  public static List<ReportChart> of(Report report) {
    List<ReportChart> charts = new ArrayList<>();
    List<PairedResult> withPairs = new ArrayList<>();
    List<Integer> withPairsAt = new ArrayList<>();
    for (int k = 0; k < report.paired().size(); k++) {
      PairedSample s = report.paired().get(k);
      // an interval that overflows (values near 1e308) has nothing to draw
      if (s.result().n() >= 2 && s.before().ciLow().isDefined()
          && s.after().ciLow().isDefined()) {
        charts.add(new ReportChart("before-after-" + s.outcome(),
            BeforeAfterChart.build(s.outcome(), StudyArms.pairs(report, k), report.text(),
                StudyArms.title(report))));
      }
      if (s.change().isPresent()) {
        charts.add(new ReportChart("change-" + s.outcome(),
            ChangeHistogramChart.build(s, s.change().get(), report.text(),
                report.pairedScope())));
        withPairs.add(s.result());
        withPairsAt.add(k);
      }
    }
    if (!withPairs.isEmpty()) {
      charts.add(new ReportChart("responders", responders(report, withPairs, withPairsAt)));
    }
    charts.addAll(overTime(report));
    for (ArmComparisonResult a : report.analysis().armComparison()) {
      ForestCharts.of(report, a).ifPresent(c -> charts.add(new ReportChart("forest-"
          + a.outcome(), c)));
    }
    String position = report.design().position().map(v -> v.name()).orElse("");
    for (int r = 0; r < report.byPosition().size(); r++) {
      PositionSample s = report.byPosition().get(r);
      if (s.result().n() >= 1) {
        LevelColumn levels = report.survey().levels(position).orElseThrow();
        NumberColumn values = report.survey().numbers(s.outcome()).orElseThrow();
        charts.add(new ReportChart("by-position-" + s.outcome(),
            PositionBoxChart.build(s, report.text(), position, PositionPoints.read(s,
                report.analysis().rows().byPosition().get(r), levels, values))));
      }
    }
    String age = report.design().mattressAge().map(v -> v.name())
        .orElse(StudyDesign.MATTRESS_AGE);
    for (AgeSample s : report.mattressAge()) {
      if (s.result().n() >= 1) {
        charts.add(new ReportChart("mattress-age-" + s.result().outcome(),
            MattressAgeChart.build(s, report.text(), age)));
      }
    }
    Optional<StudyDesign.Outcome> primary = report.design().primary();
    if (primary.isPresent() && primary.get().pre() != null) {
      String pre = primary.get().pre().name();
      List<PropsByPositionChart.Group> props =
          PropsByPositionChart.groups(report.analysis().props(), pre);
      if (!props.isEmpty()) {
        charts.add(new ReportChart("props-by-position", PropsByPositionChart.build(pre, props,
            report.text(), position)));
      }
    }
    return charts;
  }

  /**
   * Per outcome over three or more waves, its model means by group over time
   * ({@code over-time-<outcome>}); none for two waves. The slide deck shows them too.
   */
  public static List<ReportChart> overTime(Report report) {
    List<ReportChart> charts = new ArrayList<>();
    for (RepeatedResult r : report.analysis().repeated()) {
      if (r.means().stream().anyMatch(c -> c.mean().isDefined())) {
        Direction direction = report.design().outcome(r.outcome())
            .map(StudyDesign.Outcome::direction).orElse(Direction.LOWER_IS_BETTER);
        charts.add(new ReportChart("over-time-" + r.outcome(), OverTimeChart.build(r,
            overTimeGroups(report, r), report.text(), direction, StudyArms.title(report))));
      }
    }
    return charts;
  }

  /** The model's groups: the treated level in its colour, the reference in the untreated's. */
  private static List<OverTimeChart.Group> overTimeGroups(Report report, RepeatedResult r) {
    if (r.group().isEmpty()) {
      return List.of(new OverTimeChart.Group(Optional.empty(), "All respondents",
          Palette.TREATED));
    }
    String treated = report.design().group().map(StudyDesign.Group::treated).orElse("");
    List<OverTimeChart.Group> groups = new ArrayList<>();
    int other = 0;
    for (String level : r.groups()) {
      Color color = level.equals(treated) ? Palette.TREATED : other == 0 ? Palette.UNTREATED
          : Palette.CATEGORIES[Math.min(1 + other, Palette.CATEGORIES.length - 1)];
      other += level.equals(treated) ? 0 : 1;
      groups.add(new OverTimeChart.Group(Optional.of(level),
          Labels.level(report.text(), r.group().get(), level), color));
    }
    return groups;
  }

  /** Responders of the outcomes with pairs, per group, by both rules. */
  private static org.knowm.xchart.XYChart responders(Report report, List<PairedResult> results,
      List<Integer> at) {
    List<ResponderChart.Group> groups = new ArrayList<>();
    groups.add(ResponderChart.treated(StudyArms.treated(report), results));
    if (StudyArms.compared(report)) {
      groups.add(ResponderChart.untreated(StudyArms.untreated(report),
          at.stream().map(k -> report.analysis().untreated().get(k)).toList()));
    }
    List<String> outcomes = results.stream().map(PairedResult::outcome).toList();
    List<Double> points = outcomes.stream().map(report::responderPoints).toList();
    List<OptionalDouble> percents = outcomes.stream().map(o -> report.design().outcome(o)
        .map(d -> d.responder().percent()).orElse(OptionalDouble.empty())).toList();
    List<Double> applied = percents.stream().filter(OptionalDouble::isPresent)
        .map(OptionalDouble::getAsDouble).distinct().toList();
    String percent = applied.isEmpty() ? null : applied.size() == 1
        ? Wording.number(applied.get(0), applied.get(0) == Math.rint(applied.get(0)) ? 0 : 1)
            + "%" : "the outcome's share";
    return ResponderChart.build(outcomes, groups, report.text(), points, percent,
        StudyArms.title(report));
  }
}
