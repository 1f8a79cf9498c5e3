package org.sleepstat.report.slides;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.charts.ReportCharts;

/**
 * The slides of the outcomes over three or more waves: per outcome the over-time chart as a
 * picture (a native bar chart would lose the waves' spacing in weeks and the observed means
 * beside the model's), with speaker notes giving the model, its type III F tests, the
 * differences between the groups at each wave and the R calls, the numbers unrounded. None
 * for two waves, so those decks stay as they were.
 */
final class OverTimeSlides {
  static final String R_FIT = "fit <- lmerTest::lmer(<formula>, data = d, REML = TRUE)";
  static final String R_ANOVA = "anova(fit, type = 3, ddf = \"Satterthwaite\")";
  static final String R_MEANS = "summary(emmeans(fit, ~ <group> | wave), infer = TRUE)";
  static final String R_BETWEEN = "summary(contrast(emmeans(fit, ~ <group> | wave),"
      + " \"revpairwise\", adjust = \"none\"), infer = TRUE)";
  static final String R_WITHIN = "summary(contrast(emmeans(fit, ~ wave | <group>),"
      + " \"trt.vs.ctrl\", ref = 1, adjust = \"none\"), infer = TRUE)";

  private OverTimeSlides() {}

  /** One slide to be made: the outcome's results and its chart. */
  record Slide(RepeatedResult result, ReportChart chart, String title) {}

  /** The slides of {@code report}, in the order of its repeated results; empty for two waves. */
  static List<Slide> of(Report report) {
    List<ReportChart> charts = ReportCharts.overTime(report);
    return report.analysis().repeated().stream()
        .flatMap(r -> chart(charts, r).map(c -> new Slide(r, c,
            report.text().title(r.outcome()) + " over time")).stream()).toList();
  }

  private static Optional<ReportChart> chart(List<ReportChart> charts, RepeatedResult r) {
    return charts.stream().filter(c -> c.name().equals("over-time-" + r.outcome())).findFirst();
  }

  /** Where the chart goes: 16:9 below the title, centred. */
  static Rectangle2D frame(Rectangle2D page, double top, double bottom) {
    double height = page.getHeight() - top - bottom;
    double width = height * 16 / 9;
    return new Rectangle2D.Double((page.getWidth() - width) / 2, top, width, height);
  }

  /** The speaker notes: the model, the F tests, the contrasts, exact, and the R calls. */
  static String notes(Slide s) {
    RepeatedResult r = s.result();
    String group = r.group().orElse("group");
    StringBuilder b = new StringBuilder(s.chart().title()).append("\n\n");
    b.append("Model: ").append(r.formula()).append(" (REML), ").append(r.respondents())
        .append(" respondents, ").append(r.observations()).append(" values over ")
        .append(String.join(", ", r.waveLabels())).append('\n');
    if (r.fitted()) {
      b.append("Type III F tests (Satterthwaite df):\n");
      for (RepeatedResult.TermTest t : r.anova()) {
        b.append(t.term()).append(": F(").append(t.test().df1()).append(", ")
            .append(SpeakerNotes.exact(t.test().df2())).append(") = ")
            .append(SpeakerNotes.exact(t.test().f())).append(", p = ")
            .append(SpeakerNotes.exact(t.test().p())).append('\n');
      }
      boolean between = !r.between().isEmpty();
      b.append(between ? "Difference between the groups at each wave (model means):\n"
          : "Each wave against " + r.waveLabels().get(0) + " (model means):\n");
      for (RepeatedResult.Difference d : between ? r.between() : r.within()) {
        RepeatedResult.Inference v = d.value();
        b.append(between ? d.wave() + ", " : "").append(d.contrast()).append(": ")
            .append(SpeakerNotes.exact(v.estimate())).append(", 95% CI ")
            .append(SpeakerNotes.exact(v.ciLow())).append(" to ")
            .append(SpeakerNotes.exact(v.ciHigh())).append(", p = ")
            .append(SpeakerNotes.exact(v.p())).append('\n');
      }
    }
    r.notes().forEach(n -> b.append("Note: ").append(n).append('\n'));
    b.append("\nR (lme4 + lmerTest + emmeans, emm_options(lmer.df = \"satterthwaite\")):\n")
        .append(R_FIT.replace("<formula>", r.formula())).append('\n')
        .append(R_ANOVA).append('\n')
        .append(R_MEANS.replace("<group> | wave", r.group().isPresent() ? group + " | wave"
            : "wave")).append('\n');
    if (r.group().isPresent()) {
      b.append(R_BETWEEN.replace("<group>", group)).append('\n');
    }
    b.append(R_WITHIN.replace(" | <group>", r.group().isPresent() ? " | " + group : ""))
        .append('\n');
    return b.toString().strip();
  }
}
