package org.sleepstat.core.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a wave label says about its place in time, for ordering a file's waves without a plan: a
 * first wave (it begins with baseline or pre), a numbered wave (its first number), a last wave
 * without a number (it begins with post or follow), or nothing. A REDCap event's arm suffix
 * ({@code week_2_arm_1}) is not part of the label's number. The unit next to the number (day,
 * week, month, year) gives the time in weeks.
 *
 * @param label the label as written
 * @param kind where it goes
 * @param number its first number (NUMBERED only)
 * @param unitWeeks weeks per unit of the number, NaN when no unit is written next to it
 */
record WaveLabel(String label, Kind kind, double number, double unitWeeks) {
  enum Kind {
    FIRST,
    NUMBERED,
    LAST,
    NONE
  }

  private static final Pattern ARM = Pattern.compile("^(.*?)[ _-]*arm[ _-]*\\d+$");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern WORD_BEFORE = Pattern.compile("([a-z]+)[ _-]*$");
  private static final Pattern WORD_AFTER = Pattern.compile("^[ _-]*([a-z]+)");
  private static final double DAYS_PER_YEAR = 365.25;

  static WaveLabel of(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    Matcher arm = ARM.matcher(s);
    if (arm.matches() && !arm.group(1).isEmpty()) {
      s = arm.group(1);
    }
    if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0))
        || !Character.isLetterOrDigit(s.charAt(s.length() - 1))) {
      // "-1", "1-" and "_0_" are marks, not numbers (as level spellings are read)
      return new WaveLabel(label, Kind.NONE, Double.NaN, Double.NaN);
    }
    if (s.startsWith("baseline") || s.startsWith("pre")) {
      return new WaveLabel(label, Kind.FIRST, Double.NaN, Double.NaN);
    }
    Matcher n = NUMBER.matcher(s);
    if (n.find() && signed(s, n.start())) {
      return new WaveLabel(label, Kind.NONE, Double.NaN, Double.NaN);
    }
    if (n.find(0)) {
      double unit = unit(WORD_BEFORE.matcher(s.substring(0, n.start())));
      if (Double.isNaN(unit)) {
        unit = unit(WORD_AFTER.matcher(s.substring(n.end())));
      }
      return new WaveLabel(label, Kind.NUMBERED, Double.parseDouble(n.group()), unit);
    }
    if (s.startsWith("post") || s.startsWith("follow")) {
      return new WaveLabel(label, Kind.LAST, Double.NaN, Double.NaN);
    }
    return new WaveLabel(label, Kind.NONE, Double.NaN, Double.NaN);
  }

  /** Whether the number at {@code at} has a sign before it ("week -2"). */
  private static boolean signed(String s, int at) {
    int i = at - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (s.charAt(i) == '-' || s.charAt(i) == '+');
  }

  /** Weeks per unit of the word a matcher finds, NaN when it finds none or no unit. */
  private static double unit(Matcher m) {
    if (!m.find()) {
      return Double.NaN;
    }
    return switch (m.group(1)) {
      case "d", "day", "days" -> 1 / 7.0;
      case "w", "wk", "wks", "week", "weeks" -> 1;
      case "m", "mo", "month", "months" -> DAYS_PER_YEAR / 12 / 7;
      case "y", "yr", "yrs", "year", "years" -> DAYS_PER_YEAR / 7;
      default -> Double.NaN;
    };
  }
}
