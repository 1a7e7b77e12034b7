package io.workforce.orchestrator.testing;

import io.workforce.orchestrator.OrchestratorApplication;
import io.workforce.testkit.LocalPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * A real orchestrator for integration tests: the application on a free port over real HTTP, on
 * embedded H2 (a file in a temporary data directory) or on its own database in the test JVM's local
 * PostgreSQL. It can be stopped and started again on the same data ({@link #restart()}).
 */
public final class TestOrchestrator implements AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** The first administrator's user name, password and API token in tests. */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "Test-Admin-Password-1";
  public static final String ADMIN_TOKEN = "wfp_testAdminToken0123456789abcdefghijklmnop";

  /** The password of the people {@link #person} makes. */
  public static final String PASSWORD = "Test-Password-123";

  private final TestDb db;
  private final Path dataDir;
  private final String jdbcUrl;
  private final MutableClock clock;
  private final Map<String, String> properties;
  private ConfigurableApplicationContext context;

  private TestOrchestrator(
      TestDb db, Path dataDir, String jdbcUrl, MutableClock clock, Map<String, String> properties) {
    this.db = db;
    this.dataDir = dataDir;
    this.jdbcUrl = jdbcUrl;
    this.clock = clock;
    this.properties = properties;
  }

  /** Starts an orchestrator on a fresh database. */
  public static TestOrchestrator start(TestDb db, Map<String, String> extra) {
    try {
      Path dir = Files.createTempDirectory("workforce-it-");
      String url =
          db == TestDb.H2
              ? null
              : LocalPostgres.shared()
                  .createDatabase(
                      "wf_it_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet());
      TestOrchestrator o =
          new TestOrchestrator(db, dir, url, new MutableClock(), new LinkedHashMap<>(extra));
      o.boot();
      return o;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TestOrchestrator start(TestDb db) {
    return start(db, Map.of());
  }

  private void boot() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--workforce.data-dir=" + dataDir);
    if (!properties.containsKey("logging.level.root")) {
      args.add("--logging.level.root=WARN");
    }
    if (!properties.containsKey("logging.level.io.workforce")) {
      args.add("--logging.level.io.workforce=INFO");
    }
    args.add(
        "--spring.quartz.properties.org.quartz.scheduler.instanceName=it"
            + COUNTER.incrementAndGet());
    if (db == TestDb.POSTGRES) {
      args.add("--spring.profiles.active=postgres");
      args.add("--spring.datasource.url=" + jdbcUrl);
      args.add("--spring.datasource.username=" + LocalPostgres.shared().user());
      args.add("--spring.datasource.password=");
    }
    if (!properties.containsKey("workforce.security.admin-password")) {
      args.add("--workforce.security.admin-password=" + ADMIN_PASSWORD);
    }
    if (!properties.containsKey("workforce.security.max-failed-logins-per-address")) {
      // every test client comes from 127.0.0.1: only LoginLockoutIT counts per address
      args.add("--workforce.security.max-failed-logins-per-address=100000");
    }
    if (!properties.containsKey("workforce.security.admin-token")) {
      args.add("--workforce.security.admin-token=" + ADMIN_TOKEN);
    }
    properties.forEach((k, v) -> args.add("--" + k + "=" + v));
    Clock c = clock;
    context =
        new SpringApplicationBuilder(OrchestratorApplication.class)
            .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testClock", c))
            .run(args.toArray(String[]::new));
  }

  /** Stops the application (the data stays) and starts it again. */
  public TestOrchestrator restart() {
    stop();
    boot();
    return this;
  }

  public void stop() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  public URI baseUri() {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The API as the first administrator's script (personal API token). */
  public AdminApi admin() {
    return AdminApi.anonymous(baseUri()).withToken(ADMIN_TOKEN);
  }

  /** The API without any credentials. */
  public AdminApi anonymous() {
    return AdminApi.anonymous(baseUri());
  }

  /** A browser session: not logged in yet. */
  public AdminApi browser() {
    return AdminApi.browser(baseUri());
  }

  /**
   * A person with these roles (made through the admin API if new, password {@link #PASSWORD}),
   * logged in with a browser session, CSRF token included.
   */
  public AdminApi person(String username, String... roles) {
    AdminApi.Response exists = admin().get("/api/v1/users/" + username);
    if (exists.status() == 404) {
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
                  PASSWORD))
          .expect(201);
    }
    AdminApi browser = browser();
    browser.login(username, PASSWORD).expect(200);
    return browser;
  }

  public MutableClock clock() {
    return clock;
  }

  public TestDb db() {
    return db;
  }

  public Path dataDir() {
    return dataDir;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public JdbcClient jdbc() {
    return bean(JdbcClient.class);
  }

  @Override
  public void close() {
    stop();
  }
}
