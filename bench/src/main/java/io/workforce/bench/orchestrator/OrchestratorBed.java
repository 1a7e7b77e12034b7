package io.workforce.bench.orchestrator;

import io.workforce.testkit.LocalPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the orchestrator benchmarks run against: a PostgreSQL from the machine's packages with
 * {@code fsync} on, one database, and the orchestrator as a separate process on it (profile {@code
 * postgres}; the admin API through the bootstrap administrator's API token, which works before and
 * after people log in with issue 8). Shared by the orchestrator benchmarks of one run, so that the
 * server starts once; {@link #close()} stops both, and a JVM shutdown hook does it if nobody did.
 */
final class OrchestratorBed implements AutoCloseable {

  private static OrchestratorBed shared;

  private final LocalPostgres postgres;
  private final String jdbcUrl;
  private final ServerProcess server;
  private final HttpClient http;
  private final AdminApi admin;
  private final double startSeconds;
  private final Path dataDir;

  private OrchestratorBed(
      LocalPostgres postgres,
      String jdbcUrl,
      ServerProcess server,
      String adminToken,
      double startSeconds,
      Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.jdbcUrl = jdbcUrl;
    this.server = server;
    this.startSeconds = startSeconds;
    // one keep-alive client for every simulated robot, as a fleet behind one proxy would look to
    // the server
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.admin = new AdminApi(http, server.baseUri(), adminToken);
  }

  /** The running bed of this run, started on first use. */
  static synchronized OrchestratorBed shared() throws IOException {
    if (shared == null) {
      OrchestratorBed bed = start();
      Runtime.getRuntime().addShutdownHook(new Thread(bed::close, "stop-orchestrator-bed"));
      shared = bed;
    }
    return shared;
  }

  /** Stops the shared bed now (the next {@link #shared()} starts a new one). */
  static synchronized void stopShared() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  private static OrchestratorBed start() throws IOException {
    long t0 = System.nanoTime();
    LocalPostgres pg = LocalPostgres.startDurable();
    try {
      String url = pg.createDatabase("workforce_bench");
      Path dataDir = Files.createTempDirectory("workforce-bench-orch-");
      // the bootstrap administrator's API token (wfp_ + 48 hex: the form issue 8's token check
      // accepts) and
      // password, both random and passed in the environment, never on the command line or in the
      // output
      String token = "wfp_" + randomHex(24);
      ServerProcess server =
          ServerProcess.start(
              dataDir,
              List.of(
                  "--spring.profiles.active=postgres",
                  "--spring.datasource.url=" + url,
                  "--spring.datasource.username=" + pg.user(),
                  "--spring.datasource.password=",
                  "--workforce.data-dir=" + dataDir,
                  // UiPath's load has 2 heartbeats a minute: robots are told so; and a starved load
                  // generator on a
                  // shared machine must not get its robots taken for lost (that is not what is
                  // measured here)
                  "--workforce.robots.heartbeat-interval=30s",
                  "--workforce.robots.offline-after=5m"),
              Map.of(
                  "WORKFORCE_SECURITY_ADMINTOKEN",
                  token,
                  "WORKFORCE_ADMIN_TOKEN",
                  token,
                  "WORKFORCE_ADMIN_PASSWORD",
                  randomHex(16),
                  "WORKFORCE_LANG",
                  "en"));
      return new OrchestratorBed(pg, url, server, token, (System.nanoTime() - t0) / 1e9, dataDir);
    } catch (IOException | RuntimeException e) {
      pg.close();
      throw e;
    }
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  URI baseUri() {
    return server.baseUri();
  }

  HttpClient http() {
    return http;
  }

  AdminApi admin() {
    return admin;
  }

  ServerProcess server() {
    return server;
  }

  /** Seconds from nothing to a healthy orchestrator (PostgreSQL included), for the log. */
  double startSeconds() {
    return startSeconds;
  }

  /**
   * A plain JDBC connection to the orchestrator's database (the raw-SQL baseline, filling queues).
   */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, postgres.user(), "");
  }

  @Override
  public synchronized void close() {
    try {
      server.close();
    } finally {
      postgres.close();
      deleteTree(dataDir);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
