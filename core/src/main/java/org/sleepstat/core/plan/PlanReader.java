package org.sleepstat.core.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.CodebookException;
import org.sleepstat.core.schema.CodebookReader;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.SideFile;
import org.sleepstat.core.schema.Waves;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a plan file: its YAML, its codebook (built-in or a file beside the plan), the codebook's
 * adjustments ({@link CodebookOverlay}), the waves and the design ({@link DesignReader}). Every
 * fault is collected with its place and all are thrown together.
 */
final class PlanReader {
  /** The keys of a plan, in the order docs/plan.md and the built-in plan give them. */
  static final List<String> KEYS = List.of("plan", "title", "codebook", "id", "group", "waves",
      "primary_follow_up", "outcomes", "primary_outcome", "position", "mattress_age", "red_flags",
      "covariates", "subgroups", "bands", "props", "firmness", "weeks_since_change",
      "persistent_pain", "reference_levels", "table1", "labels", "level_labels",
      "recode", "missing");
  private static final List<String> WAVE_KEYS = List.of("name", "spellings", "weeks");
  /** The plan format this reader reads. */
  private static final String FORMAT = "1";

  private final PlanNodes yaml;
  private final String file;
  /** The plan's folder, for a codebook file named relative to it; null for the built-in. */
  private final Path folder;

  private PlanReader(String file, Path folder) {
    this.file = file;
    this.folder = folder;
    this.yaml = new PlanNodes(file);
  }

  static StudyPlan read(Path path) throws PlanException {
    String display = path.toString();
    byte[] bytes;
    try {
      bytes = SideFile.read(path, "plan", "plan file", "a YAML file");
    } catch (SideFile.Unusable e) {
      throw new PlanException(List.of(new PlanProblem(display, 0, 0, e.reason())));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new PlanException(List.of(new PlanProblem(display, 0, 0,
          "a plan must be UTF-8 text; save it as UTF-8 and try again")));
    }
    Path parent = path.toAbsolutePath().getParent();
    PlanReader reader = new PlanReader(display, parent);
    return reader.parse(text, sha256(bytes), null);
  }

  static StudyPlan builtIn(Codebook codebook) {
    byte[] bytes = StudyPlan.builtInBytes();
    PlanReader reader = new PlanReader(StudyPlan.BUILT_IN_NAME, null);
    try {
      return reader.parse(new String(bytes, StandardCharsets.UTF_8), sha256(bytes), codebook);
    } catch (PlanException e) {
      throw new IllegalStateException("the built-in plan does not read: " + e.problems(), e);
    }
  }

  /**
   * @param given the codebook to apply the plan to, leniently (the built-in plan: what the
   *     codebook lacks is left out); null to read the plan's own codebook strictly
   */
  private StudyPlan parse(String text, String sha256, Codebook given) throws PlanException {
    boolean lenient = given != null;
    Optional<Node> root = yaml.parse(text);
    Optional<Map<String, Node>> top = root.flatMap(r -> yaml.mapping(r, "the plan", KEYS));
    if (top.isEmpty()) {
      throw new PlanException(yaml.problems());
    }
    Map<String, Node> keys = top.get();
    Node format = keys.get("plan");
    if (format != null) {
      yaml.word(format, "plan (the format)").filter(f -> !f.equals(FORMAT)).ifPresent(
          f -> yaml.problem(format, "plan format " + f + " is not known; this sleepstat reads"
              + " format " + FORMAT));
    }
    Codebook codebook = lenient ? given : codebook(keys.get("codebook"));
    if (codebook == null) {
      throw new PlanException(yaml.problems());
    }
    if (!lenient) {
      codebook = new CodebookOverlay(yaml, codebook, root.get()).apply(keys);
    }
    Waves waves = waves(keys.get("waves"), keys.get("primary_follow_up"));
    StudyDesign design = new DesignReader(yaml, codebook, lenient, root.get()).read(keys,
        title());
    if (!yaml.problems().isEmpty()) {
      throw new PlanException(yaml.problems());
    }
    return new StudyPlan(codebook, waves, design,
        new StudyPlan.Source(file, sha256, text));
  }

  private String title() {
    if (folder == null) {
      return "Study";
    }
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The codebook the plan names, or null (with a problem). */
  private Codebook codebook(Node node) {
    if (node == null) {
      return Codebook.builtIn();
    }
    Optional<String> name = yaml.word(node, "codebook");
    if (name.isEmpty()) {
      return null;
    }
    if (name.get().equalsIgnoreCase(StudyPlan.BUILT_IN_NAME)) {
      return Codebook.builtIn();
    }
    Path path = folder.resolve(name.get());
    try {
      return CodebookReader.read(path);
    } catch (CodebookException e) {
      yaml.problem(node, "codebook: " + e.getMessage());
      return null;
    }
  }

  private Waves waves(Node node, Node primary) {
    List<Waves.Wave> list = new ArrayList<>(Waves.builtIn().waves());
    if (node != null) {
      List<Waves.Wave> given = new ArrayList<>();
      int before = yaml.problems().size();
      yaml.list(node, "waves").ifPresent(items -> {
        for (Node item : items) {
          yaml.mapping(item, "a wave", WAVE_KEYS).ifPresent(w -> wave(item, w, given));
        }
      });
      if (given.size() < 2 && yaml.problems().size() == before) {
        yaml.problem(node, "waves: a study has two waves or more, not " + given.size()
            + "; list them in time order, the wave before first");
      }
      if (given.size() >= 2) {
        list = given;
      }
    }
    String name = primary == null ? null : yaml.word(primary, "primary_follow_up").orElse(null);
    List<String> names = list.stream().map(Waves.Wave::name).toList();
    if (name != null && list.size() == 2 && !name.equals(names.get(1))) {
      yaml.problem(primary, "primary_follow_up: \"" + name + "\" is not the follow-up"
          + " wave; with the waves " + String.join(", ", names) + " it is \""
          + names.get(1) + "\"");
      name = null;
    } else if (name != null && !names.subList(1, names.size()).contains(name)) {
      yaml.problem(primary, "primary_follow_up: \"" + name + "\" is not one of the follow-up"
          + " waves (" + String.join(", ", names.subList(1, names.size())) + ")");
      name = null;
    }
    if (node == null && name == null) {
      return Waves.builtIn();
    }
    try {
      return new Waves(list, name);
    } catch (IllegalArgumentException e) {
      yaml.problem(node, "waves: " + e.getMessage());
      return Waves.builtIn();
    }
  }

  private void wave(Node item, Map<String, Node> w, List<Waves.Wave> list) {
    Node name = w.get("name");
    if (name == null) {
      yaml.problem(item, "a wave needs a name (name: pre)");
      return;
    }
    Optional<String> n = yaml.word(name, "a wave's name");
    List<String> spellings = w.containsKey("spellings")
        ? yaml.words(w.get("spellings"), "spellings").stream().map(PlanNodes.Word::text).toList()
        : List.of();
    OptionalDouble weeks = yaml.optionalNumber(w, "weeks", "weeks");
    if (weeks.isPresent() && weeks.getAsDouble() < 0) {
      yaml.problem(w.get("weeks"), "weeks: a time after the first wave is 0 or more, not "
          + NumberText.format(weeks.getAsDouble()));
      weeks = OptionalDouble.empty();
    }
    OptionalDouble time = weeks;
    n.ifPresent(text -> list.add(new Waves.Wave(text, spellings, time)));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
