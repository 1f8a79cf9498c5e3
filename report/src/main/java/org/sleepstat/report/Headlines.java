package org.sleepstat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sleepstat.analysis.AdjustedDifference;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.CategoricalResult;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.stats.ChiSquareResult;
import org.sleepstat.stats.FisherResult;
import org.sleepstat.stats.Stat;

/**
 * The headline findings of a report: first the primary outcome after a change compared with no
 * change, adjusted for the value before and the plan's covariates; then, in the order the
 * analysis reports them, the change after a mattress change and its responders per outcome, the
 * baseline outcomes by sleep position and against mattress age, the
 * categorical tests, the red flags, and the rows read. The Summary sheet shows them and the
 * {@code report} command prints them.
 */
public final class Headlines {
  private final Report report;
  private final OutcomeText text;

  private Headlines(Report report) {
    this.report = report;
    this.text = report.text();
  }

  /** The headlines of {@code report}. */
  public static List<Headline> of(Report report) {
    Headlines h = new Headlines(report);
    List<Headline> out = new ArrayList<>();
    primaryComparison(report).ifPresent(a -> out.add(h.arms(a)));
    for (PairedResult p : report.analysis().paired()) {
      out.add(h.change(p));
      out.add(h.responders(p));
    }
    for (PositionResult p : report.analysis().byPosition()) {
      out.add(h.position(p));
    }
    for (MattressAgeResult m : report.analysis().mattressAge()) {
      out.add(h.mattressAge(m));
    }
    for (CategoricalResult c : report.analysis().categorical()) {
      out.add(h.categorical(c));
    }
    out.add(h.redFlags(report.analysis().redFlags()));
    out.add(h.rows(report.imported(), report.dataSheetNote()));
    return out;
  }

  /**
   * The primary outcome's comparison of the treated with the untreated, which leads the
   * headlines: a change among those who changed alone does not tell the mattress from time.
   */
  public static Optional<ArmComparisonResult> primaryComparison(Report report) {
    String primary = report.design().primaryOutcome();
    return report.analysis().armComparison().stream()
        .filter(a -> a.outcome().equals(primary)).findFirst();
  }

  private Headline change(PairedResult p) {
    String title = text.title(p.outcome());
    String topic = title + ": change after a mattress change";
    String method = "paired t-test";
    Estimate mean = p.tTest().meanChange();
    if (!mean.value().isDefined() || !mean.ciLow().isDefined()) {
      Stat why = mean.value().isDefined() ? mean.ciLow() : mean.value();
      String sentence = title + ": change not computable (" + why.reason() + ", n = "
          + Wording.integer(p.n()) + " pairs).";
      return new Headline(topic, sentence, p.n(), mean.value(), Headline.Kind.NUMBER,
          mean.ciLow(), mean.ciHigh(), p.tTest().p(), method, "mean change");
    }
    double change = mean.value().getAsDouble();
    String verb = change < 0 ? "fell" : change > 0 ? "rose" : "stayed";
    String sentence = title + " " + verb + " from " + Wording.number(p.means().pre(), 1) + " to "
        + Wording.number(p.means().post(), 1) + " after a mattress change " + report.whom(p.n())
        + ": mean change " + Wording.number(mean.value(), 1)
        + ", 95% CI " + Wording.number(mean.ciLow(), 1) + " to " + Wording.number(mean.ciHigh(), 1)
        + ", paired t-test " + Wording.p(p.tTest().p()) + ".";
    return new Headline(topic, sentence, p.n(), mean.value(), Headline.Kind.NUMBER, mean.ciLow(),
        mean.ciHigh(), p.tTest().p(), method, "mean change");
  }

  private Headline responders(PairedResult p) {
    String title = text.title(p.outcome());
    String points = NumberText.format(report.responderPoints(p.outcome()));
    PairedResult.Responders responders = p.absolute();
    Estimate rate = responders.rate();
    String topic = title + ": responders (" + responders.rule() + ")";
    String sentence;
    if (p.n() == 0) {
      sentence = title + ": no pairs, so no responders to count.";
    } else {
      sentence = title + ": " + Wording.percent(rate.value()) + " ("
          + Wording.integer(responders.count()) + " of " + Wording.integer(p.n())
          + ") improved by " + points + " point" + ("1".equals(points) ? "" : "s")
          + " or more (95% CI " + Wording.percent(rate.ciLow()) + " to "
          + Wording.percent(rate.ciHigh()) + ").";
    }
    return new Headline(topic, sentence, p.n(), rate.value(), Headline.Kind.SHARE, rate.ciLow(),
        rate.ciHigh(), Headline.NONE, "Wilson score interval", "share of responders");
  }


  private Headline arms(ArmComparisonResult a) {
    AdjustedDifference full = a.adjusted();
    Estimate adjusted = full.difference();
    if (!adjusted.value().isDefined() || !adjusted.ciLow().isDefined()) {
      return beforeOnly(a, full);
    }
    String title = text.title(a.outcome());
    String topic = title + ": changed vs not changed, adjusted";
    double d = adjusted.value().getAsDouble();
    String side = d < 0 ? "lower" : d > 0 ? "higher" : "no different";
    Estimate before = a.ancova().difference();
    String sentence = title + " after a mattress change compared with no change ("
        + who(a) + (full.n() < a.n() ? "; " + Wording.integer(full.n()) + " with every covariate"
        : "") + "): " + Wording.number(Math.abs(d), 1) + " points "
        + side + " after, adjusted for the value before" + covariates(full) + " (difference "
        + Wording.number(adjusted.value(), 1) + ", 95% CI " + Wording.number(adjusted.ciLow(), 1)
        + " to " + Wording.number(adjusted.ciHigh(), 1) + ", " + Wording.p(full.p()) + ")"
        + (before.value().isDefined() && before.ciLow().isDefined()
            ? "; adjusted for the value before only " + Wording.number(before.value(), 1)
                + " (95% CI " + Wording.number(before.ciLow(), 1) + " to "
                + Wording.number(before.ciHigh(), 1) + ")" : "")
        + ".";
    return new Headline(topic, sentence, full.n(), adjusted.value(), Headline.Kind.NUMBER,
        adjusted.ciLow(), adjusted.ciHigh(), full.p(), "linear model " + formula(full),
        "adjusted difference");
  }

  /**
   * " and mattress_age_years, sleep_position, … and exercise_days_week": the covariates by their
   * names in the data, which the reader of a study knows and can find in the codebook.
   */
  private static String covariates(AdjustedDifference d) {
    List<String> words = d.covariates();
    if (words.isEmpty()) {
      return "";
    }
    if (words.size() == 1) {
      return " and " + words.get(0);
    }
    return " and " + String.join(", ", words.subList(0, words.size() - 1)) + " and "
        + words.get(words.size() - 1);
  }

  /** lm(post ~ pre + group + covariates), in the study's names. */
  private String formula(AdjustedDifference d) {
    String group = report.design().groupName().orElse("group");
    return "lm(post ~ pre + " + group
        + d.covariates().stream().map(c -> " + " + c).reduce("", String::concat) + ")";
  }

  private static String who(ArmComparisonResult a) {
    return "n = " + Wording.integer(a.changed().n()) + " changed, "
        + Wording.integer(a.unchanged().n()) + " not";
  }

  /** The comparison adjusted for the value before only, when the full model cannot be fitted. */
  private Headline beforeOnly(ArmComparisonResult a, AdjustedDifference full) {
    String title = text.title(a.outcome());
    String topic = title + ": changed vs not changed";
    String method = "ANCOVA lm(post ~ pre + changed)";
    Estimate adjusted = a.ancova().difference();
    Stat d = adjusted.value();
    Stat fullWhy = full.difference().value().isDefined() ? full.difference().ciLow()
        : full.difference().value();
    String covariatesNote = full.covariates().isEmpty() ? ""
        : " (with the covariates: " + fullWhy.reason() + ")";
    String sentence;
    if (!d.isDefined() || !adjusted.ciLow().isDefined()) {
      Stat why = d.isDefined() ? adjusted.ciLow() : d;
      sentence = title + ", changed vs not changed mattress: ANCOVA not computable ("
          + why.reason() + "; " + who(a) + ").";
    } else {
      sentence = title + " after a mattress change compared with no change (" + who(a)
          + "): difference adjusted for the value before " + Wording.number(d, 1) + ", 95% CI "
          + Wording.number(adjusted.ciLow(), 1) + " to " + Wording.number(adjusted.ciHigh(), 1)
          + ", ANCOVA " + Wording.p(a.ancova().p()) + "; not adjusted for the covariates"
          + covariatesNote + ".";
    }
    return new Headline(topic, sentence, a.n(), d, Headline.Kind.NUMBER, adjusted.ciLow(),
        adjusted.ciHigh(), a.ancova().p(), method, "adjusted difference");
  }

  private Headline categorical(CategoricalResult r) {
    ChiSquareResult chi = r.chiSquare();
    FisherResult fisher = r.fisher();
    String topic = "Categorical: " + r.name();
    StringBuilder b = new StringBuilder(r.name() + " (n = " + Wording.integer(r.n()) + "): ");
    if (!chi.statistic().isDefined() && !fisher.p().isDefined()) {
      b.append("no test (").append(chi.statistic().reason()).append(").");
      return new Headline(topic, b.toString(), r.n(), chi.statistic(), Headline.Kind.NUMBER,
          Headline.NONE, Headline.NONE, chi.p(), "chi-square and Fisher's exact test",
          "χ² statistic");
    }
    b.append("chi-square test").append(chi.yatesCorrected() ? " with Yates' correction" : "")
        .append(" χ²(").append(Wording.number(chi.df(), 0)).append(") = ")
        .append(Wording.number(chi.statistic(), 2)).append(", ").append(Wording.p(chi.p()))
        .append("; Fisher's exact test ").append(Wording.p(fisher.p()));
    if (fisher.oddsRatio().isDefined()) {
      b.append(", odds ratio ").append(Wording.number(fisher.oddsRatio(), 1)).append(" (95% CI ")
          .append(Wording.number(fisher.oddsRatioCiLow(), 1)).append(" to ")
          .append(Wording.number(fisher.oddsRatioCiHigh(), 1)).append(")");
      b.append('.');
      return new Headline(topic, b.toString(), r.n(), fisher.oddsRatio(), Headline.Kind.NUMBER,
          fisher.oddsRatioCiLow(), fisher.oddsRatioCiHigh(), fisher.p(),
          "Fisher's exact test, conditional MLE odds ratio", "odds ratio");
    }
    if (r.table().rows() == 2 && r.table().columns() == 2) {
      b.append(" (odds ratio: ").append(fisher.oddsRatio().reason()).append(")");
    }
    b.append('.');
    return new Headline(topic, b.toString(), r.n(), chi.statistic(), Headline.Kind.NUMBER,
        Headline.NONE, Headline.NONE, chi.p(),
        "chi-square test" + (chi.yatesCorrected() ? " with Yates' correction" : ""),
        "χ² statistic");
  }

  private Headline position(PositionResult r) {
    String topic = "Baseline " + text.inSentence(r.outcome()) + " by sleep position";
    String method = "Welch's ANOVA";
    StringBuilder b = new StringBuilder("Baseline " + text.inSentence(r.outcome())
        + " by sleep position (n = " + Wording.integer(r.n()) + ")");
    List<PositionGroup> groups = r.groups();
    if (groups.size() >= 2) {
      PositionGroup high = groups.stream().max(Comparator.comparingDouble(PositionGroup::mean))
          .orElseThrow();
      PositionGroup low = groups.stream().min(Comparator.comparingDouble(PositionGroup::mean))
          .orElseThrow();
      String position = report.design().position().map(v -> v.name()).orElse("");
      b.append(": highest in ").append(text.level(position, high.position()))
          .append(" sleepers (mean ")
          .append(Wording.number(high.mean(), 1)).append(", n = ")
          .append(Wording.integer(high.n()))
          .append("), lowest in ").append(text.level(position, low.position()))
          .append(" sleepers (mean ")
          .append(Wording.number(low.mean(), 1)).append(", n = ")
          .append(Wording.integer(low.n())).append(")");
    }
    if (r.welch().f().isDefined()) {
      b.append("; Welch's ANOVA F(").append(Wording.number(r.welch().df1(), 0)).append(", ")
          .append(Wording.number(r.welch().df2(), 1)).append(") = ")
          .append(Wording.number(r.welch().f(), 2)).append(", ").append(Wording.p(r.welch().p()));
    } else {
      b.append("; no test (").append(r.welch().f().reason()).append(")");
    }
    b.append('.');
    return new Headline(topic, b.toString(), r.n(), r.welch().f(), Headline.Kind.NUMBER,
        Headline.NONE, Headline.NONE, r.welch().p(), method, "Welch's F");
  }

  private Headline mattressAge(MattressAgeResult m) {
    String topic = "Mattress age and baseline " + text.inSentence(m.outcome());
    String sentence = "Mattress age and baseline " + text.inSentence(m.outcome()) + " (n = "
        + Wording.integer(m.n()) + "): ";
    if (m.pearsonR().isDefined()) {
      sentence += "Pearson r = " + Wording.number(m.pearsonR(), 2)
          + (m.pearsonCiLow().isDefined() ? " (95% CI " + Wording.number(m.pearsonCiLow(), 2)
              + " to " + Wording.number(m.pearsonCiHigh(), 2) + ")" : "")
          + ", " + Wording.p(m.pPearson())
          + (m.spearmanRho().isDefined()
              ? "; Spearman rho = " + Wording.number(m.spearmanRho(), 2) : "")
          + ".";
    } else {
      sentence += "no correlation (" + m.pearsonR().reason() + ").";
    }
    return new Headline(topic, sentence, m.n(), m.pearsonR(), Headline.Kind.NUMBER,
        m.pearsonCiLow(), m.pearsonCiHigh(), m.pPearson(), "Pearson correlation", "Pearson r");
  }

  private Headline redFlags(RedFlags flags) {
    String sentence = flags.flags().isEmpty()
        ? "The survey has no red-flag columns, so no respondent could be flagged."
        : Wording.count(flags.respondents(), "respondent") + " reported at least one red flag"
            + " and need" + (flags.respondents() == 1 ? "s" : "") + " follow-up (sheet Red"
            + " flags).";
    return new Headline("Red flags", sentence, flags.respondents(),
        Stat.of(flags.respondents()), Headline.Kind.COUNT, Headline.NONE, Headline.NONE,
        Headline.NONE, "any rf_* variable answered yes", "respondents");
  }

  private Headline rows(ImportResult imported, Optional<String> dataSheetNote) {
    String sentence = Wording.count(imported.counts().rows(), "row") + " read: "
        + Wording.integer(imported.counts().accepted()) + " accepted, "
        + Wording.integer(imported.counts().rejected()) + " rejected"
        + (imported.counts().rejected() > 0 ? " (sheet Validation lists why)." : ".")
        + dataSheetNote.map(note -> " " + note).orElse("");
    return new Headline("Rows rejected", sentence, null, Stat.of(imported.counts().rejected()),
        Headline.Kind.COUNT, Headline.NONE, Headline.NONE, Headline.NONE,
        "import against the codebook", "rows rejected");
  }
}
