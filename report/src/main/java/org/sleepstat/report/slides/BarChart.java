package org.sleepstat.report.slides;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.sleepstat.stats.Stat;

/**
 * What a finding's chart shows: one bar per category with its 95% CI as error bars, each bar in
 * its own colour (so no legend is needed), on a value axis with a title. A bar whose value or
 * interval is undefined is left out, not drawn as zero.
 *
 * @param categoryTitle the title under the categories
 * @param valueTitle the title of the value axis
 * @param bars the bars, left to right
 * @param percent whether the values are shares, shown as percentages
 * @param min the value axis's lower end, when fixed (e.g. the bottom of the scale)
 * @param max the value axis's upper end, when fixed
 */
record BarChart(String categoryTitle, String valueTitle, List<Bar> bars, boolean percent,
    OptionalDouble min, OptionalDouble max) {

  /**
   * One bar: its category, its value and the ends of its interval.
   *
   * @param category the label under the bar
   * @param value the estimate
   * @param low the lower end of its 95% CI
   * @param high the upper end of its 95% CI
   * @param color its fill, from {@code report.charts.Palette}
   */
  record Bar(String category, Stat value, Stat low, Stat high, Color color) {
    /** Checks that nothing is null. */
    Bar {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      Objects.requireNonNull(color, "color");
    }

    /** Whether the bar can be drawn with its error bar. */
    boolean defined() {
      return value.isDefined() && low.isDefined() && high.isDefined();
    }
  }

  /** Checks the fields and copies the bars. */
  BarChart {
    Objects.requireNonNull(categoryTitle, "categoryTitle");
    Objects.requireNonNull(valueTitle, "valueTitle");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    bars = List.copyOf(bars);
  }

  /** The bars that can be drawn. */
  List<Bar> drawn() {
    return bars.stream().filter(Bar::defined).toList();
  }

  /**
   * The value axis: its ends (those fixed, else the bars and their intervals with zero, to a
   * whole step) and the step between its ticks, about five to the axis. Charting programs
   * otherwise zoom in on the tops of the bars, which cuts off the intervals and hides zero.
   *
   * @return {low, high, step}
   */
  double[] axis() {
    double lowest = 0;
    double highest = 0;
    for (Bar b : drawn()) {
      lowest = Math.min(lowest, b.low().getAsDouble());
      highest = Math.max(highest, b.high().getAsDouble());
    }
    double from = min.orElse(lowest);
    double to = max.orElse(highest);
    double step = step((to - from) / 5);
    double low = min.isPresent() ? from : Math.floor(from / step) * step;
    double high = max.isPresent() ? to : Math.ceil(to / step) * step;
    return new double[] {low, high == low ? low + step : high, step};
  }

  /** 1, 2, 2.5 or 5 times a power of ten, the first at or above {@code rough}. */
  private static double step(double rough) {
    if (!(rough > 0) || !Double.isFinite(rough)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= rough * (1 - 1e-9)) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /**
   * The axis ends {@code from} and {@code to} of a scale, kept where every interval fits
   * within them, so that a bar reads against the whole scale (0–10) rather than a zoomed frame.
   */
  BarChart within(OptionalDouble from, OptionalDouble to) {
    List<Double> ends = new ArrayList<>();
    for (Bar b : drawn()) {
      ends.add(b.low().getAsDouble());
      ends.add(b.high().getAsDouble());
    }
    double lowest = ends.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double highest = ends.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    OptionalDouble lo = from.isPresent() && from.getAsDouble() <= lowest ? from
        : OptionalDouble.empty();
    OptionalDouble hi = to.isPresent() && to.getAsDouble() >= highest ? to
        : OptionalDouble.empty();
    return new BarChart(categoryTitle, valueTitle, bars, percent, lo, hi);
  }
}
