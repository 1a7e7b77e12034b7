package io.workforce.bench.orchestrator;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The orchestrator as its own process, started the way {@code ./rpa orchestrator} starts it (its
 * module jar plus {@code target/classpath.txt}, {@code WORKFORCE_JAVA_OPTS} if set), so that its
 * memory and CPU are measured apart from the simulated robots. Falls back to this JVM's class path
 * when the module was not packaged.
 */
final class ServerProcess implements AutoCloseable {

  private static final String MAIN = "io.workforce.orchestrator.OrchestratorApplication";

  private final Process process;
  private final URI baseUri;
  private final Path log;

  private ServerProcess(Process process, URI baseUri, Path log) {
    this.process = process;
    this.baseUri = baseUri;
    this.log = log;
  }

  /**
   * Starts the server and waits until {@code /actuator/health} answers.
   *
   * @param args Spring arguments ({@code --name=value}); the port is chosen here
   * @param env extra environment (secrets go here, never on the command line)
   */
  static ServerProcess start(Path dataDir, List<String> args, Map<String, String> env)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String opts = System.getenv("WORKFORCE_JAVA_OPTS");
    if (opts != null && !opts.isBlank()) {
      command.addAll(List.of(opts.trim().split("\\s+")));
    }
    command.addAll(
        List.of("-Dfile.encoding=UTF-8", "-cp", classPath(), MAIN, "--server.port=" + port));
    command.addAll(args);
    Path log = dataDir.resolve("orchestrator.log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dataDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    ServerProcess server =
        new ServerProcess(pb.start(), URI.create("http://127.0.0.1:" + port), log);
    server.awaitHealthy(Duration.ofSeconds(180));
    return server;
  }

  URI baseUri() {
    return baseUri;
  }

  long pid() {
    return process.pid();
  }

  /** Resident memory now and at its peak (VmRSS, VmHWM), in MiB, from {@code /proc/PID/status}. */
  double[] residentMiB() throws IOException {
    double rss = Double.NaN;
    double peak = Double.NaN;
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line) / 1024.0;
      } else if (line.startsWith("VmHWM:")) {
        peak = kib(line) / 1024.0;
      }
    }
    return new double[] {rss, peak};
  }

  /** CPU time the server used so far (all threads), in seconds. */
  double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /** The last lines of the server's output, for error messages. */
  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy(Duration limit) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(baseUri.resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the orchestrator ended during start-up (exit "
                + process.exitValue()
                + "); its last output:\n"
                + tail(40));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the orchestrator", e);
      }
      sleep(200);
    }
    close();
    throw new IllegalStateException(
        "the orchestrator did not become healthy within "
            + limit.toSeconds()
            + " s; its last output:\n"
            + tail(40));
  }

  /** The orchestrator module's jar and dependencies, as {@code ./rpa orchestrator} uses them. */
  private static String classPath() throws IOException {
    Path target =
        Path.of(System.getProperty("workforce.home", "."))
            .toAbsolutePath()
            .resolve("orchestrator/target");
    Path deps = target.resolve("classpath.txt");
    if (Files.isRegularFile(deps)) {
      try (Stream<Path> files = Files.list(target)) {
        Path jar =
            files
                .filter(
                    p ->
                        p.getFileName().toString().matches("orchestrator-.*\\.jar")
                            && !p.getFileName()
                                .toString()
                                .matches(".*-(sources|javadoc|tests)\\.jar"))
                .findFirst()
                .orElse(null);
        if (jar != null) {
          return jar + File.pathSeparator + Files.readString(deps).trim();
        }
      }
    }
    return System.getProperty("java.class.path");
  }

  private static double kib(String statusLine) {
    return Double.parseDouble(statusLine.replaceAll("[^0-9]", ""));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
