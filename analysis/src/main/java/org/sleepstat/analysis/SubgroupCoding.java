package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;

/**
 * The level of each respondent in one subgroup: the code of a category column, or the band of a
 * number (the outcome's own value before) cut at lower limits as R's {@code cut(x, c(limits,
 * Inf), right = FALSE)}. −1 when the respondent has no level.
 */
final class SubgroupCoding {
  private final List<String> labels;
  private final LevelColumn column;
  private final NumberColumn value;
  private final double[] limits;

  private SubgroupCoding(List<String> labels, LevelColumn column, NumberColumn value,
      double[] limits) {
    this.labels = List.copyOf(labels);
    this.column = column;
    this.value = value;
    this.limits = limits;
  }

  /** The levels of a category column, in codebook order. */
  static SubgroupCoding of(LevelColumn column) {
    return new SubgroupCoding(column.levels(), column, null, null);
  }

  /**
   * The bands of {@code value} from the lower {@code limits} (increasing), named {@code names}
   * when given (one per band), else as R's cut names them: "[0,4)", …, "[7,Inf)".
   */
  static SubgroupCoding bands(NumberColumn value, List<Double> limits, List<String> names) {
    double[] edges = limits.stream().mapToDouble(Double::doubleValue).toArray();
    List<String> labels = names;
    if (labels == null || labels.size() != edges.length) {
      labels = new ArrayList<>();
      for (int b = 0; b < edges.length; b++) {
        labels.add("[" + NumberText.format(edges[b]) + ","
            + (b + 1 < edges.length ? NumberText.format(edges[b + 1]) : "Inf") + ")");
      }
    }
    return new SubgroupCoding(labels, null, value, edges);
  }

  List<String> labels() {
    return labels;
  }

  /** The level code of row {@code i}, or −1. */
  int code(int i) {
    if (column != null) {
      return column.code(i);
    }
    double v = value.get(i);
    if (Double.isNaN(v) || v < limits[0]) {
      return -1;
    }
    int b = limits.length - 1;
    while (v < limits[b]) {
      b--;
    }
    return b;
  }
}
