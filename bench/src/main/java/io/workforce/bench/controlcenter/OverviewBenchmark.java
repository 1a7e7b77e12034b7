package io.workforce.bench.controlcenter;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.orchestrator.OrchestratorApplication;
import io.workforce.testkit.LocalPostgres;
import io.workforce.testkit.SystemChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code control-center}: the overview with 1,000,000 processed items, 1,000,000 queue items and
 * 100,000 runs in the database (50,000 / 5,000 with {@code --quick}), on embedded H2 and on
 * PostgreSQL: the overview API (both calls the page makes) and the page itself in headless Chromium
 * until its numbers show, against the same figures computed by full-scan aggregate queries over
 * {@code processed_item}, in the same run. Goal: the page loads in under 1 s.
 */
public final class OverviewBenchmark implements Benchmark {

  private static final String TOKEN = "wfp_bench_control_center_token_000001";
  private static final String PASSWORD = "Bench-admin-2026";

  @Override
  public String name() {
    return "control-center";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    int items = quick ? 50_000 : 1_000_000;
    int runs = quick ? 5_000 : 100_000;
    List<Figure> figures = new ArrayList<>(measure("H2", null, items, runs, quick));
    if (!quick) {
      try (LocalPostgres pg = LocalPostgres.start()) {
        figures.addAll(measure("PostgreSQL", pg, items, runs, false));
      } catch (RuntimeException | Error e) {
        figures.add(Figure.reported("PostgreSQL not measured: " + e.getMessage(), 0, "", ""));
      }
    }
    return figures;
  }

  private List<Figure> measure(String db, LocalPostgres pg, int items, int runs, boolean quick)
      throws Exception {
    Path dir = Files.createTempDirectory("workforce-bench-cc-");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--workforce.data-dir=" + dir,
                "--logging.level.root=WARN",
                "--workforce.security.admin-password=" + PASSWORD,
                "--workforce.security.admin-token=" + TOKEN,
                "--workforce.overview.rollup-interval=1s",
                "--spring.quartz.auto-startup=false"));
    if (pg != null) {
      args.addAll(
          List.of(
              "--spring.profiles.active=postgres",
              "--spring.datasource.url=" + pg.createDatabase("wf_bench_cc"),
              "--spring.datasource.username=" + pg.user(),
              "--spring.datasource.password="));
    }
    // closed in reverse order: the orchestrator stops first, then its data directory goes
    try (AutoCloseable cleanUp = () -> deleteTree(dir);
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(OrchestratorApplication.class)
                .run(args.toArray(String[]::new))) {
      URI base =
          URI.create(
              "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort());
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      Instant now = app.getBean(Clock.class).instant();
      long t0 = System.nanoTime();
      OverviewData.fill(jdbc, pg != null, now, runs, items);
      double fillSeconds = (System.nanoTime() - t0) / 1e9;
      long newest = jdbc.sql("SELECT MAX(id) FROM processed_item").query(Long.class).single();
      awaitRolledUp(jdbc, newest);
      // the rollup ran while the data went in; time a rebuild from nothing as well
      jdbc.sql(
              "UPDATE overview_rollup_state SET rolled_to = 0, candidate = ?, zone = '' WHERE id = 1")
          .param(newest)
          .update();
      long t1 = System.nanoTime();
      awaitRolledUp(jdbc, newest);
      double rollupSeconds = (System.nanoTime() - t1) / 1e9;

      HttpClient http = HttpClient.newHttpClient();
      JsonNode overview = get(http, base, "/api/v1/overview");
      NaiveOverview.Totals naive = NaiveOverview.compute(jdbc, now, ZoneId.of("Asia/Shanghai"));
      if (overview.get("items").get("total").asLong() != naive.total()
          || overview.get("items").get("totalSuccessful").asLong() != naive.successful()
          || Math.abs(overview.get("timeSaved").get("totalMinutes").asDouble() - naive.minutes())
              > 0.5) {
        throw new IllegalStateException(
            "overview and full scan disagree: " + overview.get("items") + " vs " + naive);
      }
      int warmup = quick ? 1 : 2;
      int reps = quick ? 5 : 7;
      for (int i = 0; i < warmup; i++) {
        get(http, base, "/api/v1/overview");
        get(http, base, "/api/v1/overview/trends");
        NaiveOverview.compute(jdbc, now, ZoneId.of("Asia/Shanghai"));
      }
      double[] ours = new double[reps];
      double[] baseline = new double[reps];
      for (int i = 0; i < reps; i++) { // interleaved, so that both see the same machine
        long a = System.nanoTime();
        get(http, base, "/api/v1/overview");
        get(http, base, "/api/v1/overview/trends");
        long b = System.nanoTime();
        NaiveOverview.compute(jdbc, now, ZoneId.of("Asia/Shanghai"));
        long c = System.nanoTime();
        ours[i] = (b - a) / 1e6;
        baseline[i] = (c - b) / 1e6;
      }
      Stats api = Stats.of(ours);
      Stats scan = Stats.of(baseline);
      Stats page = pageLoads(base, String.format(Locale.ROOT, "%,d", naive.total()), warmup, reps);
      String label = db + ", " + String.format(Locale.ROOT, "%,d items, %,d runs", items, runs);
      return List.of(
          new Figure(
              "overview API, both calls (" + label + "; baseline: full-scan aggregates)",
              api.median(),
              scan.median(),
              "ms",
              scan.median() / api.median(),
              api.spread("ms") + "; baseline " + scan.spread("ms"),
              "< 1000 ms",
              api.median() < 1000),
          Figure.atMost(
              "overview page load until its numbers show (" + label + ")",
              page.median(),
              "ms",
              page.spread("ms"),
              1000),
          Figure.reported(
              "rollup rebuilt from nothing over "
                  + String.format(Locale.ROOT, "%,d", items)
                  + " items ("
                  + db
                  + ")",
              rollupSeconds,
              "s",
              "generating the data took " + String.format(Locale.ROOT, "%.1f s", fillSeconds)));
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void awaitRolledUp(JdbcClient jdbc, long newest) throws InterruptedException {
    while (jdbc.sql("SELECT rolled_to FROM overview_rollup_state WHERE id = 1")
            .query(Long.class)
            .single()
        < newest) {
      Thread.sleep(100);
    }
  }

  /**
   * Full page loads (static files from the browser cache, as on a second visit) until the total
   * items show.
   */
  private static Stats pageLoads(URI base, String expectedTotal, int warmup, int reps) {
    try (Playwright pw = SystemChromium.playwright();
        Browser browser = SystemChromium.launch(pw)) {
      BrowserContext ctx =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
      Page page = ctx.newPage();
      page.navigate(base + "/");
      page.locator("[data-form=login] input[name=username]").fill("admin");
      page.locator("[data-form=login] input[name=password]").fill(PASSWORD);
      page.locator("[data-action=login]").click();
      page.locator("[data-user]").waitFor();
      double[] ms = new double[reps];
      for (int i = -warmup; i < reps; i++) {
        page.navigate("about:blank");
        long a = System.nanoTime();
        page.navigate(base + "/#/overview");
        page.locator("[data-value=items-total]:text-is('" + expectedTotal + "')")
            .waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE)
                    .setTimeout(30_000));
        long b = System.nanoTime();
        if (i >= 0) {
          ms[i] = (b - a) / 1e6;
        }
      }
      return Stats.of(ms);
    }
  }

  private static JsonNode get(HttpClient http, URI base, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
    }
    return JsonMapper.builder().build().readTree(r.body());
  }
}
