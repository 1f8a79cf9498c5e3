package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a stand-in jar ({@link LauncherProbe}, {@link RelaunchProbe}) in a process of its
 * own, as {@link LauncherTest} and {@link JarRelaunchTest} start them: its exit code and what it
 * wrote, and the probe's {@code kind[value]} lines.
 */
record ProbeRun(int exitCode, String out, String err) {
  /** The java of the JVM running the tests. */
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** The values of the probe's lines {@code kind[value]}, in order. */
  List<String> lines(String kind) {
    return out.lines().filter(l -> l.startsWith(kind + "["))
        .map(l -> l.substring(kind.length() + 1, l.length() - 1)).toList();
  }

  /**
   * Starts {@code pb} with its output and error going to files in {@code tmp}, writes {@code
   * stdin} to it and waits for it to end (at most two minutes).
   */
  static ProbeRun of(ProcessBuilder pb, String stdin, Path tmp)
      throws IOException, InterruptedException {
    pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the run ended").isTrue();
    return new ProbeRun(p.exitValue(), Files.readString(tmp.resolve("out")),
        Files.readString(tmp.resolve("err")));
  }

  /**
   * Makes the class data sharing archive {@code archive} of a probe jar by running it once (a
   * dynamic archive: enough for a probe), under a temporary name moved into place.
   */
  static void dumpArchive(Path jar, Path archive, String... jvmOptions)
      throws IOException, InterruptedException {
    Path partial = archive.resolveSibling(archive.getFileName() + ".tmp");
    List<String> command = new ArrayList<>(List.of(JAVA, "-XX:ArchiveClassesAtExit=" + partial));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", jar.toString()));
    Process p = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    p.getOutputStream().close();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
  }
}
