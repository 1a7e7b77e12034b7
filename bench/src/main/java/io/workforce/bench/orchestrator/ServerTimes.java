package io.workforce.bench.orchestrator;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time the orchestrator itself spent per endpoint (Spring's {@code http.server.requests} from
 * {@code /actuator/prometheus}): compared with the client's figure it tells server work from
 * network, client and queueing for a CPU; the dispatcher's own creation-to-assignment time ({@code
 * workforce.dispatch.latency}) and the wait for a pooled database connection ({@code
 * hikaricp.connections.acquire}) as well. A snapshot; {@link #since} gives the mean per call over a
 * phase.
 *
 * @param calls per "METHOD uri": {count, seconds}
 */
record ServerTimes(Map<String, double[]> calls) {

  private static final Pattern LINE =
      Pattern.compile(
          "^http_server_requests_seconds_(count|sum)\\{(.*)} (\\S+)$", Pattern.MULTILINE);

  /**
   * Timers without an endpoint: the dispatcher's decision time, and the wait for a database
   * connection.
   */
  private static final Map<String, Pattern> TIMERS =
      Map.of(
          "dispatch: job created → assigned", timer("workforce_dispatch_latency"),
          "waiting for a database connection", timer("hikaricp_connections_acquire"));

  private static final Pattern METHOD = Pattern.compile("method=\"([^\"]*)\"");
  private static final Pattern URI = Pattern.compile("uri=\"([^\"]*)\"");

  static ServerTimes of(AdminApi admin) {
    return parse(admin.text("/actuator/prometheus"));
  }

  /** The times in a Prometheus text page. */
  static ServerTimes parse(String page) {
    Map<String, double[]> calls = new HashMap<>();
    TIMERS.forEach(
        (label, pattern) -> {
          Matcher d = pattern.matcher(page);
          while (d.find()) {
            double[] v = calls.computeIfAbsent(label, k -> new double[2]);
            v[d.group(1).equals("count") ? 0 : 1] += Double.parseDouble(d.group(2));
          }
        });
    Matcher m = LINE.matcher(page);
    while (m.find()) {
      String labels = m.group(2);
      Matcher method = METHOD.matcher(labels);
      Matcher uri = URI.matcher(labels);
      if (method.find() && uri.find()) {
        double[] v =
            calls.computeIfAbsent(method.group(1) + " " + uri.group(1), k -> new double[2]);
        v[m.group(1).equals("count") ? 0 : 1] += Double.parseDouble(m.group(3));
      }
    }
    return new ServerTimes(calls);
  }

  private static Pattern timer(String name) {
    return Pattern.compile(
        "^" + name + "_seconds_(count|sum)(?:\\{.*})? (\\S+)$", Pattern.MULTILINE);
  }

  /**
   * "METHOD uri: mean ms (n)" for every endpoint called since {@code earlier}, robot endpoints
   * shortened.
   */
  String since(ServerTimes earlier) {
    Map<String, String> lines = new TreeMap<>();
    calls.forEach(
        (k, v) -> {
          double[] e = earlier.calls().getOrDefault(k, new double[2]);
          double n = v[0] - e[0];
          if (n > 0) {
            lines.put(
                k.replace("/api/v1/robot", "…"),
                String.format("%.1f ms (n=%.0f)", 1000 * (v[1] - e[1]) / n, n));
          }
        });
    return lines.isEmpty() ? "none" : lines.toString();
  }
}
