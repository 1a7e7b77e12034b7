package io.workforce.e2e.robots;

import io.workforce.orchestrator.OrchestratorApplication;
import io.workforce.testkit.LocalPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real orchestrator in this JVM, on embedded H2 (a file in its own data directory) or on its own
 * database of the local PostgreSQL, over real HTTP on a port that stays the same across {@link
 * #restart()} (the robots keep its address). Its log goes to {@code orchestrator.log} in the data
 * directory.
 */
public final class LiveOrchestrator implements AutoCloseable {

  /** Which database. */
  public enum Db {
    H2,
    POSTGRES
  }

  static final String ADMIN_PASSWORD = "Admin-robots-e2e-2026";
  static final String ADMIN_TOKEN = "wfp_e2e_robots_admin_token_0123456789abcdef";

  private static final AtomicInteger COUNT = new AtomicInteger();

  private final Db db;
  private final Path dataDir;
  private final Map<String, String> properties;
  private final String jdbcUrl;
  private int port;
  private ConfigurableApplicationContext context;

  private LiveOrchestrator(Db db, Path dataDir, Map<String, String> properties, String jdbcUrl) {
    this.db = db;
    this.dataDir = dataDir;
    this.properties = properties;
    this.jdbcUrl = jdbcUrl;
  }

  /** Starts one on a fresh database with these {@code workforce.*} (and other) properties. */
  public static LiveOrchestrator start(Db db, Map<String, String> properties) {
    try {
      Path dir = Files.createTempDirectory("workforce-robots-");
      int n = COUNT.incrementAndGet();
      String url =
          db == Db.H2
              ? null
              : LocalPostgres.shared()
                  .createDatabase("wf_robots_" + ProcessHandle.current().pid() + "_" + n);
      LiveOrchestrator o = new LiveOrchestrator(db, dir, new LinkedHashMap<>(properties), url);
      o.boot();
      return o;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void boot() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--workforce.data-dir=" + dataDir);
    args.add("--logging.file.name=" + logFile());
    args.add("--workforce.security.admin-password=" + ADMIN_PASSWORD);
    args.add("--workforce.security.admin-token=" + ADMIN_TOKEN);
    args.add(
        "--spring.quartz.properties.org.quartz.scheduler.instanceName=robots"
            + COUNT.incrementAndGet());
    if (db == Db.POSTGRES) {
      args.add("--spring.profiles.active=postgres");
      args.add("--spring.datasource.url=" + jdbcUrl);
      args.add("--spring.datasource.username=" + LocalPostgres.shared().user());
      args.add("--spring.datasource.password=");
    }
    Map<String, String> all =
        new LinkedHashMap<>(
            Map.of(
                "logging.level.root",
                "WARN",
                "logging.level.io.workforce",
                "INFO",
                "server.shutdown",
                "immediate"));
    all.putAll(properties);
    all.forEach((k, v) -> args.add("--" + k + "=" + v));
    context =
        new SpringApplicationBuilder(OrchestratorApplication.class)
            .run(args.toArray(String[]::new));
    port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /**
   * Stops it (as an operator would: the process ends) and starts it again on the same data and
   * port.
   */
  void restart() {
    stop();
    boot();
  }

  void stop() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  boolean running() {
    return context != null;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The API as the first administrator's script. */
  public RestClient admin() {
    return new RestClient(baseUri(), ADMIN_TOKEN);
  }

  JdbcClient jdbc() {
    return context.getBean(JdbcClient.class);
  }

  Path dataDir() {
    return dataDir;
  }

  Path logFile() {
    return dataDir.resolve("orchestrator.log");
  }

  Db db() {
    return db;
  }

  @Override
  public void close() {
    stop();
  }
}
