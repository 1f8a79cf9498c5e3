package org.sleepstat.report.sheets;

import java.util.List;
import java.util.function.Function;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * The outcomes over three or more waves (the analysis's {@code repeated} results): per outcome
 * the linear mixed model's means per wave and group (observed, and the model's with their 95%
 * CI), its fixed effects, type III F tests, the difference between the groups at each wave and
 * each wave against the first within each group, every table headed by the R call that gives
 * its numbers. A boundary fit, a refused model and who was left out are said in notes. Written
 * only when the analysis has such results ({@link #present}).
 */
final class OverTimeSheet implements ReportSheet {
  static final String NAME = "Over time";
  static final String SETUP = "R: emm_options(lmer.df = \"satterthwaite\");"
      + " fit <- lmerTest::lmer(<formula>, data = d, REML = TRUE), d one row per respondent and"
      + " wave with a value, wave a factor in the order shown, the group a factor with the"
      + " reference level first";
  static final String MEANS = "R: summary(emmeans(fit, ~ group | wave), infer = TRUE)"
      + " (one group: ~ wave); observed: length, mean and sd of the values";
  static final String FIXED = "R: summary(fit)$coefficients (treatment coding: the first wave"
      + " and the reference group are the baseline)";
  static final String ANOVA = "R: anova(fit, type = 3, ddf = \"Satterthwaite\")";
  static final String BETWEEN = "R: summary(contrast(emmeans(fit, ~ group | wave),"
      + " \"revpairwise\", adjust = \"none\"), infer = TRUE): each level − the reference at"
      + " each wave, unadjusted";
  static final String WITHIN = "R: summary(contrast(emmeans(fit, ~ wave | group), \"trt.vs.ctrl\","
      + " ref = 1, adjust = \"none\"), infer = TRUE): each wave − the first, unadjusted";
  /** What the group column says in a model without a group. */
  static final String ALL = "all";
  static final String CI_LOW = "95% CI low";
  static final String CI_HIGH = "95% CI high";
  /** Every table's columns: labels, n, observed, estimate, SE, df, t, p, CI, notes. */
  private static final int COLUMNS = 13;
  private static final int NOTE_CHARACTERS = 180;
  private static final int LABEL_WIDTH = 32;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean present(Report report) {
    return !report.analysis().repeated().isEmpty();
  }

  @Override
  public void write(SheetWriter w, Report report) {
    List<RepeatedResult> results = report.analysis().repeated();
    w.title("Over time: " + results.size() + " outcome" + (results.size() == 1 ? "" : "s")
        + " over " + results.get(0).waves().size() + " waves (" + String.join(", ",
            results.get(0).waveLabels()) + weeks(results.get(0)) + ")");
    note(w, "A linear mixed model per outcome with a random intercept per respondent (REML);"
        + " every value used, respondents with missed waves stay in. Tests and intervals: t and"
        + " F with Satterthwaite df, as lme4 + lmerTest + emmeans; 95% CIs; p-values not"
        + " adjusted. p below 0.001 shows as <0.001; the cells keep the exact value.");
    w.fixWidth(0, LABEL_WIDTH);
    for (RepeatedResult r : results) {
      w.skip();
      outcome(w, report, r);
    }
    w.finish();
  }

  private static void outcome(SheetWriter w, Report report, RepeatedResult r) {
    w.title(report.text().title(r.outcome()) + " (" + r.outcome() + "): "
        + Wording.integer(r.respondents()) + " respondents, "
        + Wording.integer(r.observations()) + " values");
    note(w, SETUP.replace("<formula>", r.formula()));
    if (r.fitted()) {
      w.note("Residual SD " + Wording.number(r.sigma(), 3) + ", respondent SD "
          + Wording.number(r.sdRespondent(), 3)
          + (r.singular().orElse(false) ? " (singular fit: the respondent variance is at its"
              + " boundary, 0; df = n − p)" : ""));
    } else {
      note(w, "No model: " + r.sigma().reason());
    }
    r.notes().forEach(n -> note(w, "Note: " + n));
    note(w, MEANS.replace("group", group(r)));
    new Table<RepeatedResult.Cell>()
        .text("Wave", RepeatedResult.Cell::wave)
        .text("Group", c -> c.group().orElse(ALL))
        .count("n", RepeatedResult.Cell::n)
        .stat("Observed mean", CellKind.NUMBER, RepeatedResult.Cell::mean)
        .stat("SD", CellKind.NUMBER, RepeatedResult.Cell::sd)
        .stat("Model mean", CellKind.NUMBER, c -> c.model().estimate())
        .stat("SE", CellKind.PRECISE, c -> c.model().se())
        .stat("df", CellKind.NUMBER, c -> c.model().df())
        .columns(List.of("", ""), (line, c) -> line.empty().empty())
        .stat(CI_LOW, CellKind.NUMBER, c -> c.model().ciLow())
        .stat(CI_HIGH, CellKind.NUMBER, c -> c.model().ciHigh())
        .write(w, r.means());
    if (!r.fixed().isEmpty()) {
      note(w, FIXED);
      new Table<RepeatedResult.Coefficient>()
          .text("Term", RepeatedResult.Coefficient::term)
          .columns(List.of("", "", "", ""), (line, c) -> line.empty().empty().empty().empty())
          .stat("Estimate", CellKind.NUMBER, c -> c.value().estimate())
          .stat("SE", CellKind.PRECISE, c -> c.value().se())
          .stat("df", CellKind.NUMBER, c -> c.value().df())
          .stat("t", CellKind.PRECISE, c -> c.value().t())
          .stat("p", CellKind.P, c -> c.value().p())
          .columns(List.of("", ""), (line, c) -> line.empty().empty())
          .write(w, r.fixed());
    }
    if (!r.anova().isEmpty()) {
      note(w, ANOVA);
      new Table<RepeatedResult.TermTest>()
          .text("Term", RepeatedResult.TermTest::term)
          .text("", t -> "")
          .count("df1", t -> t.test().df1())
          .columns(List.of("", ""), (line, t) -> line.empty().empty())
          .stat("F", CellKind.PRECISE, t -> t.test().f())
          .text("", t -> "")
          .stat("df2", CellKind.NUMBER, t -> t.test().df2())
          .text("", t -> "")
          .stat("p", CellKind.P, t -> t.test().p())
          .columns(List.of("", ""), (line, t) -> line.empty().empty())
          .write(w, r.anova());
    }
    if (!r.between().isEmpty()) {
      note(w, BETWEEN.replace("group", group(r)));
      contrasts("Wave", RepeatedResult.Difference::wave).write(w, r.between());
    }
    if (!r.within().isEmpty()) {
      note(w, WITHIN.replace("group", group(r)));
      contrasts("Group", d -> d.group().orElse(ALL)).write(w, r.within());
    }
  }

  /** A note that may be long: wrapped over the tables' width, so the page stays as narrow. */
  private static void note(SheetWriter w, String text) {
    w.footnote(text, COLUMNS, NOTE_CHARACTERS);
  }

  /** "; weeks 0, 2, 4, 12" when the waves have weeks. */
  private static String weeks(RepeatedResult r) {
    if (r.waves().stream().anyMatch(v -> v.weeks().isEmpty())) {
      return "";
    }
    return "; weeks " + String.join(", ", r.waves().stream()
        .map(v -> NumberText.format(v.weeks().getAsDouble())).toList());
  }

  /** The group variable as R names it, or "group" in the R calls of a model without one. */
  private static String group(RepeatedResult r) {
    return r.group().orElse("group");
  }

  /** A contrast per row, its statistics in the columns of the means' model statistics. */
  private static Table<RepeatedResult.Difference> contrasts(String header,
      Function<RepeatedResult.Difference, String> first) {
    return new Table<RepeatedResult.Difference>()
        .text(header, first)
        .text("Contrast", RepeatedResult.Difference::contrast)
        .columns(List.of("", "", ""), (line, d) -> line.empty().empty().empty())
        .stat("Difference", CellKind.NUMBER, d -> d.value().estimate())
        .stat("SE", CellKind.PRECISE, d -> d.value().se())
        .stat("df", CellKind.NUMBER, d -> d.value().df())
        .stat("t", CellKind.PRECISE, d -> d.value().t())
        .stat("p", CellKind.P, d -> d.value().p())
        .stat(CI_LOW, CellKind.NUMBER, d -> d.value().ciLow())
        .stat(CI_HIGH, CellKind.NUMBER, d -> d.value().ciHigh());
  }


}
