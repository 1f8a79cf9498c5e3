package org.sleepstat.report.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.sleepstat.analysis.AgeBand;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.CategoricalResult;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.Methods;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.PairedSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.charts.Palette;
import org.sleepstat.stats.MeanInterval;
import org.sleepstat.stats.Stat;

/**
 * The findings of a deck: {@link Headlines#of} with, for each, what its slide draws. It walks the
 * analysis in the order Headlines does (per outcome its change, its responders and, for morning
 * pain, the comparison with those who did not change; then by position, against mattress age, the
 * categorical tests, red flags, the rows read) and pairs each headline with the result it came
 * from. Charts: the means before and after; the responder rates by each rule; the difference
 * changed − not changed, adjusted and of the change scores; the baseline mean by position and by
 * mattress age band. Tests of a contingency table show its counts; red flags and rows read their
 * sentence alone.
 */
final class Findings {
  private final Report report;
  private final OutcomeText text;

  private Findings(Report report) {
    this.report = report;
    this.text = report.text();
  }

  /**
   * The findings of {@code report}, one per headline, in the same order.
   *
   * @throws IllegalStateException when the walk and the headlines disagree (a bug)
   */
  static List<Finding> of(Report report) {
    Findings f = new Findings(report);
    List<Headline> headlines = Headlines.of(report);
    List<Function<Headline, Finding>> slides = new ArrayList<>();
    Headlines.primaryComparison(report).ifPresent(a -> slides.add(h -> f.arms(h, a)));
    for (PairedSample p : report.paired()) {
      slides.add(h -> f.change(h, p));
      slides.add(h -> f.responders(h, p.result()));
    }
    for (PositionResult p : report.analysis().byPosition()) {
      slides.add(h -> f.position(h, p));
    }
    for (MattressAgeResult m : report.analysis().mattressAge()) {
      slides.add(h -> f.mattressAge(h, m));
    }
    for (CategoricalResult c : report.analysis().categorical()) {
      slides.add(h -> new Finding(h, Optional.empty(), Optional.of(c.table()),
          List.of(Methods.CHI_SQUARE, Methods.FISHER)));
    }
    slides.add(h -> new Finding(h, Optional.empty(), Optional.empty(), List.of()));
    slides.add(h -> new Finding(h, Optional.empty(), Optional.empty(), List.of()));
    if (slides.size() != headlines.size()) {
      throw new IllegalStateException("the deck found " + slides.size() + " findings where"
          + " the headlines are " + headlines.size());
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < slides.size(); i++) {
      out.add(slides.get(i).apply(headlines.get(i)));
    }
    return out;
  }

  private Finding change(Headline h, PairedSample p) {
    String outcome = p.outcome();
    MeanInterval before = p.before();
    MeanInterval after = p.after();
    BarChart chart = new BarChart(report.pairedScope() + ", n = " + p.result().n() + " pairs",
        "Mean, " + text.unit(outcome) + " (95% CI)", List.of(
            new BarChart.Bar("Before", before.mean(), before.ciLow(), before.ciHigh(),
                Palette.BEFORE),
            new BarChart.Bar("After", after.mean(), after.ciLow(), after.ciHigh(),
                Palette.AFTER)), false, OptionalDouble.empty(), OptionalDouble.empty())
        .within(scale(text.min(outcome)), scale(text.max(outcome)));
    boolean computable = p.result().tTest().meanChange().ciLow().isDefined();
    return computable ? Finding.charted(h, chart, List.of(Methods.PAIRED_T, Methods.MEAN_CI))
        : new Finding(h, Optional.empty(), Optional.empty(), List.of(Methods.PAIRED_T));
  }

  private Finding responders(Headline h, PairedResult p) {
    List<BarChart.Bar> bars = new ArrayList<>();
    List<Methods.Method> methods = new ArrayList<>();
    if (p.absolute().applied()) {
      String points = NumberText.format(report.responderPoints(p.outcome()));
      bars.add(rate("Improved by ≥ " + points + " points", p.absolute()));
      methods.add(Methods.RESPONDERS);
    }
    if (p.relative().applied()) {
      String percent = NumberText.format(report.design().outcome(p.outcome())
          .map(o -> o.responder()).orElse(StudyDesign.Responder.BUILT_IN).percent()
          .orElse(StudyDesign.Responder.BUILT_IN.percent().getAsDouble()));
      bars.add(rate("Improved by ≥ " + percent + "% of the value before", p.relative()));
      methods.add(Methods.RESPONDERS_PERCENT);
    }
    return Finding.charted(h, new BarChart(report.pairedScope() + ", n = " + p.n() + " pairs",
        "Responders (95% Wilson CI)", bars, true, OptionalDouble.of(0), OptionalDouble.of(1)),
        methods);
  }

  private static BarChart.Bar rate(String rule, PairedResult.Responders r) {
    return new BarChart.Bar(rule, r.rate().value(), r.rate().ciLow(), r.rate().ciHigh(),
        Palette.RESPONDERS);
  }

  private Finding arms(Headline h, ArmComparisonResult a) {
    BarChart chart = new BarChart("Changed − not changed (n = " + a.changed().n() + " and "
        + a.unchanged().n() + ")", "Difference, " + text.unit(a.outcome()) + " (95% CI)",
        List.of(difference("Value after, adjusted for before and covariates",
            a.adjusted().difference()),
            difference("Value after, adjusted for before (ANCOVA)",
            a.ancova().difference()),
            difference("Change scores (Welch t)", a.welch().difference())),
        false, OptionalDouble.empty(), OptionalDouble.empty());
    return Finding.charted(h, chart,
        List.of(Methods.ADJUSTED, Methods.ANCOVA, Methods.ARMS_WELCH));
  }

  /** A difference changed − not changed, in the colour of the values after the change. */
  private static BarChart.Bar difference(String what, org.sleepstat.analysis.Estimate e) {
    return new BarChart.Bar(what, e.value(), e.ciLow(), e.ciHigh(), Palette.AFTER);
  }

  private Finding position(Headline h, PositionResult r) {
    String position = report.design().position().map(v -> v.name())
        .orElse(StudyDesign.POSITION);
    List<BarChart.Bar> bars = new ArrayList<>();
    for (PositionGroup g : r.groups()) {
      MeanInterval m = interval(g.n(), g.mean(), g.sd());
      bars.add(new BarChart.Bar(SlideText.level(text, position, g.position()), m.mean(),
          m.ciLow(), m.ciHigh(), Palette.SKY_BLUE));
    }
    BarChart chart = new BarChart(text.title(position) + " (n = " + r.n() + ")",
        "Mean before, " + text.unit(r.outcome()) + " (95% CI)", bars, false,
        OptionalDouble.empty(), OptionalDouble.empty())
        .within(scale(text.min(r.outcome())), scale(text.max(r.outcome())));
    return Finding.charted(h, chart, List.of(Methods.WELCH_ANOVA, Methods.MEAN_CI));
  }

  private Finding mattressAge(Headline h, MattressAgeResult m) {
    Optional<AgeBandResult> bands = report.analysis().ageBands().stream()
        .filter(b -> b.outcome().equals(m.outcome())).findFirst();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (AgeBand b : bands.map(AgeBandResult::bands).orElse(List.of())) {
      Stat none = Stat.undefined("no values");
      MeanInterval mean = b.mean().isDefined() ? interval(b.n(), b.mean().getAsDouble(), b.sd())
          : new MeanInterval(0, none, none, none, none);
      String years = Double.isInfinite(b.toYears()) ? NumberText.format(b.fromYears()) + "+"
          : NumberText.format(b.fromYears()) + "–<" + NumberText.format(b.toYears());
      bars.add(new BarChart.Bar(years + " (n = " + b.n() + ")", mean.mean(), mean.ciLow(),
          mean.ciHigh(), Palette.BLUE));
    }
    String age = report.design().mattressAge().map(v -> text.title(v.name()))
        .orElse("Mattress age in years");
    BarChart chart = new BarChart(age, "Mean before, " + text.unit(m.outcome())
        + " (95% CI)", bars, false, OptionalDouble.empty(), OptionalDouble.empty())
        .within(scale(text.min(m.outcome())), scale(text.max(m.outcome())));
    return Finding.charted(h, chart, List.of(Methods.PEARSON, Methods.AGE_BANDS,
        Methods.MEAN_CI));
  }

  /** The t interval of a mean from its n, mean and SD, as {@code t.test(y)$conf.int}. */
  private static MeanInterval interval(int n, double mean, Stat sd) {
    if (!sd.isDefined()) {
      Stat none = Stat.undefined(n < 2 ? "n = 1: no interval" : sd.reason());
      return new MeanInterval(n, Stat.of(mean), sd, none, none);
    }
    double s = sd.getAsDouble();
    return MeanInterval.of(n, mean, s * s * (n - 1));
  }

  private static OptionalDouble scale(Optional<Double> end) {
    return end.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
