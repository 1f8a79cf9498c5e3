package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sleepstat report} end to end, through {@link Main}. */
class ReportCommandTest {
  private static final int CHARTS = 17;

  @TempDir Path dir;

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheWorkbookAndChartsOfTheBundledSampleAndPrintsTheHeadlines() throws IOException {
    Path out = dir.resolve("report");
    CliRunner.Run run = CliRunner.run("report", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("sleepstat: no FILE given; using the bundled sample survey"
        + " (sample-survey.csv)" + System.lineSeparator());
    Path workbook = out.resolve("sample-survey-report.xlsx");
    assertThat(run.out()).startsWith("sleepstat: wrote " + workbook + ", "
        + out.resolve("sample-survey-slides.pptx") + ", " + out.resolve("sample-survey-report.docx")
        + " and " + CHARTS + " charts in " + out.resolve("charts") + " (png, svg)")
        .contains("Back pain on waking fell from 4.7 to 2.8 after a mattress change")
        .contains("Back pain on waking after a mattress change compared with no change")
        .contains("changed_mattress x responder (pain_morning change <= -2) (n = 344)")
        .contains("37 respondents reported at least one red flag")
        .contains("400 rows read: 395 accepted, 5 rejected");
    assertThat(files(out)).containsExactly(".sleepstat-report", "charts",
        "sample-survey-report.docx", "sample-survey-report.xlsx", "sample-survey-slides.pptx");
    List<String> charts = files(out.resolve("charts"));
    assertThat(charts).hasSize(2 * CHARTS).contains("responders.png", "responders.svg",
        "before-after-pain_morning.png", "by-position-sleep_quality_pre.svg");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      assertThat(book.getSheetName(0)).isEqualTo("Summary");
      assertThat(book.getSheetName(1)).isEqualTo("Table 1");
      assertThat(book.getSheetName(2)).isEqualTo("Results");
      assertThat(book.getNumberOfSheets()).isEqualTo(17);
    }
  }

  @Test
  void runningTwiceGivesTheSameWorkbookByteForByte() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertThat(CliRunner.run("report", "--out", first.toString(), "--quiet").exitCode())
        .isZero();
    assertThat(CliRunner.run("report", "--out", second.toString(), "--quiet").exitCode())
        .isZero();
    String name = "sample-survey-report.xlsx";
    assertThat(sha256(second.resolve(name))).isEqualTo(sha256(first.resolve(name)));
    assertThat(sha256(second.resolve("charts/change-pain_night.png")))
        .isEqualTo(sha256(first.resolve("charts/change-pain_night.png")));
  }

  /**
   * As a user runs it, in a JVM of its own: POI logs through log4j-api, which warns on stderr
   * when it finds no logging implementation, unless Main sets it up first. The workbook is the
   * same bytes as one written in this JVM.
   */
  @Test
  void inItsOwnJvmStderrHoldsOnlyTheSampleNoticeAndTheBytesMatch() throws Exception {
    Path own = dir.resolve("own");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "report", "--out", own.toString(), "--chart-formats",
        "png,svg,pdf")
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8))
        .isEqualTo("sleepstat: no FILE given; using the bundled sample survey"
            + " (sample-survey.csv)" + System.lineSeparator());
    assertThat(Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8))
        .contains("(png, svg, pdf)");
    assertThat(files(own.resolve("charts"))).hasSize(3 * CHARTS).contains("responders.pdf");

    Path here = dir.resolve("here");
    assertThat(CliRunner.run("report", "--out", here.toString(), "--chart-formats",
        "png,svg,pdf", "--quiet").exitCode()).isZero();
    String name = "sample-survey-report.xlsx";
    assertThat(sha256(own.resolve(name))).isEqualTo(sha256(here.resolve(name)));
  }

  @Test
  void quietPrintsNothing() {
    CliRunner.Run run = CliRunner.run("report", "--out", dir.toString(), "--quiet",
        "--chart-formats", "svg");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errBesidesWarnings()).isEmpty();
  }

  @Test
  void theWorkbookIsNamedAfterTheInputAndRejectedRowsAreReportedNotFatal() throws IOException {
    Path file = CliRunner.resource(dir, "mixed.csv");
    Path out = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("report", file.toString(), "--out", out.toString(),
        "--chart-formats", "png");
    assertThat(run.exitCode()).isZero();
    assertThat(run.errBesidesWarnings()).isEmpty();
    assertThat(out.resolve("mixed-report.xlsx")).exists();
    assertThat(run.out()).contains("4 rows read: 1 accepted, 3 rejected (sheet Validation lists"
        + " why).");
    assertThat(files(out.resolve("charts"))).allMatch(n -> n.endsWith(".png"));
  }

  @Test
  void anUnknownChartFormatOrResolutionIsBadUsage() {
    CliRunner.Run format = CliRunner.run("report", "--out", dir.toString(), "--chart-formats",
        "png,gif");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--chart-formats: unknown chart format \"gif\"");
    CliRunner.Run dpi = CliRunner.run("report", "--out", dir.toString(), "--dpi", "10");
    assertThat(dpi.exitCode()).isEqualTo(2);
    assertThat(dpi.err()).contains("--dpi 10 is outside 36..1200");
    assertThat(CliRunner.run("report").exitCode()).isEqualTo(2);
  }

  @Test
  void anOutputThatIsAFileIsOneLineAndExitCodeTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    CliRunner.Run run = CliRunner.run("report", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().filter(l -> l.startsWith("sleepstat: --out"))).containsExactly(
        "sleepstat: --out " + file + " is a file, not a folder");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void aSurveyWithoutAcceptedRowsWritesNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"),
        "respondent_id,sleep_position\nR1,hammock\n");
    Path out = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("report", file.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no row was accepted (1 rejected)");
    assertThat(out).doesNotExist();
  }

  @Test
  void helpNamesTheOptions() {
    CliRunner.Run run = CliRunner.run("report", "--help");
    assertThat(run.exitCode()).isZero();
    List<String> options = new ArrayList<>(List.of("--out", "--chart-formats", "--dpi",
        "--quiet", "--lenient", "--codebook"));
    assertThat(run.out()).contains(options);
  }

  @Test
  void moreColumnsThanExcelHoldsKeepsTheFirstOnTheDataSheetAndSaysSo() throws IOException {
    Path file = dir.resolve("wide.csv");
    assertThat(CliRunner.run("generate", "--rows", "40", "--out", file.toString()).exitCode())
        .isZero();
    List<String> lines = Files.readAllLines(file);
    int extra = 16_400;
    // the generator's columns (as many as the codebook has) and the extra ones
    String columns = String.format(Locale.ROOT, "%,d",
        lines.get(0).split(",").length + extra);
    StringBuilder b = new StringBuilder(lines.get(0));
    for (int i = 0; i < extra; i++) {
      b.append(",x").append(i);
    }
    b.append('\n');
    for (String line : lines.subList(1, lines.size())) {
      b.append(line).append(",1".repeat(extra)).append('\n');
    }
    b.append(lines.get(1).replaceFirst(",[^,]*,", ",not-an-age,")).append(",1".repeat(extra))
        .append('\n');
    Files.writeString(file, b);
    Path out = dir.resolve("report");

    CliRunner.Run run = CliRunner.run("report", file.toString(), "--out", out.toString(),
        "--chart-formats=");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("The Data sheet holds the first 16,383 of ")
        .doesNotContain("internal error");
    // the parts' XML, not POI's model: POI takes half a minute over 16,384 columns
    String strings = part(out.resolve("wide-report.xlsx"), "xl/sharedStrings.xml");
    List<String> sheets = new ArrayList<>();
    try (var zip = new java.util.zip.ZipFile(out.resolve("wide-report.xlsx").toFile())) {
      zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet"))
          .forEach(e -> sheets.add(e.getName()));
    }
    StringBuilder all = new StringBuilder(strings);
    for (String sheet : sheets) {
      all.append(part(out.resolve("wide-report.xlsx"), sheet));
    }
    assertThat(all).contains("the first 16,383 of " + columns + " columns",
        "Rejected rows: 1, with their fields as read (the first 16,381 of " + columns);
    long lastColumn = 0;
    for (String sheet : sheets) {
      String xml = part(out.resolve("wide-report.xlsx"), sheet);
      assertThat(xml).as(sheet).doesNotContainPattern(" r=\"XF[E-Z][0-9]");
      lastColumn += xml.contains(" r=\"XFD2\"") || xml.contains(" r=\"XFD") ? 1 : 0;
    }
    assertThat(lastColumn).as("sheets reaching Excel's last column").isEqualTo(2);
  }

  private static String part(Path xlsx, String name) throws IOException {
    try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  /** Every file of a report folder with its SHA-256, the state file aside. */
  private static java.util.Map<String, String> set(Path folder) throws IOException {
    java.util.Map<String, String> set = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().equals(".sleepstat-report")) {
          set.put(folder.relativize(p).toString(), sha256(p));
        }
      }
    }
    return set;
  }

  @Test
  void aRerunWithOtherChartsReplacesTheWholeSetNotPartOfIt() throws IOException {
    Path out = dir.resolve("report");
    Path svgOnly = dir.resolve("svg-only");
    assertThat(CliRunner.run("report", "--out", out.toString(), "--chart-formats=png",
        "--quiet").exitCode()).isZero();
    assertThat(CliRunner.run("report", "--out", svgOnly.toString(), "--chart-formats=svg",
        "--quiet").exitCode()).isZero();

    CliRunner.Run rerun = CliRunner.run("report", "--out", out.toString(),
        "--chart-formats=svg", "--quiet");

    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(set(out)).isEqualTo(set(svgOnly));
  }

  @Test
  void twoRunsAtOnceIntoOneFolderLeaveTheWholeSetOfOneOfThem() throws Exception {
    Path png = dir.resolve("png");
    Path svg = dir.resolve("svg");
    String[] pngRun = {"report", "--chart-formats=png", "--dpi", "72", "--quiet", "--out"};
    String[] svgRun = {"report", "--chart-formats=svg", "--quiet", "--out"};
    CliRunner.run(with(pngRun, png.toString()));
    CliRunner.run(with(svgRun, svg.toString()));
    for (int round = 0; round < 3; round++) {
      Path shared = dir.resolve("shared" + round);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(() -> CliRunner.run(with(pngRun, shared.toString())));
        var b = pool.submit(() -> CliRunner.run(with(svgRun, shared.toString())));
        assertThat(a.get(5, TimeUnit.MINUTES).exitCode()).isZero();
        assertThat(b.get(5, TimeUnit.MINUTES).exitCode()).isZero();
      } finally {
        pool.shutdownNow();
      }

      assertThat(set(shared)).isIn(set(png), set(svg));
      assertThat(files(shared)).containsExactly(".sleepstat-report", "charts",
          "sample-survey-report.docx", "sample-survey-report.xlsx", "sample-survey-slides.pptx");
    }
  }

  private static String[] with(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }

  @Test
  void aReportOfAnotherInputIntoTheFolderOfAReportIsRefused() throws IOException {
    Path out = dir.resolve("report");
    assertThat(CliRunner.run("report", "--out", out.toString(), "--chart-formats=svg",
        "--quiet").exitCode()).isZero();
    var before = set(out);
    Path other = dir.resolve("other.csv");
    CliRunner.run("generate", "--rows", "50", "--out", other.toString());

    CliRunner.Run run = CliRunner.run("report", other.toString(), "--out", out.toString(),
        "--chart-formats=svg", "--quiet");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("sleepstat: " + out + " holds the report"
        + " sample-survey-report.xlsx, whose charts are in " + out.resolve("charts") + "; a"
        + " report of another input there would mix the two: choose another --out folder, or"
        + " remove sample-survey-report.xlsx first");
    assertThat(set(out)).isEqualTo(before);
    assertThat(files(out)).containsExactly(".sleepstat-report", "charts",
        "sample-survey-report.docx", "sample-survey-report.xlsx", "sample-survey-slides.pptx");
  }

  @Test
  void anInterruptedReportLeavesNoStagingFolderAndTheOldSetAsItWas() throws Exception {
    Path out = dir.resolve("report");
    assertThat(CliRunner.run("report", "--out", out.toString(), "--chart-formats=svg",
        "--quiet").exitCode()).isZero();
    var before = set(out);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "report", "--out", out.toString(), "--chart-formats=png,svg,pdf", "--dpi", "600"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (staging(out).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(staging(out)).as("a staging folder while writing").isNotEmpty();
      Thread.sleep(300);
    } finally {
      p.destroy(); // SIGTERM
    }
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(p.exitValue()).isNotZero();
    assertThat(staging(out)).isEmpty();
    assertThat(set(out)).isEqualTo(before);
  }

  private static List<String> staging(Path out) throws IOException {
    return files(out).stream().filter(n -> n.endsWith(".tmp")).toList();
  }
}
