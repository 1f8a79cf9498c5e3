package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.plan.StudyDesign;
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
  private static final double DEFAULT_RESPONDER_CHANGE = 2;
  /** At most this many threads analyse at once (the working set of each part is small). */
  static final int MAX_THREADS = 4;
  private static final SurveyAnalysis DEFAULT =
      new SurveyAnalysis(Map.of(), DEFAULT_RESPONDER_CHANGE);

  private final Map<String, Direction> directions;
  private final double responderChange;

  private SurveyAnalysis(Map<String, Direction> directions, double responderChange) {
    this.directions = Map.copyOf(directions);
    this.responderChange = responderChange;
  }

  /**
   * Responders improve by at least 2 points; sleep_quality improves upwards, every other outcome
   * downwards ({@link StudyDesign#defaultDirection}).
   */
  public static SurveyAnalysis withDefaults() {
    return DEFAULT;
  }

  /** A copy in which {@code outcome} (e.g. "pain_morning") improves in {@code direction}. */
  public SurveyAnalysis with(String outcome, Direction direction) {
    Map<String, Direction> copy = new HashMap<>(directions);
    copy.put(Objects.requireNonNull(outcome, "outcome"),
        Objects.requireNonNull(direction, "direction"));
    return new SurveyAnalysis(copy, responderChange);
  }

  /**
   * A copy in which a responder improves by at least {@code points}.
   *
   * @throws IllegalArgumentException if {@code points} is not finite and positive
   */
  public SurveyAnalysis withResponderChange(double points) {
    if (!(points > 0) || !Double.isFinite(points)) {
      throw new IllegalArgumentException("responder change " + points + " is not > 0");
    }
    return new SurveyAnalysis(directions, points);
  }

  /** Which way {@code outcome} improves: as set with {@link #with}, else the default. */
  public Direction direction(String outcome) {
    return directions.getOrDefault(outcome, StudyDesign.defaultDirection(outcome));
  }

  /** The improvement in points that makes a responder. */
  public double responderChange() {
    return responderChange;
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
    try (SideBySide parts = new SideBySide(threads)) {
      // longest first
      SideBySide.Part<List<RegressionResult>> regressionPart =
          parts.submit(() -> BaselineRegression.analyze(survey));
      SideBySide.Part<SampleDescription.Table1> sample =
          parts.submit(() -> SampleDescription.describe(survey));
      SideBySide.Part<List<ArmComparisonResult>> armsPart =
          parts.submit(() -> ArmComparison.compare(survey));
      SideBySide.Part<Selected<PairedResult>> pairedPart =
          parts.submit(() -> pairedWithRows(survey));
      SideBySide.Part<List<CategoricalResult>> categoricalPart = parts.submit(() -> {
        List<CategoricalResult> out = new ArrayList<>();
        Categorical.positionByMorningPain(survey).ifPresent(out::add);
        Categorical.changedByResponder(survey, responderChange).ifPresent(out::add);
        return out;
      });
      SideBySide.Part<Selected<MattressAgeResult>> mattressAgePart =
          parts.submit(() -> mattressAgeWithRows(survey));
      SideBySide.Part<Selected<PositionResult>> positionPart =
          parts.submit(() -> byPositionWithRows(survey));
      SideBySide.Part<List<AgeBandResult>> ageBands = parts.submit(() -> AgeBands.analyze(survey));
      SideBySide.Part<RedFlags> redFlags = parts.submit(() -> redFlags(survey));

      List<PairedResult> paired = pairedPart.get().results();
      List<PositionResult> byPosition = positionPart.get().results();
      List<MattressAgeResult> mattressAge = mattressAgePart.get().results();
      List<ArmComparisonResult> arms = armsPart.get();
      List<RegressionResult> regression = regressionPart.get();
      return new AnalysisResult(paired, byPosition, mattressAge, redFlags.get(), sample.get(),
          multiplicity(paired, byPosition, mattressAge, arms), arms, ageBands.get(), regression,
          categoricalPart.get(), new AnalysisResult.Rows(pairedPart.get().rows(),
              positionPart.get().rows(), mattressAgePart.get().rows()));
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
   * One result per outcome with both a pre and a post column: respondents with changed_mattress =
   * yes and both values, or every respondent with both values when there is no changed_mattress
   * column.
   */
  public List<PairedResult> paired(Survey survey) {
    return pairedWithRows(survey).results();
  }

  /** Results and the respondents of each, in the same order. */
  private record Selected<R>(List<R> results, List<Selection> rows) {}

  private Selected<PairedResult> pairedWithRows(Survey survey) {
    Optional<LevelColumn> changed = survey.levels(StudyDesign.GROUP);
    int yes = changed.map(c -> c.levels().indexOf(StudyDesign.YES)).orElse(-1);
    String selection = changed.isPresent()
        ? StudyDesign.GROUP + " = " + StudyDesign.YES + ", both values present"
        : "all respondents with both values (no " + StudyDesign.GROUP + " column)";
    List<PairedResult> out = new ArrayList<>();
    List<Selection> selections = new ArrayList<>();
    LevelColumn changedColumn = changed.orElse(null);
    int size = survey.size();
    for (PairedColumns columns : PairedColumns.of(survey)) {
      Codebook.Outcome o = columns.outcome();
      NumberColumn pre = columns.pre();
      NumberColumn post = columns.post();
      Direction direction = direction(o.name());
      PairedAnalysis.Pairs pairs = new PairedAnalysis.Pairs(direction, responderChange);
      Selection.Builder rows = new Selection.Builder(size);
      for (int i = 0; i < size; i++) {
        // yes < 0: a custom codebook's changed_mattress without a "yes" level selects no one
        if (changedColumn != null && (yes < 0 || changedColumn.code(i) != yes)) {
          continue;
        }
        double before = pre.get(i);
        double after = post.get(i);
        if (Double.isNaN(before) || Double.isNaN(after)) {
          continue;
        }
        pairs.add(before, after);
        rows.add(i);
      }
      selections.add(rows.build());
      out.add(PairedAnalysis.compute(o.name(), selection, direction, responderChange, pairs));
    }
    return new Selected<>(out, selections);
  }

  /**
   * One result per baseline column, over respondents with a value and a position; empty when the
   * survey has no sleep_position column.
   */
  public List<PositionResult> byPosition(Survey survey) {
    return byPositionWithRows(survey).results();
  }

  private static Selected<PositionResult> byPositionWithRows(Survey survey) {
    Optional<LevelColumn> positionColumn = survey.levels(StudyDesign.POSITION);
    if (positionColumn.isEmpty()) {
      return new Selected<>(List.of(), List.of());
    }
    LevelColumn position = positionColumn.get();
    List<PositionResult> out = new ArrayList<>();
    List<Selection> selections = new ArrayList<>();
    int size = survey.size();
    for (NumberColumn column : baselineColumns(survey)) {
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
    return mattressAgeWithRows(survey).results();
  }

  private static Selected<MattressAgeResult> mattressAgeWithRows(Survey survey) {
    Optional<NumberColumn> ageColumn = survey.numbers(StudyDesign.MATTRESS_AGE);
    if (ageColumn.isEmpty()) {
      return new Selected<>(List.of(), List.of());
    }
    NumberColumn age = ageColumn.get();
    List<MattressAgeResult> out = new ArrayList<>();
    List<Selection> selections = new ArrayList<>();
    int size = survey.size();
    for (NumberColumn column : baselineColumns(survey)) {
      Selection.Builder rows = new Selection.Builder(size);
      for (int i = 0; i < size; i++) {
        if (!Double.isNaN(age.get(i)) && !Double.isNaN(column.get(i))) {
          rows.add(i);
        }
      }
      Selection both = rows.build();
      selections.add(both);
      out.add(Correlation.compute(column.name(), StudyDesign.MATTRESS_AGE, age, column, both));
    }
    return new Selected<>(out, selections);
  }

  /** Respondents with any rf_* flag answered yes, and the count per flag. */
  public RedFlags redFlags(Survey survey) {
    return RedFlagScan.scan(survey);
  }

  private static List<NumberColumn> baselineColumns(Survey survey) {
    List<NumberColumn> columns = new ArrayList<>();
    for (Codebook.Outcome o : survey.codebook().outcomes()) {
      if (o.pre() != null) {
        survey.numbers(o.pre().name()).ifPresent(columns::add);
      }
    }
    return columns;
  }

  @Override
  public String toString() {
    return "SurveyAnalysis[responderChange=" + responderChange + ", directions=" + directions
        + "]";
  }
}
