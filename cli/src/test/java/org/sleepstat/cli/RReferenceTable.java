package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The R reference tables of whole JSON documents ({@code reference/*-expected.tsv}: pointer,
 * expected value, R call), and the check of one row against a document.
 */
final class RReferenceTable {
  /** Members that select an element of an array of objects by a pointer's part. */
  private static final List<String> SELECTORS = List.of("outcome", "family", "variable",
      "group", "name", "term", "band", "level");

  private RReferenceTable() {}

  /** The rows of the test resource {@code resource}: pointer, expected value, R call. */
  static Stream<Arguments> rows(String resource) throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        RReferenceTable.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.startsWith("pointer\t")) {
          continue;
        }
        String[] f = line.split("\t");
        rows.add(Arguments.of(f[0], f[1], f[2]));
      }
    }
    return rows.stream();
  }

  /**
   * Checks that the value at {@code pointer} equals R's: null for NA, a boolean for 1/0, else a
   * number within 1e-10 absolute for p-values (keys {@code p} and {@code p_*}) and 1e-9 relative
   * for the rest.
   *
   * @param rerun how to make the table again, for the failure message
   */
  static void assertEqualsR(JsonNode root, String pointer, String expected, String rCall,
      String rerun) {
    JsonNode node = find(root, pointer);
    String why = pointer + " should equal R's " + rCall + " (rerun: " + rerun + ")";
    if (expected.equals("NA")) {
      assertThat(node.isNull()).as(why + ": got " + node).isTrue();
      return;
    }
    double want = Double.parseDouble(expected);
    if (node.isBoolean()) {
      assertThat(node.asBoolean()).as(why).isEqualTo(want == 1);
      return;
    }
    assertThat(node.isNumber()).as(why + ": got " + node).isTrue();
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    boolean pValue = key.equals("p") || key.startsWith("p_") || pointer.contains("/p_");
    double tolerance = pValue ? 1e-10 : Math.max(1e-9 * Math.abs(want), 1e-15);
    assertThat(node.asDouble()).as(why).isCloseTo(want, within(tolerance));
  }

  /**
   * Walks a pointer such as paired/pain_morning/t. A part that meets an array of objects selects
   * the element with a {@link #SELECTORS} member equal to it, or for a pair of positions
   * ("side|back") the element with that group1 and group2; a part that meets an array of numbers
   * (categorical counts) is an index.
   */
  static JsonNode find(JsonNode root, String pointer) {
    JsonNode node = root;
    for (String part : pointer.split("/")) {
      if (node.isArray() && node.size() > 0 && !node.get(0).isObject()) {
        node = node.path(Integer.parseInt(part));
      } else if (node.isArray()) {
        JsonNode match = null;
        for (JsonNode element : node) {
          String pair = element.path("group1").asText() + "|" + element.path("group2").asText();
          boolean selected = pair.equals(part)
              || SELECTORS.stream().anyMatch(k -> element.path(k).asText().equals(part));
          if (selected) {
            match = element;
          }
        }
        assertThat(match).as("no element %s in %s", part, pointer).isNotNull();
        node = match;
      } else {
        node = node.path(part);
      }
    }
    assertThat(node.isMissingNode()).as("missing key " + pointer).isFalse();
    return node;
  }
}
