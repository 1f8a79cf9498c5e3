package org.sleepstat.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;

/**
 * The look every report chart shares: 1600 × 900 for 16:9 slides, white background, light
 * horizontal grid only, fonts large enough to read from the back of a room, the Okabe–Ito
 * palette, no plot border, no tooltips or buttons.
 */
final class ChartLook {
  static final int WIDTH = 1600;
  static final int HEIGHT = 900;

  private static final String FAMILY = Font.SANS_SERIF;
  static final Color GRID = new Color(0xDDDDDD);
  static final Color TEXT = new Color(0x222222);

  private ChartLook() {}

  /** The report's plain font at {@code size} points. */
  static Font font(int size) {
    return new TextFont(new Font(FAMILY, Font.PLAIN, size));
  }

  static void apply(AxesChartStyler s) {
    // tick labels as everywhere else in the report (0.5, 1,000), not as the JVM's locale
    // would write them (0,5 or Arabic digits): the same bytes on every machine
    s.setLocale(Locale.ROOT);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setChartFontColor(TEXT);
    s.setAxisTickLabelsColor(TEXT);
    s.setChartTitleFont(new TextFont(new Font(FAMILY, Font.BOLD, 30)));
    s.setChartTitleBoxVisible(false);
    s.setChartTitlePadding(16);
    s.setChartPadding(24);
    s.setAxisTitleFont(font(24));
    s.setAxisTickLabelsFont(font(22));
    s.setAxisTitlePadding(14);
    s.setAxisTickPadding(8);
    s.setLegendFont(font(22));
    s.setLegendBorderColor(Color.WHITE);
    s.setLegendBackgroundColor(Color.WHITE);
    s.setLegendPosition(Styler.LegendPosition.InsideNE);
    s.setPlotGridVerticalLinesVisible(false);
    s.setPlotGridHorizontalLinesVisible(true);
    s.setPlotGridLinesColor(GRID);
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setAxisTickMarksColor(TEXT);
    s.setSeriesColors(Palette.CATEGORIES);
    // XChart cycles dashed and dotted strokes through the series by default
    s.setSeriesLines(new BasicStroke[] {SeriesLines.SOLID});
    s.setMarkerSize(16);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
    s.setAnnotationTextFont(font(22));
    s.setAnnotationTextFontColor(Palette.MARK);
    s.setAnnotationLineColor(Palette.MARK);
    s.setAnnotationLineStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
        10f, new float[] {14f, 8f}, 0f));
    Ticks.install(s);
  }
}
