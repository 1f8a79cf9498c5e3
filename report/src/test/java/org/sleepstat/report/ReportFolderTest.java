package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
  @TempDir Path dir;

  private static List<String> tree(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> !p.equals(folder)).map(p -> {
        try {
          return folder.relativize(p) + (Files.isRegularFile(p) ? "=" + Files.readString(p)
              : "/");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  private static void set(Path charts, Path workbook, String run) throws IOException {
    Files.createDirectories(charts);
    Files.writeString(charts.resolve("a.png"), run);
    Files.writeString(charts.resolve(run + ".svg"), run);
    Files.writeString(workbook, run);
  }

  @Test
  void aRunThatFailsWhileBuildingLeavesTheOldSetUntouchedAndNoStagingFolder() throws Exception {
    ReportFolder.write(dir, "s-report.xlsx", (charts, book) -> set(charts, book, "one"));
    List<String> before = tree(dir);

    assertThatThrownBy(() -> ReportFolder.write(dir, "s-report.xlsx", (charts, book) -> {
      Files.createDirectories(charts);
      Files.writeString(charts.resolve("a.png"), "two");
      throw new IOException("No space left on device");
    })).hasMessage("No space left on device");

    assertThat(tree(dir)).isEqualTo(before).contains("charts/a.png=one", "s-report.xlsx=one");
  }

  @Test
  void aPublishedSetReplacesTheOldOneWhole() throws Exception {
    ReportFolder.write(dir, "s-report.xlsx", (charts, book) -> set(charts, book, "one"));
    ReportFolder.write(dir, "s-report.xlsx", (charts, book) -> set(charts, book, "two"));

    assertThat(tree(dir)).containsExactly(".sleepstat-report=s-report.xlsx\n", "charts/",
        "charts/a.png=two", "charts/two.svg=two", "s-report.xlsx=two");
  }

  private static void files(Path charts, Map<String, Path> files, String run)
      throws IOException {
    Files.createDirectories(charts);
    Files.writeString(charts.resolve("a.png"), run);
    for (Path f : files.values()) {
      Files.writeString(f, run);
    }
  }

  @Test
  void aSetOfSeveralFilesIsPublishedWholeAndNamedInTheState() throws Exception {
    List<String> names = List.of("s-report.xlsx", "s-slides.pptx", "s-report.docx");
    ReportFolder.write(dir, names, (charts, staged) -> files(charts, staged, "one"));
    ReportFolder.write(dir, names, (charts, staged) -> files(charts, staged, "two"));
    assertThat(tree(dir)).containsExactly(
        ".sleepstat-report=s-report.xlsx\ns-slides.pptx\ns-report.docx\n", "charts/",
        "charts/a.png=two", "s-report.docx=two", "s-report.xlsx=two", "s-slides.pptx=two");
  }

  @Test
  void aFileOfTheSameInputLeftOutOfARunStaysAsItWas() throws Exception {
    ReportFolder.write(dir, List.of("s-report.xlsx", "s-slides.pptx"),
        (charts, staged) -> files(charts, staged, "one"));
    ReportFolder.write(dir, List.of("s-report.xlsx"),
        (charts, staged) -> files(charts, staged, "two"));
    assertThat(tree(dir)).contains("s-report.xlsx=two", "s-slides.pptx=one");
  }

  @Test
  void aReportOfAnotherInputIsRefusedWhileAFileOfTheEarlierSetIsThere() throws Exception {
    ReportFolder.write(dir, List.of("s-report.xlsx", "s-slides.pptx"),
        (charts, staged) -> files(charts, staged, "one"));
    Files.delete(dir.resolve("s-report.xlsx"));
    assertThatThrownBy(() -> ReportFolder.write(dir, List.of("t-report.xlsx"),
        (charts, staged) -> files(charts, staged, "two")))
        .isInstanceOf(ReportFolder.OtherReport.class).hasMessageContaining("s-slides.pptx");
  }
}
