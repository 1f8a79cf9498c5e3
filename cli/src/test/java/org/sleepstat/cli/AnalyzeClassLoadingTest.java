package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run of {@code analyze} loads, in a JVM of its own (this one has run the report tests):
 * never the workbook, chart or report code, whose classes are most of the jar and would only slow
 * the start of a command that writes no workbook, and never Tablesaw, which the jar leaves out.
 */
class AnalyzeClassLoadingTest {
  @TempDir Path dir;

  @Test
  void analyzeLoadsNoWorkbookChartOrReportClass() throws IOException, InterruptedException {
    List<String> loaded = classesLoadedBy("analyze", "--json");

    assertThat(loaded).contains("org.sleepstat.cli.AnalyzeCommand",
        "org.sleepstat.analysis.SurveyAnalysis", "org.sleepstat.cli.json.JsonWriter");
    assertThat(loaded).noneMatch(c -> c.startsWith("org.apache.poi.")
        || c.startsWith("org.apache.xmlbeans.")
        || c.startsWith("org.knowm.xchart.")
        || c.startsWith("org.apache.logging.")
        || c.startsWith("org.sleepstat.report.")
        || c.startsWith("tech.tablesaw.")
        || c.equals("org.sleepstat.cli.ReportCommand")
        || c.equals("org.sleepstat.cli.GenerateCommand")
        || c.equals("org.sleepstat.cli.CodebookCommand"));
  }

  /**
   * cli/pom.xml leaves Tablesaw (Survey.toTable(), for library users) and what it brings out of
   * the command and its jar, so every test of this module runs the commands without it: a class
   * that needed Tablesaw to link (Survey did) fails them.
   */
  @Test
  void theCommandsClassPathHasNoTablesaw() {
    assertThatThrownBy(() -> Class.forName("tech.tablesaw.api.Table"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("it.unimi.dsi.fastutil.ints.IntArrayList"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.ibm.icu.text.Collator"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  /** The names of the classes a fresh JVM loads while running {@code Main} with {@code args}. */
  private List<String> classesLoadedBy(String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:off",
        "-Xlog:disable",
        "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the run ended").isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
    // "[0.012s][info][class,load] java.lang.Object source: jrt:/java.base"
    return Files.readAllLines(log).stream()
        .map(line -> line.substring(line.indexOf("] ", line.indexOf("[class,load]")) + 2))
        .map(rest -> rest.substring(0, rest.indexOf(' ')))
        .toList();
  }
}
