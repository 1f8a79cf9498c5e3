package org.sleepstat.report.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.SubgroupResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.report.Report;

/**
 * The forest plot of an outcome from a report: its adjusted difference, its subgroups' results
 * with the plan's names of the subgroups and their levels, and who the treated are.
 */
final class ForestCharts {
  private ForestCharts() {}

  /**
   * The forest plot of {@code arms}'s outcome; empty when there is nothing to draw (neither the
   * overall difference nor any level has an interval).
   */
  static Optional<XYChart> of(Report report, ArmComparisonResult arms) {
    String outcome = arms.outcome();
    List<ForestChart.Subgroup> subgroups = new ArrayList<>();
    boolean any = arms.adjusted().difference().ciLow().isDefined();
    for (SubgroupResult r : report.analysis().subgroups()) {
      if (!r.outcome().equals(outcome)) {
        continue;
      }
      Optional<Variable> v = report.design().models().subgroups().stream()
          .filter(x -> x.name().equals(r.subgroup())).findFirst();
      String title = v.map(Variable::label).filter(l -> !l.isBlank())
          .orElse(r.subgroup());
      List<String> levels = new ArrayList<>();
      for (SubgroupResult.Level l : r.levels()) {
        levels.add(Labels.level(report.text(), r.subgroup(), l.level()));
        any |= l.difference().ciLow().isDefined();
      }
      subgroups.add(new ForestChart.Subgroup(title, levels, r));
    }
    if (!any) {
      return Optional.empty();
    }
    Direction direction = report.design().outcome(outcome)
        .map(StudyDesign.Outcome::direction).orElse(Direction.LOWER_IS_BETTER);
    return Optional.of(ForestChart.build(report.text().title(outcome), arms.n(), direction,
        arms.adjusted(), subgroups, treated(report)));
  }

  /** "changed_mattress = yes", or the plan's label of the treated level. */
  private static String treated(Report report) {
    StudyDesign.Group g = report.design().group().orElseThrow();
    String variable = g.variable().name();
    String label = report.text().level(variable, g.treated());
    return label.equals(g.treated()) ? variable + " = " + g.treated() : label;
  }
}
