package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sleepstat.analysis.BaselineTable.Characteristic;
import org.sleepstat.analysis.BaselineTable.Comparison;
import org.sleepstat.analysis.SampleDescription.LevelCount;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Table1Row;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.Table1Summary;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.ChiSquare;
import org.sleepstat.stats.ChiSquareResult;
import org.sleepstat.stats.FisherExact2x2;
import org.sleepstat.stats.FisherExactRxC;
import org.sleepstat.stats.RankSum;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;
import org.sleepstat.stats.WelchT;

/**
 * One row of {@link BaselineTable}: the test of the treated against the others and the
 * standardised mean differences, from the sample description's summaries (arms 1 and 2) and, for
 * the tests of numbers, the values of the two arms.
 */
final class BaselineComparison {
  private BaselineComparison() {}

  static Characteristic characteristic(Survey survey, StudyDesign design, Variable v,
      Table1Row row, Optional<LevelColumn> group) {
    Table1Summary summary = design.models().summary(v);
    if (group.isEmpty()) {
      return new Characteristic(v, summary, row.summaries().subList(0, 1), Optional.empty(),
          List.of());
    }
    if (row.summaries().get(0) instanceof LevelSummary) {
      LevelSummary yes = (LevelSummary) row.summaries().get(1);
      LevelSummary others = (LevelSummary) row.summaries().get(2);
      List<Stat> smd = new ArrayList<>();
      for (int l = 0; l < yes.levels().size(); l++) {
        smd.add(levelSmd(yes.levels().get(l), others.levels().get(l)));
      }
      return new Characteristic(v, Table1Summary.COUNTS, row.summaries(),
          Optional.of(counts(yes, others)), smd);
    }
    Tally[] arms = BaselineTable.arms(survey.numbers(v.name()).orElseThrow(), group.get(),
        design.treatedCode().getAsInt());
    Comparison test;
    if (summary == Table1Summary.MEDIAN) {
      RankSum r = RankSum.of(arms[0], arms[1]);
      test = new Comparison(BaselineMethod.RANK_SUM, r.p(), r.exact() ? "exact"
          : "normal approximation with continuity correction");
    } else {
      test = new Comparison(BaselineMethod.WELCH_T, WelchT.of(arms[0], arms[1]).p(), "");
    }
    Stat smd = numberSmd((NumberSummary) row.summaries().get(1),
        (NumberSummary) row.summaries().get(2));
    return new Characteristic(v, summary, row.summaries(), Optional.of(test), List.of(smd));
  }

  /** (m₁ − m₂) / √((s₁² + s₂²) / 2). */
  static Stat numberSmd(NumberSummary a, NumberSummary b) {
    if (!a.sd().isDefined() || !b.sd().isDefined()) {
      return Stat.undefined("the SMD needs an SD in both groups (at least 2 values each)");
    }
    double sa = a.sd().getAsDouble();
    double sb = b.sd().getAsDouble();
    double pooled = Math.sqrt((sa * sa + sb * sb) / 2);
    if (!(pooled > 0)) {
      return Stat.undefined("no spread in either group: the SMD is undefined");
    }
    return Stat.finiteOr((a.mean().getAsDouble() - b.mean().getAsDouble()) / pooled,
        Stat.OVERFLOW);
  }

  /** (p₁ − p₂) / √((p₁(1 − p₁) + p₂(1 − p₂)) / 2), proportions of those who answered. */
  static Stat levelSmd(LevelCount a, LevelCount b) {
    if (!a.percent().isDefined() || !b.percent().isDefined()) {
      return Stat.undefined("no respondent of a group answered");
    }
    double pa = a.percent().getAsDouble() / 100;
    double pb = b.percent().getAsDouble() / 100;
    double spread = Math.sqrt((pa * (1 - pa) + pb * (1 - pb)) / 2);
    if (!(spread > 0)) {
      return Stat.undefined(pa == pb ? "the level has the same share (0% or 100%) in both groups"
          : "the SMD is undefined: each group has the level always or never");
    }
    return Stat.of((pa - pb) / spread);
  }

  /**
   * χ² ({@code chisq.test}, R's default: Yates's correction on a 2 × 2 table) on the table of
   * the two arms by the levels any respondent of them gave, or Fisher's exact test when an
   * expected count is below 5.
   */
  static Comparison counts(LevelSummary yes, LevelSummary others) {
    List<int[]> columns = new ArrayList<>();
    for (int l = 0; l < yes.levels().size(); l++) {
      int a = yes.levels().get(l).count();
      int b = others.levels().get(l).count();
      if (a + b > 0) {
        columns.add(new int[] {a, b});
      }
    }
    if (columns.size() < 2 || yes.n() == 0 || others.n() == 0) {
      String why = columns.size() < 2 ? "fewer than 2 levels were answered"
          : "a group has no answers";
      return new Comparison(BaselineMethod.CHI_SQUARE, Stat.undefined(why + ": nothing to test"),
          "");
    }
    int[][] table = new int[2][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      table[0][c] = columns.get(c)[0];
      table[1][c] = columns.get(c)[1];
    }
    String shape = String.format(Locale.ROOT, "2 × %d table", columns.size());
    ChiSquareResult chi = ChiSquare.test(table);
    if (chi.cellsBelowFive() == 0) {
      return new Comparison(BaselineMethod.CHI_SQUARE, chi.p(),
          shape + (chi.yatesCorrected() ? ", Yates's continuity correction" : ""));
    }
    Stat p = columns.size() == 2 ? FisherExact2x2.test(table).p()
        : FisherExactRxC.test(table).p();
    return new Comparison(BaselineMethod.FISHER, p, shape + String.format(Locale.ROOT,
        ", %d expected counts below 5", chi.cellsBelowFive()));
  }
}
