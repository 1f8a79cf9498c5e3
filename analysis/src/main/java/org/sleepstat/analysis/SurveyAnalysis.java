package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * The analyses of an imported survey whose numbers equal R's: paired change after a mattress
 * change, baseline outcomes by sleep position, against mattress age, and red flags. Immutable;
 * configure with the {@code with} methods. Missing values are handled per analysis (available
 * cases) and every result says how many respondents it used. A statistic that cannot be computed
 * (n &lt; 2, zero variance, all differences zero, one group) is an undefined {@link Stat} with the
 * reason; analysing never throws because of the data.
 *
 * <pre>{@code
 * AnalysisResult r = SurveyAnalysis.withDefaults().analyze(importResult.survey());
 * }</pre>
 */
public final class SurveyAnalysis {
  /** At most this many threads analyse at once (the working set of each part is small). */
  static final int MAX_THREADS = 4;
  private static final SurveyAnalysis DEFAULT = new SurveyAnalysis(null, Map.of(), null);

  /** The design; null: the built-in plan on each survey's codebook. */
  private final StudyDesign design;
  private final Map<String, Direction> directions;
  /** Responder points for every outcome instead of the design's; null: the design's. */
  private final Double responderChange;

  private SurveyAnalysis(StudyDesign design, Map<String, Direction> directions,
      Double responderChange) {
    this.design = design;
    this.directions = Map.copyOf(directions);
    this.responderChange = responderChange;
  }

  /**
   * The built-in plan ({@link StudyDesign#of(org.sleepstat.core.schema.Codebook)}) on each
   * survey's codebook: responders improve by at least 2 points; sleep_quality improves upwards,
   * every other outcome downwards.
   */
  public static SurveyAnalysis withDefaults() {
    return DEFAULT;
  }

  /** The analyses of a study's own design ({@link org.sleepstat.core.plan.StudyPlan#design()}). */
  public static SurveyAnalysis of(StudyDesign design) {
    return new SurveyAnalysis(Objects.requireNonNull(design, "design"), Map.of(), null);
  }

  /** A copy in which {@code outcome} (e.g. "pain_morning") improves in {@code direction}. */
  public SurveyAnalysis with(String outcome, Direction direction) {
    Map<String, Direction> copy = new HashMap<>(directions);
    copy.put(Objects.requireNonNull(outcome, "outcome"),
        Objects.requireNonNull(direction, "direction"));
    return new SurveyAnalysis(design, copy, responderChange);
  }

  /**
   * A copy in which a responder improves by at least {@code points} on every outcome.
   *
   * @throws IllegalArgumentException if {@code points} is not finite and positive
   */
  public SurveyAnalysis withResponderChange(double points) {
    if (!(points > 0) || !Double.isFinite(points)) {
      throw new IllegalArgumentException("responder change " + points + " is not > 0");
    }
    return new SurveyAnalysis(design, directions, points);
  }

  /**
   * The design the analyses of {@code survey} follow: this analysis's, or the built-in plan on
   * the survey's codebook, with the directions and responder points set by {@link #with} and
   * {@link #withResponderChange}.
   */
  public StudyDesign design(Survey survey) {
    StudyDesign base = design != null ? design : StudyDesign.of(survey.codebook());
    if (directions.isEmpty() && responderChange == null) {
      return base;
    }
    List<StudyDesign.Outcome> outcomes = new ArrayList<>();
    for (StudyDesign.Outcome o : base.outcomes()) {
      StudyDesign.Responder r = responderChange == null ? o.responder()
          : new StudyDesign.Responder(responderChange, o.responder().percent());
      outcomes.add(new StudyDesign.Outcome(o.name(), o.pre(), o.post(),
          directions.getOrDefault(o.name(), o.direction()), o.label(), r, o.highAt()));
    }
    return new StudyDesign(base.title(), base.id(), base.group(), base.singleArm(), outcomes,
        base.primaryOutcome(), base.position(), base.mattressAge(), base.redFlags(),
        base.models(), base.levelLabels());
  }

  /**
   * Runs every analysis. Independent analyses run side by side on up to {@link #MAX_THREADS}
   * threads (as many as there are processors); each is computed alike on any thread, so the
   * result is the same with one thread or several.
   */
  public AnalysisResult analyze(Survey survey) {
    return analyze(survey, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
  }

  /** {@link #analyze(Survey)} on {@code threads} threads (1: all on the caller's). */
  AnalysisResult analyze(Survey survey, int threads) {
    StudyDesign d = design(survey);
    try (SideBySide parts = new SideBySide(threads)) {
      // longest first (measured at 1,000,000 rows: the two threads then end together). The
      // comparisons by position take 25 ms there but are the longest at a few hundred rows
      // (Games-Howell's studentized range integrals at small df), so they go early: last, they
      // ran alone at the end (500 rows 3-4% faster; 100,000 and 1,000,000 rows the same)
      SideBySide.Part<List<RepeatedResult>> repeated =
          parts.submit(() -> RepeatedAnalysis.analyze(survey, d));
      SideBySide.Part<Advice> advicePart = parts.submit(() -> new Advice(
          PropsByPosition.compare(survey, d), FirmnessAnalysis.analyze(survey, d)));
      SideBySide.Part<Selected<PositionResult>> positionPart =
          parts.submit(() -> byPositionWithRows(survey, d));
      SideBySide.Part<List<SubgroupResult>> subgroups =
          parts.submit(() -> Subgroups.analyze(survey, d));
      SideBySide.Part<List<ArmComparisonResult>> armsPart =
          parts.submit(() -> ArmComparison.compare(survey, d));
      SideBySide.Part<SensitivityResult> sensitivityPart =
          parts.submit(() -> Sensitivity.subsets(survey, d));
      SideBySide.Part<List<AgeBandResult>> ageBands =
          parts.submit(() -> AgeBands.analyze(survey, d));
      SideBySide.Part<TimeSinceChangeResult> timePart =
          parts.submit(() -> TimeSinceChange.analyze(survey, d));
      SideBySide.Part<List<RegressionResult>> regressionPart =
          parts.submit(() -> BaselineRegression.analyze(survey, d));
      SideBySide.Part<SampleDescription.Table1> sample =
          parts.submit(() -> SampleDescription.describe(survey, d));
      SideBySide.Part<Paired> pairedPart = parts.submit(() -> pairedWithRows(survey, d));
      SideBySide.Part<Selected<MattressAgeResult>> mattressAgePart =
          parts.submit(() -> mattressAgeWithRows(survey, d));
      SideBySide.Part<List<CategoricalResult>> categoricalPart = parts.submit(() -> {
        List<CategoricalResult> out = new ArrayList<>();
        Categorical.positionByPrimary(survey, d).ifPresent(out::add);
        Categorical.groupByResponder(survey, d).ifPresent(out::add);
        return out;
      });
      SideBySide.Part<RedFlags> redFlags = parts.submit(() -> RedFlagScan.scan(survey, d));

      List<PairedResult> paired = pairedPart.get().treated().results();
      List<PositionResult> byPosition = positionPart.get().results();
      List<MattressAgeResult> mattressAge = mattressAgePart.get().results();
      List<ArmComparisonResult> arms = armsPart.get();
      List<RegressionResult> regression = regressionPart.get();
      return new AnalysisResult(d, paired, byPosition, mattressAge, redFlags.get(), sample.get(),
          multiplicity(paired, byPosition, mattressAge, arms), arms, ageBands.get(), regression,
          categoricalPart.get(), new AnalysisResult.Rows(pairedPart.get().treated().rows(),
              positionPart.get().rows(), mattressAgePart.get().rows(),
              pairedPart.get().untreated().rows()), pairedPart.get().untreated().results(),
          timePart.get(), Sensitivity.withMain(sensitivityPart.get(), survey.size(), paired, arms),
          advicePart.get().props(), advicePart.get().firmness(),
          subgroups.get(), repeated.get());
    }
  }

  private static Multiplicity multiplicity(List<PairedResult> paired,
      List<PositionResult> byPosition, List<MattressAgeResult> mattressAge,
      List<ArmComparisonResult> arms) {
    return new Multiplicity(List.of(
        Multiplicity.family(TestFamily.PAIRED_T, paired, PairedResult::outcome, r -> r.tTest().p()),
        Multiplicity.family(TestFamily.SIGNED_RANK, paired, PairedResult::outcome,
            r -> r.signedRank().p()),
        Multiplicity.family(TestFamily.ANOVA, byPosition, PositionResult::outcome,
            r -> r.anova().p()),
        Multiplicity.family(TestFamily.WELCH_ANOVA, byPosition, PositionResult::outcome,
            r -> r.welch().p()),
        Multiplicity.family(TestFamily.KRUSKAL_WALLIS, byPosition, PositionResult::outcome,
            r -> r.kruskalWallis().p()),
        Multiplicity.family(TestFamily.PEARSON, mattressAge,
            MattressAgeResult::outcome, MattressAgeResult::pPearson),
        Multiplicity.family(TestFamily.SPEARMAN, mattressAge,
            MattressAgeResult::outcome, MattressAgeResult::pSpearman),
        Multiplicity.family(TestFamily.ANCOVA, arms, ArmComparisonResult::outcome,
            r -> r.ancova().p()),
        Multiplicity.family(TestFamily.WELCH_CHANGE, arms,
            ArmComparisonResult::outcome, r -> r.welch().p())));
  }

  /**
   * One result per outcome with both a pre and a post column: the treated respondents with both
   * values, or every respondent with both values in a single-arm study or when the survey has
   * no column for the group.
   */
  public List<PairedResult> paired(Survey survey) {
    return pairedWithRows(survey, design(survey)).treated().results();
  }

  /**
   * The untreated arm's pairs per outcome with both a pre and a post column, in the order of
   * {@link #paired(Survey)}: respondents whose group is known and not the treated level; empty
   * without a group (single-arm study) or without its column.
   */
  public List<UntreatedPairs> untreated(Survey survey) {
    return pairedWithRows(survey, design(survey)).untreated().results();
  }

  /** The analyses along the advice: props by position and firmness. */
  private record Advice(List<PropsResult> props, FirmnessResult firmness) {}

  /** Results and the respondents of each, in the same order. */
  private record Selected<R>(List<R> results, List<Selection> rows) {}

  /** The treated pairs' results and the untreated arm's, each with its rows. */
  private record Paired(Selected<PairedResult> treated, Selected<UntreatedPairs> untreated) {}

  /** Both arms in one pass over the rows per outcome. */
  private static Paired pairedWithRows(Survey survey, StudyDesign d) {
    Optional<LevelColumn> groupColumn = d.groupName().flatMap(survey::levels);
    int treated = d.treatedCode().orElse(-1);
    String selection = PairedSelection.describe(d, groupColumn.isPresent(), survey);
    String untreatedSelection = groupColumn.isPresent()
        ? PairedSelection.untreated(d.group().orElseThrow()) + PairedSelection.waves(survey)
        : null;
    List<PairedResult> out = new ArrayList<>();
    List<Selection> selections = new ArrayList<>();
    List<UntreatedPairs> others = new ArrayList<>();
    List<Selection> otherSelections = new ArrayList<>();
    LevelColumn group = groupColumn.orElse(null);
    int size = survey.size();
    for (PairedColumns columns : PairedColumns.of(survey, d)) {
      StudyDesign.Outcome o = columns.outcome();
      NumberColumn pre = columns.pre();
      NumberColumn post = columns.post();
      PairedAnalysis.Pairs pairs = new PairedAnalysis.Pairs(o.direction(), o.responder());
      PairedAnalysis.Pairs otherPairs = new PairedAnalysis.Pairs(o.direction(), o.responder());
      Selection.Builder rows = new Selection.Builder(size);
      Selection.Builder otherRows = new Selection.Builder(size);
      for (int i = 0; i < size; i++) {
        int code = group == null ? treated : group.code(i);
        if (group != null && code == LevelColumn.MISSING) {
          continue;
        }
        double before = pre.get(i);
        double after = post.get(i);
        if (Double.isNaN(before) || Double.isNaN(after)) {
          continue;
        }
        if (group == null || code == treated) {
          pairs.add(before, after);
          rows.add(i);
        } else {
          otherPairs.add(before, after);
          otherRows.add(i);
        }
      }
      selections.add(rows.build());
      out.add(PairedAnalysis.compute(o.name(), selection, o.direction(), o.responder(), pairs));
      if (group != null) {
        otherSelections.add(otherRows.build());
        others.add(PairedAnalysis.untreated(o.name(), untreatedSelection, o.direction(),
            o.responder(), otherPairs));
      }
    }
    return new Paired(new Selected<>(out, selections),
        new Selected<>(others, otherSelections));
  }

  /**
   * One result per baseline column, over respondents with a value and a position; empty when the
   * survey has no sleep_position column.
   */
  public List<PositionResult> byPosition(Survey survey) {
    return byPositionWithRows(survey, design(survey)).results();
  }

  private static Selected<PositionResult> byPositionWithRows(Survey survey, StudyDesign d) {
    Optional<LevelColumn> positionColumn =
        d.position().flatMap(v -> survey.levels(v.name()));
    if (positionColumn.isEmpty()) {
      return new Selected<>(List.of(), List.of());
    }
    LevelColumn position = positionColumn.get();
    List<PositionResult> out = new ArrayList<>();
    List<Selection> selections = new ArrayList<>();
    int size = survey.size();
    for (NumberColumn column : baselineColumns(survey, d)) {
      Tally[] byLevel = new Tally[position.levels().size()];
      for (int g = 0; g < byLevel.length; g++) {
        byLevel[g] = new Tally();
      }
      Selection.Builder rows = new Selection.Builder(size);
      for (int i = 0; i < size; i++) {
        int code = position.code(i);
        double v = column.get(i);
        if (code == LevelColumn.MISSING || Double.isNaN(v)) {
          continue;
        }
        byLevel[code].add(v);
        rows.add(i);
      }
      selections.add(rows.build());
      out.add(PositionAnalysis.compute(column.name(), position.levels(), byLevel));
    }
    return new Selected<>(out, selections);
  }

  /**
   * One result per baseline column, over respondents with both mattress age and the outcome;
   * empty when the survey has no mattress_age_years column.
   */
  public List<MattressAgeResult> mattressAge(Survey survey) {
    return mattressAgeWithRows(survey, design(survey)).results();
  }

  private static Selected<MattressAgeResult> mattressAgeWithRows(Survey survey, StudyDesign d) {
    Optional<NumberColumn> ageColumn = d.mattressAge().flatMap(v -> survey.numbers(v.name()));
    if (ageColumn.isEmpty()) {
      return new Selected<>(List.of(), List.of());
    }
    NumberColumn age = ageColumn.get();
    List<MattressAgeResult> out = new ArrayList<>();
    List<Selection> selections = new ArrayList<>();
    int size = survey.size();
    for (NumberColumn column : baselineColumns(survey, d)) {
      Selection.Builder rows = new Selection.Builder(size);
      for (int i = 0; i < size; i++) {
        if (!Double.isNaN(age.get(i)) && !Double.isNaN(column.get(i))) {
          rows.add(i);
        }
      }
      Selection both = rows.build();
      selections.add(both);
      out.add(Correlation.compute(column.name(), age.name(), age, column, both));
    }
    return new Selected<>(out, selections);
  }

  /** Respondents with any red flag answered yes, and the count per flag. */
  public RedFlags redFlags(Survey survey) {
    return RedFlagScan.scan(survey, design(survey));
  }

  private static List<NumberColumn> baselineColumns(Survey survey, StudyDesign d) {
    List<NumberColumn> columns = new ArrayList<>();
    for (StudyDesign.Outcome o : d.outcomes()) {
      if (o.pre() != null) {
        survey.numbers(o.pre().name()).ifPresent(columns::add);
      }
    }
    return columns;
  }

  @Override
  public String toString() {
    return "SurveyAnalysis[design=" + (design == null ? "built-in plan" : design.title())
        + ", responderChange=" + responderChange + ", directions=" + directions + "]";
  }
}
