package org.sleepstat.report.charts;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.report.AgeSample;
import org.sleepstat.report.PairedSample;
import org.sleepstat.report.PositionSample;
import org.sleepstat.report.Report;

/**
 * The charts of a report, in the order of the analysis: per paired outcome the means before and
 * after and the histogram of the change; the responder rates; per baseline outcome the box plots
 * by sleep position and the scatter against mattress age. A chart whose data are too few to draw
 * (fewer than 2 pairs, no values) is left out.
 */
public final class ReportCharts {
  private ReportCharts() {}

  /** Builds the chart models of {@code report}. */
  public static List<ReportChart> of(Report report) {
    List<ReportChart> charts = new ArrayList<>();
    List<PairedResult> withPairs = new ArrayList<>();
    for (PairedSample s : report.paired()) {
      // an interval that overflows (values near 1e308) has nothing to draw
      if (s.result().n() >= 2 && s.before().ciLow().isDefined()
          && s.after().ciLow().isDefined()) {
        charts.add(new ReportChart("before-after-" + s.outcome(),
            BeforeAfterChart.build(s, report.text(), report.pairedScope())));
      }
      if (s.change().isPresent()) {
        charts.add(new ReportChart("change-" + s.outcome(),
            ChangeHistogramChart.build(s, s.change().get(), report.text(),
                report.pairedScope())));
        withPairs.add(s.result());
      }
    }
    if (!withPairs.isEmpty()) {
      charts.add(new ReportChart("responders", ResponderChart.build(withPairs, report.text(),
          withPairs.stream().map(r -> report.responderPoints(r.outcome())).toList(),
          report.pairedScope())));
    }
    for (PositionSample s : report.byPosition()) {
      if (s.result().n() >= 1) {
        charts.add(new ReportChart("by-position-" + s.outcome(),
            PositionBoxChart.build(s, report.text(),
                report.design().position().map(v -> v.name()).orElse(""))));
      }
    }
    for (AgeSample s : report.mattressAge()) {
      if (s.result().n() >= 1) {
        charts.add(new ReportChart("mattress-age-" + s.result().outcome(),
            MattressAgeChart.build(s, report.text())));
      }
    }
    return charts;
  }
}
