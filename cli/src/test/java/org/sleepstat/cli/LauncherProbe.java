package org.sleepstat.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * The main class of the stand-in jar that {@link LauncherTest} runs through {@code bin/sleepstat}:
 * prints what it was given (arguments, JVM options, heap limit, the {@code probe} property), then
 * copies stdin to stdout, writes one line on stderr and exits with the code its first argument
 * names ({@code exit=N}).
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String a : args) {
      b.append("arg[").append(a).append("]\n");
    }
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      b.append("jvm[").append(option).append("]\n");
    }
    b.append("max_heap_mb[").append(Runtime.getRuntime().maxMemory() >> 20).append("]\n");
    b.append("probe[").append(System.getProperty("probe")).append("]\n");
    System.out.print(b);
    System.out.write(System.in.readAllBytes());
    System.out.flush();
    System.err.println("probe stderr");
    int code = args.length > 0 && args[0].startsWith("exit=")
        ? Integer.parseInt(args[0].substring(5)) : 0;
    System.exit(code);
  }
}
