package org.sleepstat.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.schema.Variable;

/**
 * What the analyses of a study need to know, as its plan ({@link StudyPlan}) says it against its
 * codebook: the respondent id, the group and its treated level (or a single-arm cohort), the
 * outcomes with the way each improves and their responder rules, the primary outcome, the
 * sleep-position and mattress-age variables, the red flags, the covariates, subgroups, bands and
 * reference levels, and the labels. A part of the design that the codebook lacks is empty, and
 * the analyses that need it are not made.
 *
 * <p>The names below are the built-in plan's ({@code built-in-plan.yaml}), for the synthetic
 * surveys of {@code core.generate}; the analyses take every name from a design.
 *
 * <pre>{@code
 * StudyDesign design = StudyDesign.of(survey.codebook()); // the built-in plan
 * StudyDesign own = StudyPlan.read(Path.of("plan.yaml")).design();
 * }</pre>
 *
 * @param title the study's title
 * @param id the respondent identifier ({@link Codebook#idVariable()})
 * @param group the group variable and its treated level; empty for a single-arm cohort or a
 *     codebook without one
 * @param singleArm whether the plan says every respondent had the intervention ({@code group:
 *     none}), rather than the codebook lacking the group variable
 * @param outcomes the outcomes, in the plan's order
 * @param primaryOutcome the name of the primary outcome, one of {@code outcomes} (or, when there
 *     are none, of the plan)
 * @param position the category compared at baseline (sleep position)
 * @param mattressAge the number correlated with baseline outcomes (mattress age)
 * @param redFlags the yes/no variables whose yes means "see a doctor"
 * @param models the covariates, subgroups, bands and reference levels
 * @param levelLabels labels of levels for outputs, per variable and level
 */
public record StudyDesign(String title, Variable id, Optional<Group> group, boolean singleArm,
    List<Outcome> outcomes, String primaryOutcome, Optional<Variable> position,
    Optional<Variable> mattressAge, List<Variable> redFlags, Models models,
    Map<String, Map<String, String>> levelLabels) {
  /** The built-in plan's group variable: respondents who changed mattress. */
  public static final String GROUP = "changed_mattress";
  /**
   * The level of a yes/no variable that means yes: of {@link #GROUP} the respondents who
   * changed mattress, of a red flag those who have it.
   */
  public static final String YES = Variable.BOOLEAN_LEVELS.get(1);
  /** The level of a yes/no variable that means no. */
  public static final String NO = Variable.BOOLEAN_LEVELS.get(0);
  /** The usual sleep position. */
  public static final String POSITION = "sleep_position";
  /** Years the pre-change mattress had been in use. */
  public static final String MATTRESS_AGE = "mattress_age_years";
  /**
   * The common advice to replace a mattress after 7 to 10 years of use, in years of {@link
   * #MATTRESS_AGE}: charts of outcomes against mattress age mark this band. Kept here, beside
   * the variable it is measured in, as the one place that states it (the plan's bands are the
   * study's own grouping of ages, not advice).
   */
  public static final double REPLACE_FROM_YEARS = 7;
  /** The end of the replacement advice band, in years ({@link #REPLACE_FROM_YEARS}). */
  public static final double REPLACE_BY_YEARS = 10;
  /** The red flags of the built-in codebook are its yes/no variables named so. */
  public static final String RED_FLAG_PREFIX = "rf_";
  /** The built-in plan's primary outcome. */
  public static final String PRIMARY_OUTCOME = "pain_morning";
  /** The built-in plan's outcome that improves upwards; the others improve downwards. */
  public static final String HIGHER_IS_BETTER = "sleep_quality";
  /** The built-in plan's outcomes, each rated before ({@code _pre}) and after ({@code _post}). */
  public static final List<String> OUTCOMES =
      List.of(PRIMARY_OUTCOME, "pain_night", HIGHER_IS_BETTER);
  /** The respondent identifier of the built-in codebook. */
  public static final String ID = "respondent_id";
  /** The firmness of the pre-change mattress. */
  public static final String MATTRESS_FIRMNESS = "mattress_firmness";
  /** The respondent's age. */
  public static final String AGE = "age_years";
  /** The respondent's body-mass index. */
  public static final String BMI = "bmi";
  /** Days of exercise a week. */
  public static final String EXERCISE = "exercise_days_week";
  /**
   * The built-in plan's covariates, in formula order: {@code y ~ mattress_age_years +
   * sleep_position + mattress_firmness + age_years + bmi + exercise_days_week}.
   */
  public static final List<String> BASELINE_COVARIATES =
      List.of(MATTRESS_AGE, POSITION, MATTRESS_FIRMNESS, AGE, BMI, EXERCISE);
  /**
   * The subgroup that stands for each outcome's own value before, cut into bands ({@link
   * #baselineBands}); named in a plan's subgroups like a variable.
   */
  public static final String BASELINE_BAND = "baseline_band";
  /**
   * The bands of the value before of an outcome on a 0–10 scale, when the plan sets none: low
   * [0,4), middle [4,7), high [7,∞).
   */
  public static final List<Double> BASELINE_BANDS = List.of(0.0, 4.0, 7.0);
  /** The firmness of the new mattress, when changed. */
  public static final String NEW_MATTRESS_FIRMNESS = "new_mattress_firmness";
  /** The firmness the advice names. */
  public static final String ADVISED_FIRMNESS = "medium_firm";
  /** Weeks between the mattress change and the follow-up. */
  public static final String WEEKS_SINCE_CHANGE = "weeks_since_change";
  /** How long the back pain has lasted, in weeks. */
  public static final String PAIN_DURATION = "pain_duration_weeks";
  /** Pain that has lasted more than this many weeks is persistent. */
  public static final double PERSISTENT_AFTER_WEEKS = 6;

  /**
   * The group variable and the level of it that had the intervention.
   *
   * @param variable e.g. changed_mattress
   * @param treated one of its levels, e.g. "yes"
   */
  public record Group(Variable variable, String treated) {
    public Group {
      Objects.requireNonNull(variable, "variable");
      if (!variable.levels().contains(treated)) {
        throw new IllegalArgumentException(treated + " is not a level of " + variable.name());
      }
    }

    /** The code of the treated level in the variable's levels. */
    public int treatedCode() {
      return variable.levels().indexOf(treated);
    }
  }

  /**
   * Who improved: by at least {@code points}, and (a second rule) by at least {@code percent} of
   * the own value before.
   *
   * @param points &gt; 0
   * @param percent in (0, 100], or empty when the plan switches the rule off
   */
  public record Responder(double points, OptionalDouble percent) {
    /** The built-in plan's rules: 2 points and 30%. */
    public static final Responder BUILT_IN = new Responder(2, OptionalDouble.of(30));

    public Responder {
      if (!(points > 0) || !Double.isFinite(points)) {
        throw new IllegalArgumentException("responder points " + points + " is not > 0");
      }
      Objects.requireNonNull(percent, "percent");
      if (percent.isPresent() && !(percent.getAsDouble() > 0 && percent.getAsDouble() <= 100)) {
        throw new IllegalArgumentException("responder percent " + percent.getAsDouble()
            + " is not in (0, 100]");
      }
    }
  }

  /**
   * An outcome of the study.
   *
   * @param name e.g. "pain_morning"
   * @param pre its baseline variable, or null when the codebook has none
   * @param post its follow-up variable, or null when the codebook has none
   * @param direction which way it improves
   * @param label what it is, for titles ("Back pain on waking")
   * @param responder who counts as a responder
   * @param highAt a value before at or above this is "high" (the table of position against the
   *     primary outcome), or empty
   */
  public record Outcome(String name, Variable pre, Variable post, Direction direction,
      String label, Responder responder, OptionalDouble highAt) {
    public Outcome {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(responder, "responder");
      Objects.requireNonNull(highAt, "highAt");
    }
  }

  /**
   * What the models and comparisons use beyond the outcomes.
   *
   * @param covariates the covariates of the models of baseline outcomes, in formula order
   * @param subgroups variables whose levels the group's effect is compared across
   * @param bands per numeric variable, the lower limits of its bands in increasing order
   * @param referenceLevels per category, the level the others are compared with in models
   * @param table1 per variable the plan names under {@code table1}, how Table 1 describes it
   * @param advice the props, firmness, time since the change and persistence of pain that the
   *     analyses along the advice take
   */
  public record Models(List<Variable> covariates, List<Variable> subgroups,
      Map<String, List<Double>> bands, Map<String, String> referenceLevels,
      Map<String, Table1Summary> table1, Advice advice) {
    public Models {
      covariates = List.copyOf(covariates);
      subgroups = List.copyOf(subgroups);
      bands = Map.copyOf(bands);
      referenceLevels = Map.copyOf(referenceLevels);
      table1 = Map.copyOf(table1);
      Objects.requireNonNull(advice, "advice");
    }

    /**
     * The band limits of {@code outcome}'s value before, for the {@link #BASELINE_BAND}
     * subgroup: the plan's bands of its pre variable, else {@link #BASELINE_BANDS} for a 0–10
     * scale, else empty (the subgroup is left out for that outcome).
     */
    public Optional<List<Double>> baselineBands(Outcome outcome) {
      if (outcome.pre() == null) {
        return Optional.empty();
      }
      Optional<List<Double>> planned = bands(outcome.pre().name());
      if (planned.isPresent()) {
        return planned;
      }
      Variable pre = outcome.pre();
      boolean zeroToTen = pre.min() != null && pre.max() != null && pre.min() == 0
          && pre.max() == 10;
      return zeroToTen ? Optional.of(BASELINE_BANDS) : Optional.empty();
    }

    /** Whether the plan names {@link #BASELINE_BAND} among its subgroups. */
    public boolean baselineBandSubgroup() {
      return subgroups.stream().anyMatch(v -> v.name().equals(BASELINE_BAND));
    }

    /**
     * How Table 1 describes {@code v}: as the plan says, else a number by its mean (SD) and a
     * variable with levels by its counts.
     */
    public Table1Summary summary(Variable v) {
      Table1Summary planned = table1.get(v.name());
      if (planned != null) {
        return planned;
      }
      return v.type().isNumeric() ? Table1Summary.MEAN : Table1Summary.COUNTS;
    }

    /** The reference level's code of {@code v} (default: its first level, 0). */
    public int referenceCode(Variable v) {
      String level = referenceLevels.get(v.name());
      return level == null ? 0 : Math.max(0, v.levels().indexOf(level));
    }

    /** The band limits of {@code variable}, if the plan bands it. */
    public Optional<List<Double>> bands(String variable) {
      return Optional.ofNullable(bands.get(variable));
    }
  }

  /**
   * The props the advice names for one level of the position variable.
   *
   * @param position the level, e.g. "side"
   * @param props its yes/no prop variables, e.g. pillow_between_knees
   */
  public record PositionProps(String position, List<Variable> props) {
    public PositionProps {
      Objects.requireNonNull(position, "position");
      props = List.copyOf(props);
    }
  }

  /**
   * What the advice behind the study names, for the analyses that follow it; a part the plan or
   * the codebook lacks is empty and its analysis is not made.
   *
   * @param props per level of the position variable, in the plan's order, the props advised
   * @param firmness the firmness of the mattress before (ordinal)
   * @param newFirmness the firmness of the new mattress (ordinal)
   * @param advisedFirmness the level of firmness the advice names (medium_firm), a level of
   *     {@code firmness}
   * @param weeksSinceChange weeks between the change and the follow-up
   * @param painDuration how long the pain has lasted, in weeks
   * @param persistentAfter pain that has lasted more than this many weeks is persistent
   */
  public record Advice(List<PositionProps> props, Optional<Variable> firmness,
      Optional<Variable> newFirmness, Optional<String> advisedFirmness,
      Optional<Variable> weeksSinceChange, Optional<Variable> painDuration,
      double persistentAfter) {
    /** Nothing advised: no props, firmness, time or persistence analyses. */
    public static final Advice NONE = new Advice(List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), PERSISTENT_AFTER_WEEKS);

    public Advice {
      props = List.copyOf(props);
      Objects.requireNonNull(firmness, "firmness");
      Objects.requireNonNull(newFirmness, "newFirmness");
      Objects.requireNonNull(advisedFirmness, "advisedFirmness");
      Objects.requireNonNull(weeksSinceChange, "weeksSinceChange");
      Objects.requireNonNull(painDuration, "painDuration");
      if (!(persistentAfter >= 0) || !Double.isFinite(persistentAfter)) {
        throw new IllegalArgumentException("persistent after " + persistentAfter + " weeks");
      }
    }
  }

  public StudyDesign {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(primaryOutcome, "primaryOutcome");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(mattressAge, "mattressAge");
    redFlags = List.copyOf(redFlags);
    Objects.requireNonNull(models, "models");
    levelLabels = Map.copyOf(levelLabels);
  }

  /** The built-in plan applied to {@code codebook}: what {@code --plan} left out means. */
  public static StudyDesign of(Codebook codebook) {
    return StudyPlan.builtIn(codebook).design();
  }

  /** Which way an outcome improves in the built-in plan: upwards for sleep_quality only. */
  public static Direction defaultDirection(String outcome) {
    return HIGHER_IS_BETTER.equals(outcome) ? Direction.HIGHER_IS_BETTER
        : Direction.LOWER_IS_BETTER;
  }

  /** The outcome named {@code name}, if the design has it. */
  public Optional<Outcome> outcome(String name) {
    return outcomes.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The primary outcome, if the design has it. */
  public Optional<Outcome> primary() {
    return outcome(primaryOutcome);
  }

  /** The group variable's name, or empty. */
  public Optional<String> groupName() {
    return group.map(g -> g.variable().name());
  }

  /** The code of the treated level, empty without a group. */
  public OptionalInt treatedCode() {
    return group.map(g -> OptionalInt.of(g.treatedCode())).orElse(OptionalInt.empty());
  }
}
