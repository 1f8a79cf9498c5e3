package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Every analysis of one survey, in the order of the JSON contract ({@code
 * docs/analysis-json.md}): paired outcomes, outcomes by sleep position, outcomes against
 * mattress age, and red flags. Lists are in codebook outcome order and hold one entry per outcome
 * whose columns the survey has.
 *
 * @param paired one per outcome with both a pre and a post column
 * @param byPosition one per baseline column (empty without a sleep_position column)
 * @param mattressAge one per baseline column (empty without a mattress_age_years column)
 * @param redFlags respondents with any red flag
 * @param sample the sample description (Table 1), overall and by changed_mattress
 * @param multiplicity Holm and BH adjusted p-values across the outcomes of each family
 * @param armComparison changed vs not changed, per outcome (empty without changed_mattress)
 * @param ageBands baseline outcomes by mattress age band (empty without mattress_age_years)
 * @param regression the baseline outcome regressed on mattress age and covariates
 * @param categorical chi-square and Fisher's exact tests of the two survey tables
 * @param pairedRows the respondents of each paired result, in the same order as {@code paired}
 * @param positionRows the respondents of each by-position result (a position and a value), in
 *     the same order as {@code byPosition}
 * @param ageRows the respondents of each mattress-age result (a mattress age and a value), in
 *     the same order as {@code mattressAge}
 */
public record AnalysisResult(
    List<PairedResult> paired,
    List<PositionResult> byPosition,
    List<MattressAgeResult> mattressAge,
    RedFlags redFlags,
    SampleDescription.Table1 sample,
    Multiplicity multiplicity,
    List<ArmComparisonResult> armComparison,
    List<AgeBandResult> ageBands,
    List<RegressionResult> regression,
    List<CategoricalResult> categorical,
    List<Selection> pairedRows,
    List<Selection> positionRows,
    List<Selection> ageRows) {

  /** Copies the lists. */
  public AnalysisResult {
    paired = List.copyOf(paired);
    byPosition = List.copyOf(byPosition);
    mattressAge = List.copyOf(mattressAge);
    Objects.requireNonNull(redFlags, "redFlags");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(multiplicity, "multiplicity");
    armComparison = List.copyOf(armComparison);
    ageBands = List.copyOf(ageBands);
    regression = List.copyOf(regression);
    categorical = List.copyOf(categorical);
    pairedRows = rowsOf(pairedRows, paired, "paired");
    positionRows = rowsOf(positionRows, byPosition, "by-position");
    ageRows = rowsOf(ageRows, mattressAge, "mattress-age");
  }

  /**
   * A copy of {@code rows}.
   *
   * @throws IllegalArgumentException unless there is one selection per result
   */
  private static List<Selection> rowsOf(List<Selection> rows, List<?> results, String what) {
    if (rows.size() != results.size()) {
      throw new IllegalArgumentException(rows.size() + " selections for " + results.size() + " "
          + what + " results");
    }
    return List.copyOf(rows);
  }
}
