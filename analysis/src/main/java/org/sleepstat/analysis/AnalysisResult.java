package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.core.plan.StudyDesign;

/**
 * Every analysis of one survey, in the order of the JSON contract ({@code
 * docs/analysis-json.md}): paired outcomes, outcomes by sleep position, outcomes against
 * mattress age, and red flags. Lists are in codebook outcome order and hold one entry per outcome
 * whose columns the survey has.
 *
 * @param design the design the analyses followed (the plan's, or the built-in plan's)
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
 * @param rows the respondents each paired, by-position and mattress-age result was computed
 *     from, in the same order as those results, and the untreated pairs
 * @param untreated the untreated arm's pairs, one per {@link #paired()} result in the same order;
 *     empty without a group (single-arm study) or without its column
 * @param timeSinceChange the change against the weeks since the change, and by band of weeks
 * @param sensitivity the paired and adjusted analyses repeated without red flags and for
 *     persistent pain only, beside the main result
 * @param props per position and prop of the plan's advice, with against without the prop
 * @param firmness outcomes by mattress firmness and the change by the new mattress's firmness
 * @param subgroups the adjusted difference per level of each of the plan's subgroups and the
 *     interaction test, per outcome and subgroup (empty without the group's column)
 * @param repeated the outcomes over three or more waves, one mixed model per outcome (empty
 *     unless the survey has three or more waves)
 */
public record AnalysisResult(
    StudyDesign design,
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
    Rows rows,
    List<UntreatedPairs> untreated,
    TimeSinceChangeResult timeSinceChange,
    SensitivityResult sensitivity,
    List<PropsResult> props,
    FirmnessResult firmness,
    List<SubgroupResult> subgroups,
    List<RepeatedResult> repeated) {

  /** Copies the lists. */
  public AnalysisResult {
    Objects.requireNonNull(design, "design");
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
    rowsOf(rows.paired(), paired, "paired");
    rowsOf(rows.byPosition(), byPosition, "by-position");
    rowsOf(rows.mattressAge(), mattressAge, "mattress-age");
    untreated = List.copyOf(untreated);
    if (!untreated.isEmpty() && untreated.size() != paired.size()) {
      throw new IllegalArgumentException(untreated.size() + " untreated results for "
          + paired.size() + " paired results");
    }
    rowsOf(rows.untreated(), untreated, "untreated");
    Objects.requireNonNull(timeSinceChange, "timeSinceChange");
    Objects.requireNonNull(sensitivity, "sensitivity");
    props = List.copyOf(props);
    Objects.requireNonNull(firmness, "firmness");
    subgroups = List.copyOf(subgroups);
    repeated = List.copyOf(repeated);
  }

  /**
   * The rows each result was computed from, as the analysis selected them, one selection per
   * result and in the same order; the report draws from these and never selects again.
   *
   * @param paired the pairs of each {@link #paired()} result
   * @param byPosition the respondents with a position and a value, per {@link #byPosition()}
   * @param mattressAge the respondents with a mattress age and a value, per
   *     {@link #mattressAge()}
   * @param untreated the untreated pairs of each {@link #untreated()} result
   */
  public record Rows(List<Selection> paired, List<Selection> byPosition,
      List<Selection> mattressAge, List<Selection> untreated) {
    /** Copies the lists. */
    public Rows {
      paired = List.copyOf(paired);
      byPosition = List.copyOf(byPosition);
      mattressAge = List.copyOf(mattressAge);
      untreated = List.copyOf(untreated);
    }
  }

  /**
   * Checks that there is one selection per result.
   *
   * @throws IllegalArgumentException unless there is
   */
  private static void rowsOf(List<Selection> rows, List<?> results, String what) {
    if (rows.size() != results.size()) {
      throw new IllegalArgumentException(rows.size() + " selections for " + results.size() + " "
          + what + " results");
    }
  }
}
