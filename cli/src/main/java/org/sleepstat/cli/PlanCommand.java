package org.sleepstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.StudyPlan;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sleepstat plan}: prints the built-in study plan, commented, as a file to start one's
 * own from; with {@code --check PLAN [DATA]}, checks a plan against its codebook (and a data
 * file) without analysing.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = {
      "Print the built-in study plan, commented: copy it, change what your study does",
      "differently and pass it to validate, analyze and report with --plan FILE.",
      "With --check PLAN, check a plan against its codebook; with a data FILE too, check",
      "that the file has a column for every variable the plan names. Exit 0 when the plan",
      "can be used, 2 when not (one line per problem, FILE:LINE:COLUMN: message)."
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SurveyInput input;

  @Option(names = "--check", paramLabel = "PLAN",
      description = "The plan to check (YAML), instead of printing the built-in one.")
  Path check;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (check == null) {
      if (input.file != null || input.plan != null) {
        throw new ParameterException(spec.commandLine(),
            "a data FILE or --plan needs --check PLAN");
      }
      out.print(StudyPlan.builtInText());
      out.flush();
      return ExitCode.OK;
    }
    if (input.plan != null) {
      throw new ParameterException(spec.commandLine(), "--check and --plan: give the plan once");
    }
    input.plan = check;
    StudyPlan plan = input.plan();
    describe(plan, out);
    if (input.file != null) {
      ImportResult imported = input.study(err, err).imported();
      out.println(imported.file() + ": " + imported.counts().accepted() + " of "
          + imported.counts().rows() + " rows accepted (sleepstat validate lists the problems);"
          + " a column for every variable the plan names");
    }
    out.flush();
    return ExitCode.OK;
  }

  /** What the plan says, in a few lines, so that a wrong reading shows before analysing. */
  private static void describe(StudyPlan plan, PrintWriter out) {
    StudyDesign d = plan.design();
    out.println(plan.source().path() + ": the plan can be used (SHA-256 " + plan.source().sha256()
        + ")");
    out.println("  title      " + d.title());
    out.println("  codebook   " + plan.codebook().name() + " v" + plan.codebook().version() + ", "
        + plan.codebook().variables().size() + " variables, id " + d.id().name());
    out.println("  group      " + d.group().map(g -> g.variable().name() + " (treated: "
        + g.treated() + ")").orElse(d.singleArm() ? "none: a single-arm study" : "none"));
    out.println("  waves      " + String.join(", ", plan.waves().waves().stream()
        .map(w -> w.name()).toList()));
    for (StudyDesign.Outcome o : d.outcomes()) {
      StudyDesign.Responder r = o.responder();
      out.println("  outcome    " + o.name() + (o.name().equals(d.primaryOutcome())
          ? " (primary)" : "") + ": " + o.label() + "; " + o.direction().name().toLowerCase(
              Locale.ROOT).replace('_', ' ') + "; responders " + number(r.points())
          + " points" + (r.percent().isPresent() ? ", " + number(r.percent().getAsDouble())
              + "%" : ", percent rule off"));
    }
    out.println("  position   " + d.position().map(Variable::name).orElse("none"));
    out.println("  mattress   " + d.mattressAge().map(Variable::name).orElse("none"));
    out.println("  covariates " + names(d.models().covariates()));
    out.println("  subgroups  " + names(d.models().subgroups()));
    out.println("  bands      " + bands(d.models().bands()));
    out.println("  red flags  " + names(d.redFlags()));
    StudyDesign.Advice a = d.models().advice();
    out.println("  props      " + (a.props().isEmpty() ? "none" : String.join("; ", a.props()
        .stream().map(p -> p.position() + ": " + names(p.props())).toList())));
    out.println("  firmness   before " + a.firmness().map(Variable::name).orElse("none")
        + ", after " + a.newFirmness().map(Variable::name).orElse("none") + ", advised "
        + a.advisedFirmness().orElse("none"));
    out.println("  weeks      " + a.weeksSinceChange().map(Variable::name).orElse("none"));
    out.println("  persistent " + a.painDuration().map(v -> v.name() + " > "
        + number(a.persistentAfter()) + " weeks").orElse("none"));
  }

  /** The bands by variable name (the design keeps no order): "x [0, 3, 6]; y [0, 4]". */
  private static String bands(Map<String, List<Double>> bands) {
    return bands.isEmpty() ? "none" : String.join("; ", new TreeMap<>(bands).entrySet().stream()
        .map(e -> e.getKey() + " [" + String.join(", ", e.getValue().stream()
            .map(PlanCommand::number).toList()) + "]").toList());
  }

  private static String names(List<Variable> variables) {
    return variables.isEmpty() ? "none"
        : String.join(", ", variables.stream().map(Variable::name).toList());
  }

  private static String number(double v) {
    return NumberText.format(v);
  }
}
