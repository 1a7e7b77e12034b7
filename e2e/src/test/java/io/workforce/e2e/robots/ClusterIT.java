package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./rpa cluster --nodes 3} as a user runs it: PostgreSQL, three nodes, HAProxy, the sample
 * systems and two robots, all real processes. Robots work the queue through the balancer; a
 * supervisor's log-in made through the balancer keeps working when a node is killed with SIGKILL
 * and when another hangs (SIGSTOP) for 30 s; the robots go on filing; HAProxy takes the dead and
 * the hung node out and the hung one back in; no item fails for it; SIGTERM stops every process the
 * launcher started, PostgreSQL and HAProxy included. Prints each recovery time.
 */
class ClusterIT {

  private DemoProcess cluster;

  @AfterEach
  void stop() {
    if (cluster != null && cluster.alive()) {
      cluster.kill();
    }
  }

  @Test
  void robotsAndPeopleWorkOnThroughTheBalancerWhenANodeIsKilledAndAnotherHangs() throws Exception {
    Path tmp =
        Files.createDirectories(
            Path.of("target", "cluster-it-" + System.currentTimeMillis()).toAbsolutePath());
    Path data = tmp.resolve("data");
    cluster =
        DemoProcess.launch(
            tmp, "cluster", "--nodes", "3", "--port", "0", "--data-dir", data.toString());
    double started =
        Double.parseDouble(cluster.await("started in ([0-9.]+) s", Duration.ofMinutes(6)));
    URI balancer =
        URI.create(
            cluster.await(
                "Control center \\(through the balancer\\): +(http://\\S+)/",
                Duration.ofSeconds(5)));
    URI stats =
        URI.create(cluster.await("HAProxy statistics: +(http://\\S+)", Duration.ofSeconds(5)));
    String jdbc = cluster.await("PostgreSQL: +(jdbc:\\S+)", Duration.ofSeconds(5));
    System.out.printf("ClusterIT: ./rpa cluster --nodes 3 ready in %.1f s%n", started);
    Properties logins = new Properties();
    try (Reader r = Files.newBufferedReader(data.resolve("demo-logins.properties"))) {
      logins.load(r);
    }
    RestClient supervisor = RestClient.login(balancer, "wang", logins.getProperty("wang"));
    await(
        "robots file items through the balancer",
        Duration.ofMinutes(5),
        () -> done(supervisor) >= 3);

    long before = done(supervisor);
    long node1 = pid(data, "node-1");
    ProcessHandle.of(node1).orElseThrow().destroyForcibly();
    long killed = System.nanoTime();
    // the supervisor's session (kept in PostgreSQL) answers through the balancer without a new
    // log-in at once: a refused connection is retried on the other node
    assertThat(supervisor.get("/api/v1/queues/new-registrations").status()).isEqualTo(200);
    double api = seconds(killed);
    await(
        "HAProxy marks node-1 down",
        Duration.ofMinutes(1),
        () -> state(stats, "node1").equals("DOWN"));
    double markedDown = seconds(killed);
    await(
        "robots file more items after the kill",
        Duration.ofMinutes(4),
        () -> done(supervisor) >= before + 2);
    double filing = seconds(killed);
    System.out.printf(
        "ClusterIT recovery after kill -9 of node-1 (2 busy cores): API through the balancer %.1f s,"
            + " HAProxy marked it down %.1f s, robots filed 2 more items %.1f s%n",
        api, markedDown, filing);

    long beforeStop = done(supervisor);
    long node2 = pid(data, "node-2");
    signal("STOP", node2);
    long stopped = System.nanoTime();
    await(
        "HAProxy marks the hung node-2 down",
        Duration.ofMinutes(1),
        () -> state(stats, "node2").equals("DOWN"));
    double hungDown = seconds(stopped);
    await(
        "the API answers through the balancer",
        Duration.ofMinutes(1),
        () -> status(supervisor) == 200);
    double hungApi = seconds(stopped);
    await(
        "robots file more items while node-2 hangs",
        Duration.ofMinutes(3),
        () -> done(supervisor) >= beforeStop + 2);
    double hungFiling = seconds(stopped);
    while (seconds(stopped) < 30) { // the hang lasts at least 30 s
      RobotProcess.sleep(250);
    }
    signal("CONT", node2);
    long resumed = System.nanoTime();
    await(
        "HAProxy takes node-2 back",
        Duration.ofMinutes(1),
        () -> state(stats, "node2").equals("UP"));
    double back = seconds(resumed);
    System.out.printf(
        "ClusterIT recovery after SIGSTOP of node-2 (2 busy cores): HAProxy marked it down %.1f s,"
            + " API through the balancer %.1f s, robots filed 2 more items %.1f s after the stop"
            + " (node-2 still hung); after SIGCONT at %.1f s node-2 was back in %.1f s%n",
        hungDown, hungApi, hungFiling, (resumed - stopped) / 1e9, back);
    JsonNode counts =
        supervisor.get("/api/v1/queues/new-registrations").expect(200).json().path("counts");
    assertThat(counts.path("SYSTEM_FAILED").asLong()).as("items failed by the faults").isZero();

    assertThat(cluster.signal("TERM", Duration.ofMinutes(2)))
        .as("exit after SIGTERM")
        .isNotEqualTo(-1);
    assertThat(cluster.console())
        .contains("The cluster has stopped")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    List<ProcessHandle> left =
        ProcessHandle.allProcesses()
            .filter(h -> h.info().commandLine().map(c -> c.contains(data.toString())).orElse(false))
            .toList();
    assertThat(left).as("processes of this cluster still running").isEmpty();
    int pgPort = URI.create(jdbc.substring("jdbc:".length())).getPort();
    assertThat(listening(pgPort)).as("PostgreSQL stopped").isFalse();
    assertThat(listening(balancer.getPort())).as("HAProxy stopped").isFalse();
  }

  /** Items filed or refused so far; -1 while the API does not answer. */
  private static long done(RestClient client) {
    try {
      RestClient.Response r = client.get("/api/v1/queues/new-registrations");
      if (r.status() != 200) {
        return -1;
      }
      JsonNode counts = r.json().path("counts");
      return counts.path("SUCCESSFUL").asLong() + counts.path("BUSINESS_FAILED").asLong();
    } catch (java.io.UncheckedIOException e) {
      return -1; // a connection the balancer cut (a node marked down)
    }
  }

  private static int status(RestClient client) {
    try {
      return client.get("/api/v1/queues/new-registrations").status();
    } catch (java.io.UncheckedIOException e) {
      return -1;
    }
  }

  private static void signal(String signal, long pid) throws IOException, InterruptedException {
    assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor())
        .as("kill -" + signal + " " + pid)
        .isZero();
  }

  private static long pid(Path data, String name) throws IOException {
    return Files.readAllLines(data.resolve("demo.pids")).stream()
        .filter(l -> l.endsWith(" " + name))
        .map(l -> Long.parseLong(l.split(" ")[0]))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in demo.pids"));
  }

  private static String state(URI stats, String node) {
    try {
      String csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(stats + ";csv")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      for (String line : csv.split("\n")) {
        String[] f = line.split(",", -1);
        if (f.length > 17 && f[1].equals(node)) {
          return f[17];
        }
      }
      return "absent";
    } catch (IOException e) {
      return "unreachable";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static boolean listening(int port) {
    try (java.net.Socket s = new java.net.Socket()) {
      s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private void await(String what, Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return;
      }
      if (!cluster.alive()) {
        throw new AssertionError(
            "./rpa cluster ended while waiting for " + what + ":\n" + cluster.console());
      }
      RobotProcess.sleep(500);
    }
    throw new AssertionError("not within " + limit + ": " + what + "\n" + cluster.console());
  }
}
