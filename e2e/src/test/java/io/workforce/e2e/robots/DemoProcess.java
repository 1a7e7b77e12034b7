package io.workforce.e2e.robots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code ./rpa demo} started as a user starts it (the launcher script, English text), on the
 * modules this build packaged ({@code WORKFORCE_SKIP_BUILD=1}: no build inside the build), its
 * console in a file.
 */
final class DemoProcess {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private final Process process;
  private final Path console;

  private DemoProcess(Process process, Path console) {
    this.process = process;
    this.console = console;
  }

  static DemoProcess start(Path consoleDir, String... args) {
    return launch(consoleDir, "demo", args);
  }

  /** {@code ./rpa <rpaCommand> args…}, the same way. */
  static DemoProcess launch(Path consoleDir, String rpaCommand, String... args) {
    try {
      Files.createDirectories(consoleDir);
      Path console = consoleDir.resolve("console-" + System.nanoTime() + ".txt");
      List<String> command =
          new ArrayList<>(List.of("bash", ROOT.resolve("rpa").toString(), rpaCommand));
      command.addAll(List.of(args));
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(console.toFile());
      pb.environment().put("WORKFORCE_SKIP_BUILD", "1");
      pb.environment().put("WORKFORCE_LANG", "en");
      Process p = pb.start();
      p.getOutputStream().close();
      return new DemoProcess(p, console);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Four free ports, for --ports. */
  static String freePorts() {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        sockets.add(new ServerSocket(0));
      }
      return String.join(",", sockets.stream().map(s -> String.valueOf(s.getLocalPort())).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      sockets.forEach(
          s -> {
            try {
              s.close();
            } catch (IOException e) {
              // closing a probe socket
            }
          });
    }
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  boolean alive() {
    return process.isAlive();
  }

  String console() {
    try {
      return Files.readString(console, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the console matches {@code regex}; fails with the console when the demo ends or
   * time is up.
   */
  String await(String regex, Duration timeout) {
    Pattern p = Pattern.compile(regex);
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      var m = p.matcher(console());
      if (m.find()) {
        return m.groupCount() > 0 ? m.group(1) : m.group();
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "./rpa ended (exit "
                + process.exitValue()
                + ") before printing /"
                + regex
                + "/:\n"
                + console());
      }
      RobotProcess.sleep(250);
    }
    throw new AssertionError(
        "./rpa did not print /" + regex + "/ within " + timeout + ":\n" + console());
  }

  /**
   * Sends {@code signal} (INT as Ctrl-C does, TERM as service managers do) to the launcher alone
   * and waits for it to end; its exit code, or -1 when it did not end in time.
   */
  int signal(String signal, Duration timeout) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
        .inheritIO()
        .start()
        .waitFor();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  /**
   * Whether this process ignores SIGINT (inherited from a shell that ran the build in the
   * background).
   */
  boolean ignoresSigint() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("SigIgn:")) {
          return (Long.parseLong(line.substring(7).trim(), 16) & (1L << 1))
              != 0; // SIGINT is 2: bit 1
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
