package io.workforce.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Chromium processes this JVM started (for memory figures, and for tests that kill them).
 */
public final class ChromiumProcesses {

  private ChromiumProcesses() {}

  /**
   * Main browser processes (not renderers or helpers) below this JVM whose command line contains
   * {@code marker}.
   */
  public static List<Long> browsers(String marker) {
    return ProcessHandle.current()
        .descendants()
        .filter(
            p ->
                commandLine(p)
                    .map(c -> c.contains("chrom") && c.contains(marker) && !c.contains("--type="))
                    .orElse(false))
        .map(ProcessHandle::pid)
        .toList();
  }

  /** Every Chromium process (browser, renderers, GPU and utility) below this JVM. */
  public static List<Long> all() {
    return ProcessHandle.current()
        .descendants()
        .filter(
            p ->
                commandLine(p)
                    .map(c -> c.contains("chromium") && !c.contains("chromedriver"))
                    .orElse(false))
        .map(ProcessHandle::pid)
        .toList();
  }

  /**
   * Proportional set size of a process in bytes, from /proc (0 when gone): its resident memory with
   * shared pages divided among the processes sharing them, so that a sum over Chromium's processes
   * is not inflated.
   */
  public static long pssBytes(long pid) {
    try {
      for (String line :
          java.nio.file.Files.readAllLines(
              java.nio.file.Path.of("/proc/" + pid + "/smaps_rollup"))) {
        if (line.startsWith("Pss:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private static Optional<String> commandLine(ProcessHandle p) {
    ProcessHandle.Info info = p.info();
    return info.command()
        .map(
            cmd ->
                cmd
                    + " "
                    + info.arguments().map(a -> String.join(" ", Arrays.asList(a))).orElse(""));
  }
}
