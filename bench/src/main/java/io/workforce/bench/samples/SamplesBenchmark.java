package io.workforce.bench.samples;

import com.sun.net.httpserver.HttpServer;
import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.Company;
import io.workforce.samples.data.DataGenerator;
import io.workforce.samples.data.HealthRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The sample systems must never be the bottleneck of a benchmark: all three start in under 2 s (a
 * fresh JVM, as {@code ./rpa samples}), and each serves at least 200 requests per second of one
 * core. The baseline, measured in the same run with the same client, is a bare JDK HttpServer
 * answering a fixed page.
 */
public final class SamplesBenchmark implements Benchmark {

  private static final Charset GBK = Charset.forName("GBK");
  private static final int CLIENTS = 2;

  @Override
  public String name() {
    return "samples";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    List<Figure> figures = new ArrayList<>();
    figures.addAll(coldStart(quick ? 2 : 5));
    Duration window = Duration.ofSeconds(quick ? 1 : 3);
    int rounds = quick ? 3 : 5;
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().build())) {
      List<String> prefixes = s.threadPrefixes();
      figures.addAll(throughput("registry", registry(s), prefixes.get(0), window, rounds));
      figures.addAll(throughput("intake", intake(s), prefixes.get(1), window, rounds));
      figures.addAll(throughput("health", health(s), prefixes.get(2), window, rounds));
    }
    figures.addAll(baseline(window, rounds));
    return figures;
  }

  /**
   * Time from launching a JVM with {@code SamplesMain} to its banner (printed once all three
   * listen), and the CPU time the new process used until then — the latter does not grow when other
   * programs load the machine.
   */
  private static List<Figure> coldStart(int runs) throws Exception {
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int i = 0; i < runs; i++) {
      ProcessBuilder pb =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "io.workforce.samples.SamplesMain",
                  "--registry-port",
                  "0",
                  "--intake-port",
                  "0",
                  "--health-port",
                  "0")
              .redirectErrorStream(true);
      pb.environment().put("WORKFORCE_LANG", "en");
      long start = System.nanoTime();
      Process p = pb.start();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null && !line.startsWith("Press Ctrl-C")) {
          seen.append(line).append('\n'); // the banner until its last line
        }
        if (line == null) {
          throw new IllegalStateException(
              "SamplesMain ended without its banner (exit " + p.waitFor() + "):\n" + seen);
        }
        ms[i] = (System.nanoTime() - start) / 1e6;
        cpu[i] = p.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
      } finally {
        p.destroy();
        p.waitFor();
      }
    }
    Stats st = Stats.of(ms);
    Stats cpuStats = Stats.of(cpu);
    return List.of(
        Figure.atMost(
            "start-up of all three, fresh JVM to banner (ms, median)",
            st.median(),
            "ms",
            st.spread("ms"),
            2000),
        Figure.reported(
            "CPU time of that JVM until the banner (ms, median, all threads)",
            cpuStats.median(),
            "ms",
            cpuStats.spread("ms")));
  }

  private static List<Figure> throughput(
      String system, PageLoad.Script script, String prefix, Duration window, int rounds)
      throws InterruptedException {
    PageLoad.run(script, CLIENTS, window, prefix); // warm-up
    double[] perCore = new double[rounds];
    double[] perSecond = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      PageLoad.Window w = PageLoad.run(script, CLIENTS, window, prefix);
      perCore[i] = w.perCpuSecond();
      perSecond[i] = w.perWallSecond();
    }
    Stats core = Stats.of(perCore);
    Stats wall = Stats.of(perSecond);
    return List.of(
        Figure.atLeast(
            system + ": pages per second of one core (median)",
            core.median(),
            "req/s",
            core.spread("req/s"),
            200),
        Figure.reported(
            system + ": pages per second, " + CLIENTS + " clients, this machine (median)",
            wall.median(),
            "req/s",
            wall.spread("req/s")));
  }

  /**
   * The same client against a bare JDK HttpServer answering a fixed 8 KB page: what the server
   * itself costs.
   */
  private static List<Figure> baseline(Duration window, int rounds) throws Exception {
    byte[] page =
        "<html><body>"
            .concat("x".repeat(8000))
            .concat("</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    var pool =
        Executors.newCachedThreadPool(r -> new Thread(r, "baseline-http-" + System.nanoTime()));
    server.setExecutor(pool);
    server.createContext(
        "/",
        ex -> {
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
          ex.sendResponseHeaders(200, page.length);
          ex.getResponseBody().write(page);
          ex.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      PageLoad.Script script = new PageLoad.Script(c -> {}, List.of(get(url)));
      return throughput(
              "baseline: bare JDK HttpServer, fixed page", script, "baseline-http-", window, rounds)
          .stream()
          .map(f -> Figure.reported(f.name(), f.ours(), f.unit(), f.spread()))
          .toList();
    } finally {
      server.stop(0);
      pool.shutdownNow();
    }
  }

  private static PageLoad.Script registry(SampleSystems s) {
    String base = s.registryUrl() + "/qydj/";
    Company c = s.groundTruth().newRegistrations().get(0);
    Map<String, String> search =
        Map.of(
            "pageNo", "1", "clrqStart", DataGenerator.NEW_SINCE.toString(), "ssqx", "", "qymc", "");
    return new PageLoad.Script(
        client -> {
          String token =
              client
                  .get(base + "login.jsp")
                  .replaceAll("(?s).*name=\"token\" value=\"([0-9a-f]+)\".*", "$1");
          client.post(
              base + "login.do",
              Map.of("token", token, "userName", "djy01", "password", "Djy@2008"),
              GBK);
        },
        List.of(
            PageLoad.Client.form(base + "search.do", search, GBK),
            get(base + "detail.do?id=" + c.id()),
            get(base + "image.do?type=capital&id=" + c.id()),
            get(base + "image.do?type=idno&id=" + c.id())));
  }

  private static PageLoad.Script intake(SampleSystems s) {
    String base = s.intakeUrl();
    Application a = s.groundTruth().intakeApplications().get(0);
    return new PageLoad.Script(
        client ->
            client.post(
                base + "/login",
                Map.of("username", "slry01", "password", "Slry#2019"),
                StandardCharsets.UTF_8),
        List.of(
            get(base + "/applications?service=subsidy&page=2"),
            get(base + "/api/regions?parent=330100"),
            get(base + "/apply/company/step1"),
            get(base + "/applications/" + a.receiptNo())));
  }

  private static PageLoad.Script health(SampleSystems s) {
    String base = s.healthUrl();
    HealthRecord r = s.groundTruth().healthRecords().get(0);
    return new PageLoad.Script(
        client ->
            client.post(
                base + "/Login.aspx",
                Map.of("txtUserName", "ebys01", "txtPassword", "Ebys@2016"),
                StandardCharsets.UTF_8),
        List.of(
            PageLoad.Client.form(
                base + "/ChildSearch.aspx",
                Map.of("txtIdNumber", r.idNumber()),
                StandardCharsets.UTF_8),
            get(base + "/ChildDetail.aspx?recordNo=" + r.recordNo())));
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).build();
  }
}
