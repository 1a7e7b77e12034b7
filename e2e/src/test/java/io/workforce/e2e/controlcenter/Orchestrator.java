package io.workforce.e2e.controlcenter;

import io.workforce.orchestrator.OrchestratorApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real orchestrator started in this JVM on embedded H2 (a fresh temporary data directory) and a
 * free port, serving the control center from its class path, reached over real HTTP.
 */
final class Orchestrator implements AutoCloseable {

  /**
   * The first administrator's user name, password and personal API token (set by properties at
   * start).
   */
  static final String ADMIN = "admin";

  static final String ADMIN_PASSWORD = "Admin-e2e-2026";
  static final String ADMIN_TOKEN = "wfp_e2e_control_center_admin_token_0001";

  private static final AtomicInteger COUNT = new AtomicInteger();

  private final ConfigurableApplicationContext context;
  private final Path dataDir;

  private Orchestrator(ConfigurableApplicationContext context, Path dataDir) {
    this.context = context;
    this.dataDir = dataDir;
  }

  static Orchestrator start(Map<String, String> properties) {
    try {
      Path dir = Files.createTempDirectory("workforce-cc-");
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--server.port=0",
                  "--workforce.data-dir=" + dir,
                  "--logging.level.root=WARN",
                  "--workforce.overview.rollup-interval=1s",
                  "--workforce.live.interval=300ms",
                  "--workforce.security.admin-password=" + ADMIN_PASSWORD,
                  "--workforce.security.admin-token=" + ADMIN_TOKEN,
                  "--spring.quartz.properties.org.quartz.scheduler.instanceName=cc"
                      + COUNT.incrementAndGet()));
      properties.forEach((k, v) -> args.add("--" + k + "=" + v));
      return new Orchestrator(
          new SpringApplicationBuilder(OrchestratorApplication.class)
              .run(args.toArray(String[]::new)),
          dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI baseUri() {
    return URI.create(
        "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
  }

  String url(String path) {
    return baseUri() + path;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    context.close();
  }
}
