package org.sleepstat.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The study's design variables, read from a codebook by their roles and names: the respondent
 * id, the group variable (who changed mattress), the outcomes with the way each improves, sleep
 * position, mattress age and the red-flag variables. The few names that are this study's, not
 * the codebook's, are declared here once. A codebook without one of them leaves that part of the
 * design empty, and the analyses that need it are not made.
 *
 * <pre>{@code
 * StudyDesign design = StudyDesign.of(survey.codebook());
 * }</pre>
 *
 * @param id the respondent identifier ({@link Codebook#idVariable()})
 * @param group the group variable, {@value #GROUP}: its {@link #YES} level is the paired
 *     sample
 * @param outcomes the outcomes (pre/post pairs of the codebook), in codebook order
 * @param position the sleep position, {@value #POSITION}
 * @param mattressAge the age of the mattress before the change, {@value #MATTRESS_AGE}
 * @param redFlags the yes/no variables named {@value #RED_FLAG_PREFIX}*, in codebook order
 */
public record StudyDesign(Variable id, Optional<Variable> group, List<Outcome> outcomes,
    Optional<Variable> position, Optional<Variable> mattressAge, List<Variable> redFlags) {
  /** The group variable: respondents who changed mattress between the two waves. */
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
  /** Red-flag variables are the yes/no variables whose names start with this. */
  public static final String RED_FLAG_PREFIX = "rf_";
  /** The outcome of the categorical tables and of the changed-vs-not headline. */
  public static final String PRIMARY_OUTCOME = "pain_morning";
  /** The outcome that improves upwards; every other outcome improves downwards. */
  public static final String HIGHER_IS_BETTER = "sleep_quality";
  /**
   * The study's outcomes in codebook order, each rated before ({@code _pre}) and after ({@code
   * _post}); a codebook of one's own has its own ({@link #outcomes()}).
   */
  public static final List<String> OUTCOMES =
      List.of(PRIMARY_OUTCOME, "pain_night", HIGHER_IS_BETTER);
  /**
   * The respondent identifier of the study's codebook; a codebook of one's own may name it
   * otherwise ({@link #id()} is its variable of type id).
   */
  public static final String ID = "respondent_id";
  /** The firmness of the pre-change mattress, a covariate of the baseline model. */
  public static final String MATTRESS_FIRMNESS = "mattress_firmness";
  /** The respondent's age, a covariate of the baseline model. */
  public static final String AGE = "age_years";
  /** The respondent's body-mass index, a covariate of the baseline model. */
  public static final String BMI = "bmi";
  /** Days of exercise a week, a covariate of the baseline model. */
  public static final String EXERCISE = "exercise_days_week";
  /**
   * The covariates of the baseline model, in formula order: {@code y ~ mattress_age_years +
   * sleep_position + mattress_firmness + age_years + bmi + exercise_days_week}.
   */
  public static final List<String> BASELINE_COVARIATES =
      List.of(MATTRESS_AGE, POSITION, MATTRESS_FIRMNESS, AGE, BMI, EXERCISE);

  /**
   * An outcome of the study.
   *
   * @param name e.g. "pain_morning"
   * @param pre its baseline variable, or null when the codebook has none
   * @param post its follow-up variable, or null when the codebook has none
   * @param direction which way it improves
   */
  public record Outcome(String name, Variable pre, Variable post, Direction direction) {
    public Outcome {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(direction, "direction");
    }
  }

  public StudyDesign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(mattressAge, "mattressAge");
    redFlags = List.copyOf(redFlags);
  }

  /** The design of {@code codebook}, each outcome improving in its default direction. */
  public static StudyDesign of(Codebook codebook) {
    return of(codebook, StudyDesign::defaultDirection);
  }

  /** The design of {@code codebook}, each outcome improving as {@code direction} says. */
  public static StudyDesign of(Codebook codebook, Function<String, Direction> direction) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Codebook.Outcome o : codebook.outcomes()) {
      outcomes.add(new Outcome(o.name(), o.pre(), o.post(), direction.apply(o.name())));
    }
    List<Variable> redFlags = new ArrayList<>();
    for (Variable v : codebook.variables()) {
      if (v.type() == VariableType.BOOLEAN && v.name().startsWith(RED_FLAG_PREFIX)) {
        redFlags.add(v);
      }
    }
    return new StudyDesign(codebook.idVariable(), codebook.variable(GROUP), outcomes,
        codebook.variable(POSITION), codebook.variable(MATTRESS_AGE), redFlags);
  }

  /** Which way an outcome improves by default: upwards for {@value #HIGHER_IS_BETTER} only. */
  public static Direction defaultDirection(String outcome) {
    return HIGHER_IS_BETTER.equals(outcome) ? Direction.HIGHER_IS_BETTER
        : Direction.LOWER_IS_BETTER;
  }

  /** The outcome named {@code name}, if the design has it. */
  public Optional<Outcome> outcome(String name) {
    return outcomes.stream().filter(o -> o.name().equals(name)).findFirst();
  }
}
