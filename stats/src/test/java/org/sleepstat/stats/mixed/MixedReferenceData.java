package org.sleepstat.stats.mixed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.stats.Reference;

/**
 * The data sets of reference/mixed (written by mixed.R: id, wave, group, y, long format) fitted
 * as the script fits them: {@code y ~ wave * group + (1 | id)}, or {@code y ~ wave + (1 | id)}
 * when there is one group ("all"), with the waves in the script's order.
 */
final class MixedReferenceData {
  static final String FOLDER = "mixed";
  static final String TABLE = "mixed-expected.tsv";
  static final String SCRIPT = "mixed.R";

  private static final List<String> FOUR = List.of("baseline", "week 2", "week 4", "week 12");
  /** The wave levels of mixed.R (waves4 unless wave_levels names the data set). */
  private static final Map<String, List<String>> WAVES = Map.of(
      "three_waves", List.of("pre", "week 2", "post"),
      "six_waves", List.of("baseline", "week 1", "week 2", "week 4", "week 8", "week 12"));

  final String name;
  final WaveGroupDesign design;
  final List<String> waves;
  final List<String> groups;
  final ClusterSums sums;
  final RandomInterceptFit fit;

  private MixedReferenceData(String name) {
    this.name = name;
    this.waves = WAVES.getOrDefault(name, FOUR);
    String[] lines = Reference.resource(Reference.dataResource(FOLDER, name)).split("\n");
    Map<String, List<String[]>> byId = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].trim().split(",");
      byId.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    boolean single = byId.values().iterator().next().get(0)[2].equals("all");
    this.groups = single ? List.of("all") : List.of("no", "yes");
    this.design = single ? WaveGroupDesign.singleGroup(waves)
        : WaveGroupDesign.of(waves, "group", groups);
    this.sums = design.newSums();
    for (List<String[]> rows : byId.values()) {
      rows.sort((a, b) -> Integer.compare(waves.indexOf(a[1]), waves.indexOf(b[1])));
      int n = rows.size();
      int[] w = new int[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = waves.indexOf(rows.get(i)[1]);
        y[i] = Double.parseDouble(rows.get(i)[3]);
        if (w[i] < 0) {
          throw new IllegalStateException(name + ": unknown wave " + rows.get(i)[1]);
        }
      }
      design.add(sums, groups.indexOf(rows.get(0)[2]), w, y, n);
    }
    this.fit = RandomInterceptModel.fit(sums, design.names());
  }

  private static final Map<String, MixedReferenceData> CACHE = new LinkedHashMap<>();

  static synchronized MixedReferenceData of(String name) {
    return CACHE.computeIfAbsent(name, MixedReferenceData::new);
  }

  /** The L of a type III term as {@code show_tests(anova(fit))} prints it. */
  double[][] typeIII(String term) {
    return design.typeIII(sums).stream().filter(h -> h.term().equals(term)).findFirst()
        .orElseThrow(() -> new IllegalStateException(name + ": no term " + term)).rows();
  }

  /** The index of a wave label. */
  int wave(String label) {
    int w = waves.indexOf(label);
    if (w < 0) {
      throw new IllegalStateException(name + ": no wave " + label + " in " + waves);
    }
    return w;
  }

  /** The index of a group label ("" for a single group). */
  int group(String label) {
    return label.isEmpty() ? 0 : groups.indexOf(label);
  }

  @Override
  public String toString() {
    return name + " " + Arrays.toString(waves.toArray());
  }
}
