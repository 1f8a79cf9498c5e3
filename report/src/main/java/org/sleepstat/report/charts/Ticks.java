package org.sleepstat.report.charts;

import java.math.BigDecimal;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * Numeric axes: tick labels with a true minus sign ("−2", not "-2") and thousands separated, and
 * value ranges fitted to what a chart draws with a tick every round step (1, 2 or 5 × 10^k) rather
 * than the whole scale at half steps.
 */
final class Ticks {
  /** Ticks a numeric axis aims for: enough to read values off, few enough to read. */
  static final int TARGET_TICKS = 6;
  /**
   * Pixels between ticks that XChart is told to keep: at the report's size (900 pixels high, a
   * plot of about 650) this makes XChart choose the steps {@link #step} chooses.
   */
  private static final int SPACING_HINT = 100;

  private Ticks() {}

  /** Puts the report's tick labels on both axes of {@code styler}. */
  static void install(AxesChartStyler styler) {
    styler.setxAxisTickLabelsFormattingFunction(Ticks::label);
    styler.setyAxisTickLabelsFormattingFunction(Ticks::label);
    styler.setYAxisTickMarkSpacingHint(SPACING_HINT);
  }

  /**
   * A tick's label: at most 6 significant decimals with trailing zeros dropped, thousands
   * separated, a true minus sign, never "−0".
   */
  static String label(double value) {
    if (Math.abs(value) < 1e-9) {
      return "0";
    }
    if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
      // far beyond any score: scientific notation rather than hundreds of digits
      return String.format(Locale.ROOT, "%.3g", value).replace('-', '\u2212');
    }
    BigDecimal rounded = new BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    int decimals = Math.max(0, rounded.scale());
    String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
    return text.replace('-', '\u2212');
  }

  /** The round step (1, 2 or 5 × 10^k) that cuts {@code span} into about {@link #TARGET_TICKS}. */
  static double step(double span) {
    if (!(span > 0) || !Double.isFinite(span)) {
      return 1;
    }
    double raw = span / TARGET_TICKS;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double[] steps = {1, 2, 5, 10};
    for (double s : steps) {
      if (raw <= s * magnitude * 1.0000001) {
        return s * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /**
   * The axis range that holds [{@code low}, {@code high}] with a little room, widened to whole
   * steps and kept within the scale's [{@code floor}, {@code ceiling}] (NaN: no limit): {from,
   * to}.
   */
  static double[] range(double low, double high, double floor, double ceiling) {
    if (!(high >= low)) {
      return new double[] {floor, ceiling};
    }
    if (!Double.isFinite(high - low) || !Double.isFinite(low) || !Double.isFinite(high)) {
      // values near the largest double: no room to pad or round without overflowing
      return new double[] {low, high};
    }
    double pad = high > low ? (high - low) * 0.05 : Math.max(Math.abs(low) * 0.1, 0.5);
    double step = step(high - low + 2 * pad);
    double from = Math.floor((low - pad) / step) * step;
    double to = Math.ceil((high + pad) / step) * step;
    if (!Double.isFinite(from) || !Double.isFinite(to)) {
      return new double[] {low, high};
    }
    if (!Double.isNaN(floor)) {
      from = Math.max(from, floor);
    }
    if (!Double.isNaN(ceiling)) {
      to = Math.min(to, ceiling);
    }
    return new double[] {from, to};
  }

  /** Sets the y axis of {@code styler} to {@link #range} of the values drawn. */
  static double[] fitY(AxesChartStyler styler, double low, double high, double floor,
      double ceiling) {
    double[] r = range(low, high, floor, ceiling);
    styler.setYAxisMin(r[0]);
    styler.setYAxisMax(r[1]);
    return r;
  }
}
