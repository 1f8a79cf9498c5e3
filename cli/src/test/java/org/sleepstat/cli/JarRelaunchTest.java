package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} with the JVM's defaults runs the command in a second JVM started as
 * bin/sleepstat starts it ({@link JarRelaunch}): the command line it builds, and a stand-in jar
 * ({@link RelaunchProbe}) run as a user runs the real one.
 */
class JarRelaunchTest {
  private static final String JAVA = ProbeRun.JAVA;

  @TempDir Path tmp;

  private Path jar;
  private Path archive;

  @BeforeEach
  void standInJar() throws IOException {
    jar = tmp.toRealPath().resolve("sleepstat.jar");
    archive = jar.resolveSibling(JarRelaunch.ARCHIVE);
  }

  private Optional<List<String>> command(List<String> arguments, Map<String, String> env,
      String... args) {
    return JarRelaunch.command(JAVA, arguments, env, jar, args);
  }

  private static List<String> plain(Path jar, String... args) {
    List<String> arguments = new ArrayList<>(List.of("-jar", jar.toString()));
    arguments.addAll(Arrays.asList(args));
    return arguments;
  }

  @Test
  void aPlainJavaDashJarStartsAgainWithTheLaunchersOptionsAndTheArchive() throws IOException {
    Files.write(archive, new byte[] {1});

    List<String> command = command(plain(jar, "analyze", "x.csv", "--json"), Map.of(),
        "analyze", "x.csv", "--json").orElseThrow();

    List<String> expected = new ArrayList<>(List.of(JAVA, "-XX:SharedArchiveFile=" + archive));
    expected.addAll(JarRelaunch.QUICK_JIT);
    expected.addAll(JarRelaunch.OPTIONS);
    expected.addAll(List.of("-Dsleepstat.relaunched=true", "-jar", jar.toString(), "analyze",
        "x.csv", "--json"));
    assertThat(command).containsExactlyElementsOf(expected);
  }

  @Test
  void optionsTheUserGaveTheJvmAreKeptByRunningHere() throws IOException {
    Files.write(archive, new byte[] {1});
    List<String> withOption = new ArrayList<>(List.of("-Xmx8g"));
    withOption.addAll(plain(jar, "analyze", "x.csv"));

    assertThat(command(withOption, Map.of(), "analyze", "x.csv")).isEmpty();
    for (String variable : JarRelaunch.OPTION_VARIABLES) {
      assertThat(command(plain(jar, "analyze"), Map.of(variable, "-Xmx8g"), "analyze"))
          .as(variable).isEmpty();
      assertThat(command(plain(jar, "analyze"), Map.of(variable, " "), "analyze"))
          .as("blank " + variable).isPresent();
    }
  }

  @Test
  void withoutTheBuildsArchiveOrKnowledgeOfItsOwnStartItRunsHere() throws IOException {
    assertThat(command(plain(jar, "analyze"), Map.of(), "analyze")).as("no archive").isEmpty();
    Files.write(archive, new byte[0]);
    assertThat(command(plain(jar, "analyze"), Map.of(), "analyze")).as("empty archive").isEmpty();
    Files.write(archive, new byte[] {1});
    assertThat(JarRelaunch.command(null, plain(jar, "analyze"), Map.of(), jar,
        new String[] {"analyze"})).as("no executable").isEmpty();
    assertThat(JarRelaunch.command(JAVA, null, Map.of(), jar, new String[] {"analyze"}))
        .as("no arguments").isEmpty();
    // arguments that are not this program's (an argument file expanded, say)
    assertThat(command(plain(jar, "analyze", "y.csv"), Map.of(), "analyze", "x.csv")).isEmpty();
    assertThat(command(plain(jar, "analyze"), Map.of(), "analyze", "x.csv")).isEmpty();
  }

  @Test
  void aFileOf256MbOrMoreGetsBothCompilersAsInTheLauncher() throws IOException {
    Files.write(archive, new byte[] {1});
    Path below = sparse("below.csv", JarRelaunch.QUICK_JIT_BELOW - 1);
    Path large = sparse("large.csv", JarRelaunch.QUICK_JIT_BELOW);

    assertThat(command(plain(jar, "analyze", below.toString()), Map.of(), "analyze",
        below.toString()).orElseThrow()).containsAll(JarRelaunch.QUICK_JIT);
    assertThat(command(plain(jar, "analyze", large.toString()), Map.of(), "analyze",
        large.toString()).orElseThrow())
        .doesNotContainAnyElementsOf(JarRelaunch.QUICK_JIT).contains("-XX:+UseSerialGC");
  }

  private Path sparse(String name, long length) throws IOException {
    Path p = tmp.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(length); // on paper only
    }
    return p;
  }

  /** One list of options in two places: the exec line of bin/sleepstat and JarRelaunch. */
  @Test
  void theOptionsAreTheLaunchersOwn() throws IOException, URISyntaxException {
    Path classes = Path.of(JarRelaunchTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    String script = Files.readString(
        classes.getParent().getParent().getParent().resolve("bin/sleepstat"));
    String exec = script.substring(script.lastIndexOf("exec \"$java\""));
    List<String> launcher = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\w$])-X[^\\s\"}]+").matcher(exec);
    while (m.find()) {
      launcher.add(m.group());
    }
    launcher.add(0, "-XX:+UseSerialGC"); // the launcher's $gc, unless the user names another
    assertThat(launcher).containsExactlyElementsOf(JarRelaunch.OPTIONS);
    assertThat(script).contains("jit=\"" + String.join(" ", JarRelaunch.QUICK_JIT) + "\"",
        "gc=-XX:+UseSerialGC",
        "-size +" + (JarRelaunch.QUICK_JIT_BELOW - 1) + "c", "/sleepstat.jsa");
  }

  @Test
  void theSecondJvmGetsTheArgumentsStreamsAndOptionsAndItsExitCodeIsReturned()
      throws Exception {
    writeProbeJar();
    dumpArchive();
    String[] args = {"exit=3", "two words", "*", "a\"b'c", "ünï", "--json"};

    ProbeRun run = run(List.of(), "line one\nline two\n", args);

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.lines("arg")).containsExactly(args);
    assertThat(run.lines("jvm")).startsWith("-XX:SharedArchiveFile=" + archive,
        JarRelaunch.QUICK_JIT.get(0), JarRelaunch.QUICK_JIT.get(1))
        .contains("-XX:+UseSerialGC", "-Dsleepstat.relaunched=true");
    assertThat(run.out()).endsWith("line one\nline two\n");
    assertThat(run.err()).isEqualTo("probe stderr" + System.lineSeparator());
  }

  /**
   * Java's view of its own command line ends at an empty argument (on Linux): the arguments no
   * longer match the program's, so the command runs here, with the argument intact.
   */
  @Test
  void anEmptyArgumentRunsTheCommandHere() throws Exception {
    writeProbeJar();
    dumpArchive();

    ProbeRun run = run(List.of(), "", "exit=4", "", "last");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.lines("arg")).containsExactly("exit=4", "", "last");
    assertThat(run.lines("jvm")).isEmpty();
  }

  @Test
  void aJvmOptionOfTheUsersRunsTheCommandInThatJvm() throws Exception {
    writeProbeJar();
    dumpArchive();

    ProbeRun run = run(List.of("-Xmx300m"), "", "exit=0", "x");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines("arg")).containsExactly("exit=0", "x");
    assertThat(run.lines("jvm")).containsExactly("-Xmx300m");
  }

  private ProbeRun run(List<String> jvmOptions, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA));
    command.addAll(jvmOptions);
    command.addAll(plain(jar, args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeAll(JarRelaunch.OPTION_VARIABLES);
    return ProbeRun.of(pb, stdin, tmp);
  }

  /** A jar of the probe and JarRelaunch, the probe its main class. */
  private void writeProbeJar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RelaunchProbe.class.getName());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      for (Class<?> c : List.of(RelaunchProbe.class, JarRelaunch.class)) {
        out.putNextEntry(new JarEntry(c.getName().replace('.', '/') + ".class"));
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  /** The probe jar's class data sharing archive, made as a run of the second JVM. */
  private void dumpArchive() throws IOException, InterruptedException {
    ProbeRun.dumpArchive(jar, archive, "-Dsleepstat.relaunched=true");
  }

}
