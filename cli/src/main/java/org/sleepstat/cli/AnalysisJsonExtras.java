package org.sleepstat.cli;

import java.util.Locale;
import org.sleepstat.analysis.AgeBand;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.AdjustedDifference;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.CategoricalResult;
import org.sleepstat.stats.ChiSquareResult;
import org.sleepstat.stats.ContingencyTable;
import org.sleepstat.stats.FisherResult;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.RegressionCoefficient;
import org.sleepstat.analysis.RegressionResult;
import org.sleepstat.analysis.SampleDescription;
import org.sleepstat.cli.json.JsonWriter;

/**
 * The sections of {@code analyze --json} beyond the contract's: changed vs not changed, mattress
 * age bands, the baseline regression, the categorical tests, the sample description (Table 1)
 * and the multiplicity adjustments. Keys are listed in docs/analysis-json-extras.md.
 */
final class AnalysisJsonExtras {
  private final StatJson out;
  private final JsonWriter json;

  private AnalysisJsonExtras(StatJson out) {
    this.out = out;
    this.json = out.json;
  }

  static void write(StatJson out, AnalysisResult result) {
    AnalysisJsonExtras extras = new AnalysisJsonExtras(out);
    extras.json.name("changed_vs_unchanged").beginArray();
    result.armComparison().forEach(extras::arms);
    extras.json.endArray();
    extras.json.name("adjusted").beginArray();
    result.armComparison().forEach(extras::adjusted);
    extras.json.endArray();
    SubgroupsJson.write(out, result.subgroups());
    PropsJson.write(out, result);
    FirmnessJson.write(out, result);
    extras.json.name("mattress_age_bands").beginArray();
    result.ageBands().forEach(extras::bands);
    extras.json.endArray();
    extras.json.name("regression").beginArray();
    result.regression().forEach(extras::regression);
    extras.json.endArray();
    extras.json.name("categorical").beginArray();
    result.categorical().forEach(extras::categorical);
    extras.json.endArray();
    extras.sample(result.sample());
    extras.multiplicity(result.multiplicity());
    TimeAndSensitivityJson.write(out, result);
    RepeatedJson.write(out, result.repeated());
  }

  /** The change adjusted for the value before and the plan's covariates (contract: adjusted). */
  private void adjusted(ArmComparisonResult a) {
    adjustedFields(out.open().value("outcome", a.outcome()), a.adjusted()).close();
  }

  /**
   * The members of an adjusted difference from n on (n, covariates, estimate, se, df, t, p,
   * ci_low, ci_high, notes), into the object {@code out} has open: the {@code adjusted} section
   * and each part of {@code sensitivity} write the same keys.
   */
  static StatJson adjustedFields(StatJson out, AdjustedDifference d) {
    return out.value("n", d.n())
        .strings("covariates", d.covariates())
        .stat("estimate", d.difference().value())
        .stat("se", d.se())
        .stat("df", d.df())
        .stat("t", d.t())
        .stat("p", d.p())
        .stat("ci_low", d.difference().ciLow())
        .stat("ci_high", d.difference().ciHigh())
        .strings("notes", d.notes());
  }

  private void arms(ArmComparisonResult a) {
    out.open().value("outcome", a.outcome()).value("n", a.n());
    arm("changed", a.changed());
    arm("unchanged", a.unchanged());
    out.stat("ancova_difference", a.ancova().difference().value())
        .stat("ancova_se", a.ancova().se())
        .stat("ancova_t", a.ancova().t())
        .stat("ancova_df", a.ancova().df())
        .stat("p_ancova", a.ancova().p())
        .stat("ancova_ci_low", a.ancova().difference().ciLow())
        .stat("ancova_ci_high", a.ancova().difference().ciHigh())
        .stat("ancova_r_squared", a.ancova().rSquared())
        .value("ancova_method", a.ancova().method())
        .stat("welch_difference", a.welch().difference().value())
        .stat("welch_t", a.welch().t())
        .stat("welch_df", a.welch().df())
        .stat("p_welch", a.welch().p())
        .stat("welch_ci_low", a.welch().difference().ciLow())
        .stat("welch_ci_high", a.welch().difference().ciHigh())
        .close();
  }

  private void arm(String name, ArmComparisonResult.Arm arm) {
    out.open(name)
        .value("n", arm.n())
        .stat("mean_pre", arm.meanPre())
        .stat("mean_post", arm.meanPost())
        .stat("mean_change", arm.meanChange())
        .close();
  }

  private void bands(AgeBandResult r) {
    out.open().value("outcome", r.outcome()).value("n", r.n());
    json.name("bands").beginArray();
    for (AgeBand b : r.bands()) {
      out.open()
          .value("band", b.band())
          .value("from_years", b.fromYears())
          .value("to_years", b.toYears())
          .value("n", b.n())
          .stat("mean", b.mean())
          .stat("sd", b.sd())
          .stat("median", b.median())
          .close();
    }
    json.endArray();
    AgeTrendJson.write(out, r);
    out.close();
  }

  private void regression(RegressionResult r) {
    out.open()
        .value("outcome", r.outcome())
        .value("formula", r.formula())
        .strings("covariates", r.covariates())
        .strings("absent_covariates", r.absentCovariates())
        .strings("notes", r.notes())
        .value("n", r.n())
        .value("dropped_missing", r.droppedMissing())
        .stat("rank", r.rank())
        .stat("residual_df", r.residualDf());
    json.name("coefficients").beginArray();
    for (RegressionCoefficient c : r.coefficients()) {
      out.open()
          .value("term", c.term())
          .stat("estimate", c.estimate())
          .stat("se", c.standardError())
          .stat("t", c.t())
          .stat("p", c.p())
          .stat("ci_low", c.ciLow())
          .stat("ci_high", c.ciHigh())
          .close();
    }
    json.endArray();
    out.stat("r_squared", r.fit().rSquared())
        .stat("adj_r_squared", r.fit().adjustedRSquared())
        .stat("sigma", r.fit().sigma())
        .stat("f", r.fit().f())
        .stat("f_df1", r.fit().fDf1())
        .stat("f_df2", r.fit().fDf2())
        .stat("p_f", r.fit().p())
        .close();
  }

  private void categorical(CategoricalResult r) {
    ContingencyTable t = r.table();
    out.open()
        .value("name", r.name())
        .value("row_variable", t.rowVariable())
        .strings("row_levels", t.rowLevels())
        .value("column_variable", t.columnVariable())
        .strings("column_levels", t.columnLevels());
    json.name("counts").beginArray();
    for (int[] row : t.counts()) {
      json.beginArray();
      for (int count : row) {
        json.value(count);
      }
      json.endArray();
    }
    json.endArray();
    out.value("n", r.n()).value("excluded_missing", r.excludedMissing())
        .strings("notes", r.notes());
    ChiSquareResult chi = r.chiSquare();
    out.open("chi_square")
        .stat("statistic", chi.statistic())
        .stat("df", chi.df())
        .stat("p", chi.p())
        .value("yates_corrected", chi.yatesCorrected())
        .stat("min_expected", chi.minExpected())
        .value("cells_below_five", chi.cellsBelowFive())
        .value("warning", chi.warning().orElse(null))
        .close();
    FisherResult f = r.fisher();
    out.open("fisher")
        .stat("p", f.p())
        .stat("odds_ratio", f.oddsRatio())
        .stat("odds_ratio_ci_low", f.oddsRatioCiLow())
        .stat("odds_ratio_ci_high", f.oddsRatioCiHigh())
        .value("method", f.method())
        .close();
    out.close();
  }

  private void sample(SampleDescription.Table1 table) {
    json.name("sample").beginObject();
    out.strings("groups", table.groups());
    json.name("variables").beginArray();
    for (SampleDescription.Table1Row row : table.rows()) {
      json.beginObject()
          .name("variable").value(row.variable())
          .name("label").value(row.label())
          .name("type").value(row.type().name().toLowerCase(Locale.ROOT));
      json.name("groups").beginArray();
      for (int g = 0; g < table.groups().size(); g++) {
        SampleDescription.Summary s = row.summaries().get(g);
        out.open().value("group", table.groups().get(g)).value("n", s.n())
            .value("missing", s.missing());
        if (s instanceof SampleDescription.NumberSummary num) {
          out.stat("mean", num.mean()).stat("sd", num.sd()).stat("median", num.median())
              .stat("q1", num.q1()).stat("q3", num.q3());
        } else if (s instanceof SampleDescription.LevelSummary lev) {
          out.value("denominator", lev.n());
          json.name("levels").beginArray();
          for (SampleDescription.LevelCount c : lev.levels()) {
            json.beginObject().name("level").value(c.level()).name("count").value(c.count())
                .name("percent").value(c.percent().value()).endObject();
          }
          json.endArray();
        }
        out.close();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private void multiplicity(Multiplicity m) {
    json.name("multiplicity").beginArray();
    for (Multiplicity.Family family : m.families()) {
      json.beginObject().name("family").value(family.name());
      json.name("outcomes").beginArray();
      for (Multiplicity.Adjusted a : family.members()) {
        out.open().value("outcome", a.outcome())
            .stat("p", a.p()).stat("p_holm", a.holm()).stat("p_bh", a.bh())
            .close();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
  }
}
