package io.workforce.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy from the machine's Debian package ({@code /usr/sbin/haproxy}) in front of orchestrator
 * nodes, on free loopback ports, with the configuration of {@link HaproxyConfig}. Its output goes
 * to {@code haproxy.log} beside the configuration; {@link #close()} stops it.
 */
public final class LocalHaproxy implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/sbin/haproxy");

  private final HaproxyConfig config;
  private final Path dir;
  private final Process process;
  private final HttpClient http = HttpClient.newHttpClient();

  private LocalHaproxy(HaproxyConfig config, Path dir, Process process) {
    this.config = config;
    this.dir = dir;
    this.process = process;
  }

  /**
   * Starts a balancer for these nodes ({@code host:port} each) and waits until it accepts
   * connections (not until a node is healthy: see {@link #nodeStates()}).
   *
   * @param dir where the configuration file and the log are written
   */
  public static LocalHaproxy start(List<String> nodes, Path dir) {
    return start(new HaproxyConfig(freePort(), freePort(), nodes), dir);
  }

  /** Starts a balancer with this configuration; see {@link #start(List, Path)}. */
  public static LocalHaproxy start(HaproxyConfig config, Path dir) {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          "HAProxy not found at "
              + BINARY
              + "; install it with: apt-get install -y haproxy   (or run ./rpa doctor)");
    }
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("haproxy.cfg");
      Files.writeString(file, config.text(), StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(BINARY.toString(), "-db", "-f", file.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log").toFile()))
              .start();
      p.getOutputStream().close();
      LocalHaproxy haproxy = new LocalHaproxy(config, dir, p);
      haproxy.awaitListening(Duration.ofSeconds(20));
      return haproxy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start HAProxy in " + dir, e);
    }
  }

  /** Where clients connect: {@code http://127.0.0.1:port}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + config.port());
  }

  /** The statistics page. */
  public URI statsUri() {
    return URI.create("http://127.0.0.1:" + config.statsPort() + "/stats");
  }

  public HaproxyConfig config() {
    return config;
  }

  public Path configFile() {
    return dir.resolve("haproxy.cfg");
  }

  public Path log() {
    return dir.resolve("haproxy.log");
  }

  public long pid() {
    return process.pid();
  }

  /**
   * Each node's state as HAProxy's health checks see it ({@code node1} → {@code UP}, {@code DOWN},
   * {@code UP 1/2} while changing, …), in configuration order.
   */
  public Map<String, String> nodeStates() {
    try {
      String csv =
          http.send(
                  HttpRequest.newBuilder(URI.create(statsUri() + ";csv"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Map<String, String> states = new LinkedHashMap<>();
      for (String line : csv.split("\n")) {
        String[] f = line.split(",", -1);
        if (f.length > 17 && f[0].equals("orchestrators") && f[1].startsWith("node")) {
          states.put(f[1], f[17]); // pxname, svname, …, status (18th column)
        }
      }
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException("HAProxy's statistics page did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  public boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private void awaitListening(Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "HAProxy ended at start (exit "
                + process.exitValue()
                + "); its log "
                + log()
                + ":\n"
                + tail());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", config.port()), 500);
        return;
      } catch (IOException e) {
        pause();
      }
    }
    close();
    throw new IllegalStateException(
        "HAProxy did not listen on port " + config.port() + " within " + limit + "; log: " + log());
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
