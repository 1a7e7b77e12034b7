package io.workforce.orchestrator.testing;

import io.workforce.orchestrator.OrchestratorApplication;
import io.workforce.testkit.LocalPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * An orchestrator in a process of its own ({@code java -cp <test class path>
 * OrchestratorApplication}), as an operator runs it: its own heap and JVM options, its own port and
 * data directory, killed for real. Several of them may share one PostgreSQL database (a cluster).
 */
public final class OrchestratorProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Process process;
  private final URI base;
  private final Path dataDir;
  private final Path console;

  private OrchestratorProcess(Process process, URI base, Path dataDir, Path console) {
    this.process = process;
    this.base = base;
    this.dataDir = dataDir;
    this.console = console;
  }

  /**
   * Starts one and waits until it answers {@code /actuator/health}.
   *
   * @param dataDir its data directory
   * @param jdbcUrl a PostgreSQL database of {@link LocalPostgres#shared()}, or null for H2 in the
   *     data directory
   * @param jvm JVM options (heap, GC)
   * @param properties more {@code --name=value} arguments
   */
  public static OrchestratorProcess start(
      Path dataDir, String jdbcUrl, List<String> jvm, Map<String, String> properties) {
    try {
      Files.createDirectories(dataDir);
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path console = dataDir.resolveSibling(dataDir.getFileName() + "-console.txt");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvm);
      command.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              OrchestratorApplication.class.getName(),
              "--server.port=" + port,
              "--workforce.data-dir=" + dataDir,
              "--workforce.security.admin-password=" + TestOrchestrator.ADMIN_PASSWORD,
              "--workforce.security.admin-token=" + TestOrchestrator.ADMIN_TOKEN,
              "--logging.level.root=WARN",
              "--logging.level.io.workforce=INFO",
              "--server.shutdown=immediate"));
      if (jdbcUrl != null) {
        command.add("--spring.profiles.active=postgres");
        command.add("--spring.datasource.url=" + jdbcUrl);
        command.add("--spring.datasource.username=" + LocalPostgres.shared().user());
        command.add("--spring.datasource.password=");
      }
      properties.forEach((k, v) -> command.add("--" + k + "=" + v));
      Process p =
          new ProcessBuilder(command)
              .directory(dataDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(console.toFile())
              .start();
      p.getOutputStream().close();
      OrchestratorProcess o =
          new OrchestratorProcess(p, URI.create("http://127.0.0.1:" + port), dataDir, console);
      o.awaitHealthy(Duration.ofMinutes(3));
      return o;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitHealthy(Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the orchestrator ended (exit " + process.exitValue() + ") while starting:\n" + tail());
      }
      if (healthStatus(Duration.ofSeconds(2)) == 200) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the orchestrator was not healthy within " + timeout + ":\n" + tail());
  }

  /** {@code GET /actuator/health}'s status, or -1 when it did not answer within the timeout. */
  public int healthStatus(Duration timeout) {
    try {
      HttpRequest r =
          HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(timeout).GET().build();
      return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public URI baseUri() {
    return base;
  }

  /** The API as the first administrator's script. */
  public AdminApi admin() {
    return AdminApi.anonymous(base).withToken(TestOrchestrator.ADMIN_TOKEN);
  }

  /** A browser session, not logged in yet. */
  public AdminApi browser() {
    return AdminApi.browser(base);
  }

  /**
   * A person with these roles (made through the admin API if new, password {@link
   * TestOrchestrator#PASSWORD}), logged in with a browser session.
   */
  public AdminApi person(String username, String... roles) {
    if (admin().get("/api/v1/users/" + username).status() == 404) {
      admin()
          .post(
              "/api/v1/users",
              Map.of(
                  "username",
                  username,
                  "displayName",
                  "测试 " + username,
                  "roles",
                  List.of(roles),
                  "password",
                  TestOrchestrator.PASSWORD))
          .expect(201);
    }
    AdminApi browser = browser();
    browser.login(username, TestOrchestrator.PASSWORD).expect(200);
    return browser;
  }

  public Path dataDir() {
    return dataDir;
  }

  public boolean alive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  /** The last lines of what it printed. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no console: " + e.getMessage() + ")";
    }
  }

  /** Everything it printed. */
  public String console() {
    try {
      return Files.readString(console, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends it with SIGKILL, as a crash would. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }
  }
}
