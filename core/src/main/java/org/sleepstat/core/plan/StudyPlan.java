package org.sleepstat.core.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Waves;

/**
 * A study plan read and checked against its codebook: the codebook with the plan's recodings,
 * missing-value codes, labels and scales; the waves a long file's wave column names; the design
 * the analyses follow; and the plan's own text, which the outputs carry, so that a plan written
 * before the data arrived is the plan the results were computed with. docs/plan.md describes the
 * file.
 *
 * <pre>{@code
 * StudyPlan plan = StudyPlan.read(Path.of("plan.yaml")); // PlanException: one problem per line
 * SurveyImporter importer = SurveyImporter.withDefaults().with(plan.codebook()).with(plan.waves());
 * }</pre>
 *
 * @param codebook the codebook as the plan adjusts it
 * @param waves the waves in time order
 * @param design what the analyses need
 * @param source the plan's file and text
 */
public record StudyPlan(Codebook codebook, Waves waves, StudyDesign design, Source source) {
  /** Where the built-in plan lives (as a class-path resource of this package). */
  static final String BUILT_IN = "built-in-plan.yaml";
  /** How the built-in plan is named in outputs, and the {@code codebook:} value of the built-in. */
  public static final String BUILT_IN_NAME = "built-in";

  /**
   * The file a plan was read from.
   *
   * @param path the plan's path as given, or "built-in"
   * @param sha256 the SHA-256 of its bytes, in hex
   * @param text its text
   */
  public record Source(String path, String sha256, String text) {
    public Source {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(text, "text");
    }

    /** Whether this is the built-in plan. */
    public boolean builtIn() {
      return path.equals(BUILT_IN_NAME);
    }
  }

  public StudyPlan {
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(waves, "waves");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Reads and checks the plan file at {@code path} with the codebook it names.
   *
   * @throws PlanException with one problem per fault, each at its line and column
   */
  public static StudyPlan read(Path path) throws PlanException {
    return PlanReader.read(path);
  }

  /** The built-in plan with the built-in codebook (read once: it is immutable). */
  public static StudyPlan builtIn() {
    return BuiltIn.PLAN;
  }

  /** Holds the built-in plan, read the first time it is asked for. */
  private static final class BuiltIn {
    static final StudyPlan PLAN = PlanReader.builtIn(Codebook.builtIn());
  }

  /**
   * The built-in plan applied to {@code codebook}: what it names that the codebook lacks is left
   * out, and outcomes of the codebook the plan does not name are analysed with the built-in
   * rules (lower is better, 2 points and 30%).
   */
  public static StudyPlan builtIn(Codebook codebook) {
    return codebook == Codebook.builtIn() ? builtIn() : PlanReader.builtIn(codebook);
  }

  /** The built-in plan's text: a commented file to start a plan of one's own from. */
  public static String builtInText() {
    return new String(builtInBytes(), StandardCharsets.UTF_8);
  }

  static byte[] builtInBytes() {
    try (InputStream in = StudyPlan.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException(BUILT_IN + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
