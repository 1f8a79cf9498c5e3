package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON document of {@code analyze --json} on the bundled sample, for the JSON tests. */
final class SampleJson {
  private static JsonNode sample;

  private SampleJson() {}

  /**
   * The document, from one run shared by every test class of this JVM (the tests only read it).
   */
  static synchronized JsonNode sample() throws IOException {
    if (sample == null) {
      CliRunner.Run run = CliRunner.run("analyze", "--json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      sample = new ObjectMapper().readTree(run.out());
    }
    return sample;
  }

  /** The names of an object's members, in order. */
  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
