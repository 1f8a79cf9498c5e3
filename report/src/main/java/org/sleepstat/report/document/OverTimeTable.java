package org.sleepstat.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.charts.Labels;

/**
 * The document's compact table of the outcomes over three or more waves: per outcome, wave and
 * group the n, the observed mean (SD), the model mean with its 95% CI, and on each compared
 * group's row its difference from the reference group at that wave (without a group: the wave
 * against the first), with p; the type III F tests and the R calls below. The workbook's Over
 * time sheet has every statistic. Empty (no table) for two waves.
 */
final class OverTimeTable {
  static final List<String> HEADER = List.of("Outcome", "Wave", "Group", "n",
      "Observed mean (SD)", "Model mean (95% CI)", "Difference (95% CI)", "p");
  /** Column widths in twips; they add up to {@link Page#TEXT_WIDTH}. */
  private static final List<Integer> WIDTHS =
      List.of(1300, 950, 650, 550, 1250, 1750, 1900, 722);
  private static final List<Boolean> LEFT =
      List.of(true, true, true, false, false, false, false, false);
  static final String R_CALLS = "Linear mixed model with a random intercept per respondent,"
      + " REML, every value used: lmerTest::lmer(y ~ wave * group + (1 | respondent_id));"
      + " model means and differences: emmeans(fit, ~ group | wave) with Satterthwaite df,"
      + " contrasts revpairwise (without a group: trt.vs.ctrl against the first wave),"
      + " unadjusted; F tests: anova(fit, type = 3, ddf = \"Satterthwaite\").";

  private OverTimeTable() {}

  /** The table numbered {@code number}, or empty when the report has no repeated results. */
  static Optional<DocTable> of(Report report, int number) {
    List<RepeatedResult> results = report.analysis().repeated();
    if (results.isEmpty()) {
      return Optional.empty();
    }
    List<DocTable.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (RepeatedResult r : results) {
      String title = report.text().title(r.outcome());
      boolean first = true;
      for (RepeatedResult.Cell c : r.means()) {
        Optional<RepeatedResult.Difference> d = difference(r, c);
        RepeatedResult.Inference m = c.model();
        rows.add(new DocTable.Row(List.of(first ? title : "", c.wave(),
            c.group().map(g -> Labels.level(report.text(), r.group().get(), g))
                .orElse("All"), Wording.integer(c.n()),
            Cells.meanSd(c.mean(), c.sd()), m.estimate().isDefined()
                ? Cells.number(m.estimate(), 2) + " (" + Cells.interval(m.ciLow(), m.ciHigh(), 2)
                + ")" : Cells.NA,
            d.map(x -> Cells.number(x.value().estimate(), 2) + " ("
                + Cells.interval(x.value().ciLow(), x.value().ciHigh(), 2) + ")").orElse(""),
            d.map(x -> Cells.p(x.value().p())).orElse("")), 0, first));
        first = false;
      }
      notes.add(title + ": " + tests(r));
    }
    notes.add(R_CALLS);
    String waves = String.join(", ", results.get(0).waveLabels());
    return Optional.of(new DocTable("Table " + number + ". Outcomes over time (" + waves
        + "): observed and model means", HEADER, rows, notes, WIDTHS, LEFT));
  }

  /** The row's difference: its group against the reference at its wave, or its wave − first. */
  private static Optional<RepeatedResult.Difference> difference(RepeatedResult r,
      RepeatedResult.Cell c) {
    if (r.group().isPresent()) {
      return r.between().stream()
          .filter(d -> d.wave().equals(c.wave()) && d.group().equals(c.group())).findFirst();
    }
    return r.within().stream().filter(d -> d.wave().equals(c.wave())).findFirst();
  }

  /** "wave F(3, 956.5) = 117.83, p < 0.001; …", or why there is no model. */
  private static String tests(RepeatedResult r) {
    if (!r.fitted()) {
      return "no model (" + r.sigma().reason() + ")";
    }
    List<String> tests = new ArrayList<>();
    for (RepeatedResult.TermTest t : r.anova()) {
      tests.add(t.term() + " F(" + t.test().df1() + ", " + Cells.number(t.test().df2(), 1)
          + ") = " + Cells.number(t.test().f(), 2) + ", " + Wording.p(t.test().p()));
    }
    String singular = r.singular().orElse(false) ? "; singular fit (respondent variance 0)" : "";
    return String.join("; ", tests) + singular + (r.group().isPresent()
        ? "; difference: each group − " + Cells.levelLabel(r.groups().get(0))
        : "; difference: each wave − " + r.waveLabels().get(0)) + ".";
  }
}
