package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;
import org.sleepstat.stats.Stat;

/**
 * The subgroup analyses and the adjusted difference against R, statistic by statistic: every row
 * of subgroups/subgroups-expected.tsv, written by {@code Rscript subgroups.R} (R 4.2.2) with the
 * data it wrote (data/subgroups.csv, imported here by the default importer and the built-in
 * codebook and plan). R calls: per level {@code lm(post ~ pre + changed_mattress, subset = sub ==
 * level)}; interaction {@code anova(lm(post ~ pre + changed_mattress + sub), lm(post ~ pre +
 * changed_mattress * sub))}; adjusted {@code lm(post ~ pre + changed_mattress +
 * mattress_age_years + sleep_position + mattress_firmness + age_years + bmi)} (the plan's
 * exercise_days_week has no column; bmi has missing values). The data has an empty codebook level
 * (sex "other"), a level of one (sex "unknown"), a level with treated respondents only
 * (sleep_position "stomach") and missing pre, post, group and subgroup values.
 */
class SubgroupsReferenceTest {
  private static final String FOLDER = "subgroups";
  private static final String TABLE = "subgroups-expected.tsv";
  private static final String SCRIPT = "subgroups.R";
  /** Rows of R's fit with the plan's own bands of pain_morning_pre, [0, 5]. */
  private static final String PLAN_BANDS = "plan_bands/";

  static Stream<Arguments> rows() {
    return Reference.arguments(FOLDER, TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    if (row.group().equals("adjusted")) {
      AdjustedDifference d = ArmComparison.compare(survey()).stream()
          .filter(r -> r.outcome().equals(row.outcome())).findFirst().orElseThrow().adjusted();
      Reference.assertMatchesR(row, adjusted(d, row.key()), tolerance(row.key()));
      return;
    }
    boolean planBands = row.group().startsWith(PLAN_BANDS);
    String[] path = row.group().substring(planBands ? PLAN_BANDS.length() : 0).split("/", 2);
    SubgroupResult r = (planBands ? planBandsResults() : results()).stream()
        .filter(x -> x.outcome().equals(row.outcome()) && x.subgroup().equals(path[0]))
        .findFirst().orElseThrow(() -> new AssertionError("no subgroup result for " + row));
    Object actual;
    if (path.length == 1) {
      actual = interaction(r.interaction(), row.key());
    } else {
      SubgroupResult.Level level = r.levels().stream()
          .filter(l -> l.level().equals(path[1])).findFirst()
          .orElseThrow(() -> new AssertionError("no level " + path[1] + " for " + row));
      actual = level(level, row.key());
    }
    Reference.assertMatchesR(row, actual, tolerance(row.key()));
  }

  /** Java reports exactly the levels R fitted, in the same order, and no empty one. */
  @Test
  void reportsTheLevelsRFittedInCodebookOrder() {
    Map<String, List<String>> expected = Reference.rows(FOLDER, TABLE, SCRIPT).stream()
        .filter(r -> r.key().equals("n") && !r.group().equals("adjusted")
            && !r.group().startsWith(PLAN_BANDS))
        .collect(Collectors.groupingBy(
            r -> r.outcome() + " " + r.group().substring(0, r.group().indexOf('/')),
            Collectors.mapping(r -> r.group().substring(r.group().indexOf('/') + 1),
                Collectors.toList())));
    assertThat(expected).hasSize(9);
    for (SubgroupResult r : results()) {
      assertThat(r.levels()).extracting(SubgroupResult.Level::level)
          .as("%s %s", r.outcome(), r.subgroup())
          .containsExactlyElementsOf(expected.get(r.outcome() + " " + r.subgroup()));
    }
  }

  @Test
  void emptyCodebookLevelIsLeftOutWithANote() {
    SubgroupResult sex = find(results(), "pain_morning", "sex");
    assertThat(sex.levels()).extracting(SubgroupResult.Level::level)
        .containsExactly("female", "male", "unknown");
    assertThat(sex.notes()).anyMatch(n -> n.contains("no respondents with other"));
  }

  @Test
  void levelOfOneAndTreatedOnlyLevelSayWhyTheyHaveNoEstimate() {
    SubgroupResult.Level one = find(results(), "pain_night", "sex").levels().get(2);
    assertThat(one.n()).isEqualTo(1);
    assertThat(one.difference().value().reason()).contains("one respondent");
    SubgroupResult.Level stomach = find(results(), "pain_night", "sleep_position").levels()
        .stream().filter(l -> l.level().equals("stomach")).findFirst().orElseThrow();
    assertThat(stomach.nTreated()).isEqualTo(stomach.n()).isPositive();
    assertThat(stomach.p().reason()).contains("only treated");
  }

  @Test
  void streamedDesignsGiveTheHeldFits() {
    StudyDesign design = StudyDesign.of(survey().codebook());
    List<SubgroupResult> held = Subgroups.analyze(survey(), design);
    List<SubgroupResult> streamed = Subgroups.analyze(survey(), design, 0);
    assertThat(streamed).hasSameSizeAs(held);
    for (int k = 0; k < held.size(); k++) {
      SubgroupResult a = held.get(k);
      SubgroupResult b = streamed.get(k);
      close(a.interaction().f(), b.interaction().f());
      close(a.interaction().p(), b.interaction().p());
      assertThat(b.interaction().df1()).isEqualTo(a.interaction().df1());
      for (int l = 0; l < a.levels().size(); l++) {
        close(a.levels().get(l).difference().value(), b.levels().get(l).difference().value());
        close(a.levels().get(l).se(), b.levels().get(l).se());
      }
    }
  }

  @Test
  void subgroupWithoutColumnAndOutcomeWithoutBandsAreSaid() {
    Survey s = Surveys.of("""
        respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
        A1,side,yes,2,1
        A2,back,yes,5,4
        A3,side,no,6,5
        A4,back,no,8,7
        """);
    StudyDesign base = StudyDesign.of(s.codebook());
    List<SubgroupResult> r = Subgroups.analyze(s, base);
    assertThat(r).extracting(SubgroupResult::subgroup)
        .containsExactly("sleep_position", "sex", "baseline_band");
    SubgroupResult sex = r.get(1);
    assertThat(sex.levels()).isEmpty();
    assertThat(sex.notes()).containsExactly("sex left out: the file has no column");
    assertThat(sex.interaction().p().reason()).contains("no column");
    assertThat(r.get(2).levels()).extracting(SubgroupResult.Level::level)
        .containsExactly("low", "middle", "high");

    // an outcome on a 0-100 scale without bands in the plan: no baseline band, said
    List<StudyDesign.Outcome> outcomes = base.outcomes().stream().map(o -> {
      Variable pre = o.pre();
      Variable wide = new Variable(pre.name(), pre.type(), pre.required(), pre.role(), 0.0,
          100.0, pre.levels(), pre.spellings(), pre.missingCodes(), pre.label());
      return new StudyDesign.Outcome(o.name(), wide, o.post(), o.direction(), o.label(),
          o.responder(), o.highAt());
    }).toList();
    StudyDesign wide = new StudyDesign(base.title(), base.id(), base.group(), base.singleArm(),
        outcomes, base.primaryOutcome(), base.position(), base.mattressAge(), base.redFlags(),
        base.models(), base.levelLabels());
    SubgroupResult band = Subgroups.analyze(s, wide).get(2);
    assertThat(band.subgroup()).isEqualTo(StudyDesign.BASELINE_BAND);
    assertThat(band.levels()).isEmpty();
    assertThat(band.notes()).singleElement().asString()
        .startsWith("no bands for pain_morning_pre");
  }

  @Test
  void withoutGroupColumnThereIsNothingToCompare() {
    Survey s = Surveys.of("""
        respondent_id,sleep_position,pain_morning_pre,pain_morning_post
        A1,side,4,1
        A2,back,5,4
        """);
    assertThat(Subgroups.analyze(s, StudyDesign.of(s.codebook()))).isEmpty();
  }

  private static void close(Stat a, Stat b) {
    assertThat(b.isDefined()).isEqualTo(a.isDefined());
    if (a.isDefined()) {
      assertThat(b.getAsDouble()).isCloseTo(a.getAsDouble(),
          org.assertj.core.data.Offset.offset(1e-10 * Math.max(1, Math.abs(a.getAsDouble()))));
    }
  }

  private static SubgroupResult find(List<SubgroupResult> rs, String outcome, String subgroup) {
    return rs.stream().filter(r -> r.outcome().equals(outcome) && r.subgroup().equals(subgroup))
        .findFirst().orElseThrow();
  }

  /** p-values to the harness's absolute tolerance (stricter than the contract's 1e-7). */
  private static double tolerance(String key) {
    return key.equals("p") || key.startsWith("p_") ? Reference.P_VALUE_ABSOLUTE : -1;
  }

  private static Survey survey() {
    return ReferenceSurveys.survey(FOLDER, "subgroups");
  }

  private static List<SubgroupResult> results() {
    return Subgroups.analyze(survey(), StudyDesign.of(survey().codebook()));
  }

  /** The built-in plan with bands [0, 5] for pain_morning_pre. */
  private static List<SubgroupResult> planBandsResults() {
    StudyDesign d = StudyDesign.of(survey().codebook());
    StudyDesign.Models m = d.models();
    Map<String, List<Double>> bands = new HashMap<>(m.bands());
    bands.put("pain_morning_pre", List.of(0.0, 5.0));
    StudyDesign.Models models = new StudyDesign.Models(m.covariates(), m.subgroups(), bands,
        m.referenceLevels(), m.table1(), m.advice());
    StudyDesign planned = new StudyDesign(d.title(), d.id(), d.group(), d.singleArm(),
        d.outcomes(), d.primaryOutcome(), d.position(), d.mattressAge(), d.redFlags(), models,
        d.levelLabels());
    List<SubgroupResult> r = Subgroups.analyze(survey(), planned);
    Set<String> names = new TreeSet<>();
    find(r, "pain_morning", StudyDesign.BASELINE_BAND).levels().forEach(l -> names.add(l.level()));
    assertThat(names).containsExactly("[0,5)", "[5,Inf)");
    return r;
  }

  private static Object level(SubgroupResult.Level l, String key) {
    return switch (key) {
      case "n" -> l.n();
      case "n_treated" -> l.nTreated();
      case "estimate" -> l.difference().value();
      case "se" -> l.se();
      case "df" -> l.df();
      case "p" -> l.p();
      case "ci_low" -> l.difference().ciLow();
      case "ci_high" -> l.difference().ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  private static Object interaction(SubgroupResult.Interaction i, String key) {
    return switch (key) {
      case "interaction_f" -> i.f();
      case "interaction_df1" -> i.df1();
      case "interaction_df2" -> i.df2();
      case "p_interaction" -> i.p();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  private static Object adjusted(AdjustedDifference d, String key) {
    return switch (key) {
      case "n" -> d.n();
      case "estimate" -> d.difference().value();
      case "se" -> d.se();
      case "t" -> d.t();
      case "p" -> d.p();
      case "df" -> d.df();
      case "ci_low" -> d.difference().ciLow();
      case "ci_high" -> d.difference().ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }
}
