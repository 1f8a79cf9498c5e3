package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sleepstat.report.Reports;

/**
 * SVG and PDF charts keep their text as text: every title, axis title, tick label, legend entry
 * and annotation is a {@code <text>} element (SVG) or text in an embedded font (PDF) that
 * PowerPoint or Inkscape can edit, not an outline.
 */
class VectorTextTest {
  private static String svg(ReportChart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorText.svg(chart.chart(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> texts(String svg) {
    List<String> texts = new ArrayList<>();
    Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
    while (m.find()) {
      texts.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
          .replaceAll("[\\u200B-\\u200D]", ""));
    }
    return texts;
  }

  @Test
  void everyLabelOfEveryChartIsTextInTheSvg() throws IOException {
    for (ReportChart chart : ReportCharts.of(Reports.sample())) {
      List<String> texts = texts(svg(chart));
      assertThat(texts).as(chart.name()).contains(chart.chart().getTitle());
      if (chart.chart() instanceof XYChart xy) {
        assertThat(texts).as(chart.name()).contains(xy.getXAxisTitle(), xy.getYAxisTitle());
        for (XYSeries s : xy.getSeriesMap().values()) {
          if (s.isShowInLegend() && xy.getStyler().isLegendVisible()) {
            assertThat(texts).as(chart.name() + " legend").contains(s.getName());
          }
        }
      }
    }
  }

  @Test
  void tickLabelsAreTextWithRealMinusSigns() throws IOException {
    ReportChart change = ReportCharts.of(Reports.sample()).stream()
        .filter(c -> c.name().equals("change-pain_morning")).findFirst().orElseThrow();
    List<String> texts = texts(svg(change));
    assertThat(texts).contains("−2", "0", "2");
    assertThat(texts).noneMatch(t -> t.matches("-\\d+"));
  }

  @Test
  void theYAxisTitleIsTurnedAQuarterAsInThePicture() throws IOException {
    ReportChart chart = ReportCharts.of(Reports.sample()).get(0);
    String svg = svg(chart);
    String title = ((XYChart) chart.chart()).getYAxisTitle();
    int at = svg.indexOf(">" + title + "</text>");
    assertThat(at).isPositive();
    String before = svg.substring(svg.lastIndexOf("<g", at), at);
    assertThat(before).contains("matrix(0 -1 1 0");
  }

  @Test
  void theSameChartGivesTheSameSvg() throws IOException {
    ReportChart chart = ReportCharts.of(Reports.sample()).get(3);
    assertThat(svg(chart)).isEqualTo(svg(chart));
  }

  @Test
  void pdfChartsHoldTheirTextAsTextWhereTheFontIsInstalled() throws IOException {
    assumeTrue(new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").isFile(),
        "DejaVu Sans is not installed; .ci/run installs fonts-dejavu-core");
    ReportChart chart = ReportCharts.of(Reports.sample()).stream()
        .filter(c -> c.name().equals("change-pain_morning")).findFirst().orElseThrow();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    PdfEncoder.write(chart.chart(), chart.name(), first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    PdfEncoder.write(chart.chart(), chart.name(), second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    try (PDDocument pdf = Loader.loadPDF(first.toByteArray())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(chart.chart().getTitle(), "−2",
          ((XYChart) chart.chart()).getXAxisTitle());
      // the turned y axis title comes out of the text extraction broken into lines
      assertThat(text.replaceAll("\\s", "")).contains("Pairs");
    }
  }
}
