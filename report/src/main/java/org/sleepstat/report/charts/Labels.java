package org.sleepstat.report.charts;

import java.util.Locale;
import org.sleepstat.report.OutcomeText;

/** Names of levels on charts: the plan's label, else the level made readable ("Side"). */
public final class Labels {
  private Labels() {}

  /**
   * The label of {@code level} of {@code variable}: the plan's level label when it has one,
   * else the level with underscores as spaces and a capital first letter ("medium_firm" →
   * "Medium firm").
   */
  public static String level(OutcomeText text, String variable, String level) {
    String planned = text.level(variable, level);
    if (!planned.equals(level)) {
      return planned;
    }
    String spaced = level.replace('_', ' ').strip();
    return spaced.isEmpty() ? level
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
