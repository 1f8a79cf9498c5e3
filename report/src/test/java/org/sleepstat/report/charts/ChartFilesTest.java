package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.report.ChartFormat;
import org.sleepstat.report.ReportOptions;
import org.sleepstat.report.Reports;

class ChartFilesTest {
  @TempDir Path dir;

  private final ReportChart chart = ReportCharts.of(Reports.sample()).get(6);

  @Test
  void pngIsSixteenByNineAtTwiceTheSizeByDefault() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartFiles.png(chart, 144)));
    assertThat(image.getWidth()).isEqualTo(3200);
    assertThat(image.getHeight()).isEqualTo(1800);
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(ChartFiles.png(chart)));
    assertThat(small.getWidth()).isEqualTo(1600);
    assertThat(small.getHeight()).isEqualTo(900);
  }

  @Test
  void everyFormatIsWrittenUnderTheChartsNameAndNothingElseIsLeft() throws IOException {
    List<Path> written = ChartFiles.write(List.of(chart), dir,
        EnumSet.of(ChartFormat.PNG, ChartFormat.SVG, ChartFormat.PDF), 72);
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("responders.png", "responders.svg", "responders.pdf");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(3);
    }
    assertThat(Files.readString(dir.resolve("responders.svg"))).contains("<svg");
    assertThat(Files.readAllBytes(dir.resolve("responders.pdf"))).startsWith("%PDF".getBytes());
  }

  @Test
  void everyChartInEveryFormatIsTheSameBytesEveryTimeAndInEveryLocale() throws IOException {
    EnumSet<ChartFormat> formats = EnumSet.allOf(ChartFormat.class);
    List<ReportChart> charts = ReportCharts.of(Reports.sample());
    Path root = Files.createDirectory(dir.resolve("root"));
    Path again = Files.createDirectory(dir.resolve("again"));
    Locale before = Locale.getDefault();
    List<Path> written;
    try {
      Locale.setDefault(Locale.ROOT);
      written = ChartFiles.write(charts, root, formats, 72);
      ChartFiles.write(ReportCharts.of(Reports.sample()), again, formats, 72);
      for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
        Locale.setDefault(locale);
        Path other = Files.createDirectory(dir.resolve(locale.toLanguageTag()));
        ChartFiles.write(ReportCharts.of(Reports.sample()), other, formats, 72);
        for (Path file : written) {
          assertThat(Arrays.equals(Files.readAllBytes(other.resolve(file.getFileName())),
              Files.readAllBytes(file))).as(locale + " " + file.getFileName()).isTrue();
        }
      }
    } finally {
      Locale.setDefault(before);
    }
    for (Path file : written) {
      assertThat(Arrays.equals(Files.readAllBytes(again.resolve(file.getFileName())),
          Files.readAllBytes(file))).as(file.getFileName().toString()).isTrue();
    }
  }

  @Test
  void pngAndSvgAreTheSameBytesEveryTime() throws IOException {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    EnumSet<ChartFormat> formats = EnumSet.of(ChartFormat.PNG, ChartFormat.SVG);
    ChartFiles.write(List.of(chart), a, formats, 72);
    ChartFiles.write(List.of(chart), b, formats, 72);
    for (String name : List.of("responders.png", "responders.svg")) {
      assertThat(Files.readAllBytes(a.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(b.resolve(name)));
    }
  }

  @Test
  void theWorkbookPictureIsTheDefaultDrawingHalvedWhetherTheFileWasWrittenFirstOrNot()
      throws IOException {
    List<ReportChart> written = ReportCharts.of(Reports.sample());
    ChartFiles.write(written, dir, EnumSet.of(ChartFormat.PNG), ReportOptions.DEFAULT_DPI);
    List<ReportChart> fresh = ReportCharts.of(Reports.sample());
    for (int i = 0; i < written.size(); i++) {
      byte[] picture = ChartFiles.png(written.get(i));
      assertThat(picture).as(written.get(i).name()).isEqualTo(ChartFiles.png(fresh.get(i)));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
      assertThat(image.getWidth()).isEqualTo(1600);
      assertThat(image.getHeight()).isEqualTo(900);
    }
  }

  @Test
  void chartsDrawnInParallelAreTheSameBytesAsChartsDrawnOneByOne() throws IOException {
    List<ReportChart> charts = ReportCharts.of(Reports.sample());
    Path together = Files.createDirectory(dir.resolve("together"));
    ChartFiles.write(charts, together, EnumSet.of(ChartFormat.PNG, ChartFormat.SVG), 72);
    for (ReportChart chart : ReportCharts.of(Reports.sample())) {
      Path alone = Files.createDirectory(dir.resolve("alone-" + chart.name()));
      ChartFiles.write(List.of(chart), alone, EnumSet.of(ChartFormat.PNG, ChartFormat.SVG), 72);
      for (String ext : List.of(".png", ".svg")) {
        assertThat(Files.readAllBytes(alone.resolve(chart.name() + ext))).as(chart.name() + ext)
            .isEqualTo(Files.readAllBytes(together.resolve(chart.name() + ext)));
      }
    }
  }

  @Test
  void formatsAreNamedInAnyCase() {
    assertThat(ChartFormat.parse(" SVG ")).isEqualTo(ChartFormat.SVG);
    assertThatThrownBy(() -> ChartFormat.parse("gif"))
        .hasMessageContaining("png, svg or pdf");
  }
}
