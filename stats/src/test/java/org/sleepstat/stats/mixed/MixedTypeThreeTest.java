package org.sleepstat.stats.mixed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;

/**
 * The type III hypotheses of {@link WaveGroupDesign#typeIII} are the L that lmerTest tests:
 * {@code show_tests(anova(fit, type = 3, ddf = "Satterthwaite"), fractions = FALSE)} in
 * mixed.R, entry by entry (outcome "L" of mixed-expected.tsv, group "term|row|coefficient"),
 * to 1e-12 absolute: R's weights are zapsmall-rounded (0.3333333 for three waves) and, for a
 * single group, the doolittle rows of X'X.
 */
class MixedTypeThreeTest {
  static Stream<String> datasets() {
    return lRows().keySet().stream();
  }

  /** dataset → term → row → coefficient → value. */
  private static Map<String, Map<String, Map<Integer, Map<String, Double>>>> lRows() {
    Map<String, Map<String, Map<Integer, Map<String, Double>>>> all = new LinkedHashMap<>();
    for (Reference.Row row : Reference.rows(MixedReferenceData.FOLDER, MixedReferenceData.TABLE,
        MixedReferenceData.SCRIPT)) {
      if (!row.outcome().equals("L")) {
        continue;
      }
      String[] f = row.group().split("\\|");
      all.computeIfAbsent(row.dataset(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f[0], k -> new TreeMap<>())
          .computeIfAbsent(Integer.parseInt(f[1]), k -> new LinkedHashMap<>())
          .put(f[2], row.value());
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void typeThreeRowsAreLmerTests(String dataset) {
    MixedReferenceData data = MixedReferenceData.of(dataset);
    Map<String, Map<Integer, Map<String, Double>>> expected = lRows().get(dataset);
    List<Hypothesis> tests = data.design.typeIII(data.sums);
    assertThat(tests).extracting(Hypothesis::term)
        .as("%s: terms of anova(fit)", dataset).containsExactlyElementsOf(expected.keySet());
    List<String> names = data.design.names();
    for (Hypothesis h : tests) {
      Map<Integer, Map<String, Double>> rows = expected.get(h.term());
      assertThat(h.rows().length).as("%s %s: rows", dataset, h.term()).isEqualTo(rows.size());
      for (int r = 0; r < h.rows().length; r++) {
        Map<String, Double> want = rows.get(r + 1);
        assertThat(want.keySet()).containsExactlyElementsOf(names);
        for (int j = 0; j < names.size(); j++) {
          assertThat(h.rows()[r][j])
              .as("%s %s row %d %s; R: show_tests(anova(fit))", dataset, h.term(), r + 1,
                  names.get(j))
              .isCloseTo(want.get(names.get(j)), within(1e-12));
        }
      }
    }
  }
}
