package org.sleepstat.report.slides;

import java.util.Locale;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Methods;
import org.sleepstat.stats.Stat;

/**
 * The speaker notes of a finding slide: the sentence, the numbers unrounded (as Java prints a
 * double, so they can be pasted into R and compared), the method, and the R call of each method
 * behind the slide, the chart's bars among them.
 */
final class SpeakerNotes {
  /** The reason of a statistic a headline does not have ({@code Headline.NONE}). */
  private static final String NOT_PART = "not part of this finding";

  private SpeakerNotes() {}

  static String of(Finding f) {
    Headline h = f.headline();
    StringBuilder b = new StringBuilder(h.sentence()).append("\n\n");
    b.append("Exact numbers (").append(h.method()).append("):\n");
    b.append("estimate = ").append(exact(h.estimate()));
    if (h.kind() == Headline.Kind.SHARE) {
      b.append(" (a share: 1 = 100%)");
    }
    b.append('\n');
    if (partOf(h.ciLow())) {
      b.append("95% CI = ").append(exact(h.ciLow())).append(" to ").append(exact(h.ciHigh()))
          .append('\n');
    }
    if (partOf(h.p())) {
      b.append("p = ").append(exact(h.p())).append('\n');
    }
    if (h.n() != null) {
      b.append("n = ").append(h.n()).append('\n');
    }
    f.chart().ifPresent(chart -> {
      b.append("\nChart: ").append(chart.valueTitle()).append('\n');
      for (BarChart.Bar bar : chart.bars()) {
        b.append(bar.category()).append(": ").append(exact(bar.value())).append(", 95% CI ")
            .append(exact(bar.low())).append(" to ").append(exact(bar.high()))
            .append(bar.defined() ? "" : " (not drawn)").append('\n');
      }
    });
    if (!f.methods().isEmpty()) {
      b.append("\nR:\n");
      for (Methods.Method m : f.methods()) {
        b.append(m.statistic()).append(": ").append(m.r()).append('\n');
      }
    }
    return b.toString().strip();
  }

  /** Whether the headline has this statistic, computed or not (Headline's NONE says it has not). */
  private static boolean partOf(Stat s) {
    return s.isDefined() || !s.reason().equals(NOT_PART);
  }

  /** The number as Java prints a double, e.g. "-1.9026845637583893", or why there is none. */
  static String exact(Stat s) {
    return s.isDefined() ? Double.toString(s.getAsDouble())
        : String.format(Locale.ROOT, "not computable (%s)", s.reason());
  }
}
