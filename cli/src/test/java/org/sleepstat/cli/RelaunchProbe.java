package org.sleepstat.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.OptionalInt;

/**
 * The main class of the stand-in jar that {@link JarRelaunchTest} runs with {@code java -jar}: asks
 * {@link JarRelaunch} first, as {@link Main#main} does; in the JVM that runs the command, prints
 * its arguments and JVM options, copies stdin to stdout, writes one line on stderr and exits with
 * the code its first argument names ({@code exit=N}).
 */
public final class RelaunchProbe {
  private RelaunchProbe() {}

  public static void main(String[] args) throws IOException {
    OptionalInt elsewhere = JarRelaunch.run(args);
    if (elsewhere.isPresent()) {
      System.exit(elsewhere.getAsInt());
    }
    StringBuilder b = new StringBuilder();
    for (String a : args) {
      b.append("arg[").append(a).append("]\n");
    }
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      b.append("jvm[").append(option).append("]\n");
    }
    System.out.print(b);
    System.out.write(System.in.readAllBytes());
    System.out.flush();
    System.err.println("probe stderr");
    System.exit(args.length > 0 && args[0].startsWith("exit=")
        ? Integer.parseInt(args[0].substring(5)) : 0);
  }
}
