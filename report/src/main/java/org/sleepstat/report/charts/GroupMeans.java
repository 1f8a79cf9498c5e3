package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.sleepstat.report.Report;
import org.sleepstat.stats.MeanInterval;

/**
 * The means before and after with their 95% CIs ({@code t.test(x)$conf.int}) per group of one
 * paired outcome, named and coloured as the before-and-after chart draws them, for the other
 * outputs that show the same numbers (the workbook's native charts): one source, one meaning of
 * each colour.
 */
public final class GroupMeans {
  private GroupMeans() {}

  /**
   * One group's means.
   *
   * @param group its short name ("Yes", "No", "All respondents")
   * @param color its colour ({@link Palette#TREATED}, {@link Palette#UNTREATED}); before the
   *     change {@link Palette#before(Color)} of it
   * @param before the mean before with its 95% CI
   * @param after the mean after with its 95% CI
   */
  public record Means(String group, Color color, MeanInterval before, MeanInterval after) {}

  /**
   * The groups of the {@code k}-th paired result of {@code report}: the treated (or only) group,
   * then the untreated group when the design has a group and the file its column.
   */
  public static List<Means> of(Report report, int k) {
    List<Means> out = new ArrayList<>();
    for (ArmPairs a : StudyArms.pairs(report, k)) {
      out.add(new Means(a.label(), a.color(), a.before(), a.after()));
    }
    return out;
  }

  /** What the groups are ({@link StudyArms#title}), for a chart's axis title. */
  public static String groups(Report report) {
    return StudyArms.title(report);
  }
}
