package org.sleepstat.report;

import java.util.Locale;
import org.sleepstat.stats.Stat;

/** Numbers inside sentences: rounded for reading, with a true minus sign. */
public final class Wording {
  private Wording() {}

  /** {@code value} with {@code decimals} decimals, "−2.2" rather than "-2.2". */
  public static String number(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (text.matches("-0(\\.0*)?")) {
      text = text.substring(1);
    }
    return text.replace('-', '\u2212');
  }

  /** A statistic with {@code decimals} decimals, or "NA". */
  public static String number(Stat s, int decimals) {
    return s.isDefined() ? number(s.getAsDouble(), decimals) : "NA";
  }

  /** "p < 0.001", "p = 0.012", or "p NA". */
  public static String p(Stat s) {
    if (!s.isDefined()) {
      return "p NA";
    }
    double p = s.getAsDouble();
    return p < 0.001 ? "p < 0.001" : "p = " + number(p, 3);
  }

  /** A share as a whole percentage, "64%". */
  public static String percent(Stat share) {
    return share.isDefined() ? number(100 * share.getAsDouble(), 0) + "%" : "NA";
  }

  /** A count with its noun, "1 respondent", "1,200 respondents". */
  public static String count(long n, String noun) {
    return integer(n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** A whole number with thousands separated, "390,032". */
  public static String integer(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * That the Data sheet holds only the first {@code shown} of {@code respondents}: "The Data
   * sheet holds the first 1,048,574 of 10,000,000 accepted respondents (Excel holds 1,048,576
   * rows per sheet); 8,951,426 are left out of the sheet but not out of the statistics."
   */
  static String dataSheetCut(int shown, int respondents) {
    return "The Data sheet holds the first " + integer(shown) + " of " + integer(respondents)
        + " accepted respondents (Excel holds " + integer(Report.EXCEL_ROWS) + " rows per sheet); "
        + integer(respondents - shown) + " are left out of the sheet but not out of the"
        + " statistics.";
  }

  /**
   * "The Data sheet holds the first 16,383 of 16,450 columns (Excel holds 16,384 columns per
   * sheet, one is the line number); 67 are left out of the sheet but not out of the statistics."
   */
  static String dataSheetColumnsCut(int shown, int columns) {
    return "The Data sheet holds the first " + integer(shown) + " of " + integer(columns)
        + " columns (Excel holds " + integer(Report.EXCEL_COLUMNS) + " columns per sheet, one is"
        + " the line number); " + integer(columns - shown) + " are left out of the sheet but"
        + " not out of the statistics.";
  }

  /** The range of some counts, "149" when they are equal, else "149–153". */
  public static String range(int fewest, int most) {
    return fewest == most ? integer(fewest) : integer(fewest) + "–" + integer(most);
  }
}
