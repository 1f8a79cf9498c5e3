package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/sleepstat}, run as a user runs it, on a stand-in jar ({@link LauncherProbe}) built in
 * a folder of this module's build directory, which {@code SLEEPSTAT_TARGET} points the launcher
 * to: what reaches the JVM and the program, and what comes back.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/sleepstat is a POSIX shell script")
class LauncherTest {
  private static final Path BUILD = buildDirectory();
  private static final Path LAUNCHER = BUILD.getParent().getParent().resolve("bin/sleepstat");

  @TempDir Path tmp;

  private String target;
  private Path jar;
  private Path archive;

  /** The build directory of this module (cli/target, or as -Dsleepstat.target says). */
  private static Path buildDirectory() {
    try {
      return Path.of(LauncherTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void probeJar(TestInfo test) throws IOException {
    String folder = "launcher-test/" + test.getTestMethod().orElseThrow().getName();
    target = BUILD.getFileName() + "/" + folder;
    Path dir = BUILD.resolve(folder);
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    // the launcher names the jar by its physical path (pwd -P), and so must the archive's dump
    jar = dir.toRealPath().resolve("sleepstat.jar");
    archive = jar.resolveSibling("sleepstat.jsa");
    writeProbeJar(jar, false);
  }

  private static void writeProbeJar(Path jar, boolean withExtraEntry) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    Path tmpJar = jar.resolveSibling(jar.getFileName() + ".tmp");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmpJar), manifest);
        InputStream probe = LauncherProbe.class.getResourceAsStream("LauncherProbe.class")) {
      out.putNextEntry(new JarEntry(LauncherProbe.class.getName().replace('.', '/') + ".class"));
      probe.transferTo(out);
      out.closeEntry();
      if (withExtraEntry) {
        out.putNextEntry(new JarEntry("rebuilt.txt"));
        out.write("another build of the jar".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Files.move(tmpJar, jar, StandardCopyOption.REPLACE_EXISTING);
  }

  private ProbeRun run(Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    return run(LAUNCHER, env, stdin, args);
  }

  private ProbeRun run(Path launcher, Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    return run(launcher, null, env, stdin, args);
  }

  private ProbeRun run(Path launcher, Path workDir, Map<String, String> env, String stdin,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(workDir == null ? null : workDir.toFile());
    Map<String, String> environment = pb.environment();
    environment.keySet().removeAll(List.of("SLEEPSTAT_JAVA_OPTS", "JAVA_TOOL_OPTIONS",
        "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("SLEEPSTAT_TARGET", target);
    environment.putAll(env);
    return ProbeRun.of(pb, stdin, tmp);
  }

  /** Makes the class data sharing archive of the probe jar, as the build makes the real one. */
  private void dumpArchive() throws IOException, InterruptedException {
    ProbeRun.dumpArchive(jar, archive);
  }


  @Test
  void passesArgumentsStreamsAndExitCodeThrough() throws Exception {
    String[] args = {"exit=3", "two words", "*", "$HOME", "a\"b'c", "", "--json"};
    ProbeRun run = run(Map.of(), "line one\nline two\n", args);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.lines("arg")).containsExactly(args);
    assertThat(run.out()).endsWith("line one\nline two\n");
    assertThat(run.err()).isEqualTo("probe stderr" + System.lineSeparator());
  }

  @Test
  void findsTheJarThroughASymbolicLinkToTheLauncher() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("sleepstat"), LAUNCHER);
    ProbeRun run = run(link, Map.of(), "", "exit=0", "x");
    Files.delete(link);

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines("arg")).containsExactly("exit=0", "x");
  }

  @Test
  void startsTheJvmWithTheLaunchersOptions() throws Exception {
    List<String> jvm = run(Map.of(), "").lines("jvm");

    assertThat(jvm).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-XX:CICompilerCount=1", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10",
        "-XX:-UsePerfData");
    assertThat(jvm).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void aLargeFileArgumentGetsTheOptimisingCompilerToo() throws Exception {
    Path small = Files.writeString(tmp.resolve("small.csv"), "a,b\n1,2\n");
    Path justBelow = tmp.resolve("below.csv");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(justBelow.toFile(), "rw")) {
      f.setLength((256L << 20) - 1); // sparse: on paper only
    }
    Path large = tmp.resolve("large.csv");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(256L << 20); // sparse: 256 MB on paper, nothing on disk
    }

    assertThat(run(Map.of(), "", "analyze", small.toString()).lines("jvm"))
        .contains("-XX:TieredStopAtLevel=1");
    assertThat(run(Map.of(), "", "analyze", justBelow.toString()).lines("jvm"))
        .contains("-XX:TieredStopAtLevel=1");
    ProbeRun both = run(Map.of(), "", "analyze", "--json", large.toString());
    assertThat(both.exitCode()).isZero();
    assertThat(both.lines("jvm")).doesNotContain("-XX:TieredStopAtLevel=1",
        "-XX:CICompilerCount=1").contains("-XX:+UseSerialGC");
  }

  @Test
  void argumentsThatLookLikeOptionsOfFindAreFileNamesOnly() throws Exception {
    Path work = Files.createDirectory(tmp.resolve("work"));
    Files.writeString(work.resolve("-fprint"), "a,b\n");
    Path large = work.resolve("-newer");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(256L << 20);
    }

    ProbeRun small = run(LAUNCHER, work, Map.of(), "", "exit=0", "-fprint");
    ProbeRun big = run(LAUNCHER, work, Map.of(), "", "exit=0", "-newer");

    assertThat(small.exitCode()).isZero();
    assertThat(small.lines("arg")).containsExactly("exit=0", "-fprint");
    assertThat(small.err()).isEqualTo("probe stderr" + System.lineSeparator());
    assertThat(big.lines("jvm")).doesNotContain("-XX:TieredStopAtLevel=1");
    try (Stream<Path> files = Files.list(work)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("-fprint", "-newer");
    }
  }

  @Test
  void extraJvmOptionsComeLastAndWin() throws Exception {
    ProbeRun run = run(
        Map.of("SLEEPSTAT_JAVA_OPTS", "-Xmx64m  -Dprobe=given -XX:MaxHeapFreeRatio=50"), "");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines("probe")).containsExactly("given");
    assertThat(Long.parseLong(run.lines("max_heap_mb").get(0))).isLessThanOrEqualTo(64);
    List<String> jvm = run.lines("jvm");
    assertThat(jvm.indexOf("-XX:MaxHeapFreeRatio=50"))
        .isGreaterThan(jvm.indexOf("-XX:MaxHeapFreeRatio=30"));
  }

  /** One compiler thread with both compilers is a JVM error: the user's JIT options go alone. */
  @Test
  void aJitOptionGivenInTheExtraOptionsReplacesTheLaunchersOwn() throws Exception {
    for (String jit : List.of("-XX:TieredStopAtLevel=4", "-XX:+TieredCompilation",
        "-XX:-TieredCompilation", "-XX:CICompilerCount=2", "-XX:+CICompilerCountPerCPU")) {
      ProbeRun run = run(Map.of("SLEEPSTAT_JAVA_OPTS", jit), "");

      assertThat(run.exitCode()).as(jit).isZero();
      assertThat(run.lines("jvm")).as(jit).contains(jit)
          .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    }
  }

  @Test
  void aCollectorGivenInTheExtraOptionsReplacesTheLaunchersOwn() throws Exception {
    ProbeRun run = run(Map.of("SLEEPSTAT_JAVA_OPTS", "-XX:+UseParallelGC"), "");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines("jvm")).contains("-XX:+UseParallelGC")
        .doesNotContain("-XX:+UseSerialGC");
  }

  @Test
  void aJarNotBuiltYetIsOneLineAndExitCode2() throws Exception {
    Files.delete(jar);
    ProbeRun run = run(Map.of(), "", "analyze");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("sleepstat: ").contains(jar.toString(), "not built yet",
            "mvn -B -q -DskipTests -Dsleepstat.target=" + target + " package");
  }

  @Test
  void theArchiveOfThisJarIsUsed() throws Exception {
    dumpArchive();
    Path classes = tmp.resolve("classes.log");
    ProbeRun run = run(Map.of("SLEEPSTAT_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "in",
        "exit=0");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines("jvm")).contains("-XX:SharedArchiveFile=" + archive);
    assertThat(run.err()).isEqualTo("probe stderr" + System.lineSeparator());
    assertThat(Files.readAllLines(classes)).anyMatch(l -> l.contains(
        LauncherProbe.class.getName() + " source: shared objects file (top)"));
  }

  @Test
  void anArchiveOfAnotherBuildOfTheJarIsIgnoredSilently() throws Exception {
    dumpArchive();
    writeProbeJar(jar, true);
    assertStaleArchiveIgnored();
  }

  @Test
  void anArchiveThatIsNoArchiveIsIgnoredSilently() throws Exception {
    Files.write(archive, "not a class data sharing archive".repeat(100)
        .getBytes(StandardCharsets.UTF_8));
    assertStaleArchiveIgnored();
  }

  private void assertStaleArchiveIgnored() throws Exception {
    ProbeRun run = run(Map.of(), "stdin\n", "exit=4", "a");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.lines("arg")).containsExactly("exit=4", "a");
    assertThat(run.lines("jvm")).contains("-XX:SharedArchiveFile=" + archive);
    // nothing but what the program printed: no word from the JVM about the archive
    assertThat(run.out().lines().filter(l -> !l.startsWith("jvm[") && !l.startsWith("max_heap")))
        .containsExactly("arg[exit=4]", "arg[a]", "probe[null]", "stdin");
    assertThat(run.err()).isEqualTo("probe stderr" + System.lineSeparator());
  }
}
