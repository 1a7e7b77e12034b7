package io.workforce.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tested load-balancer configuration against two tiny HTTP servers standing in for nodes:
 * traffic only to nodes whose {@code /actuator/health} answers 200, server-sent events forwarded as
 * they are written, a long poll longer than the longest robot poll, and the streams of a node that
 * turns unhealthy (a hung node) cut so that clients reconnect elsewhere.
 */
class LocalHaproxyIT {

  private final List<Node> nodes = new ArrayList<>();
  private LocalHaproxy haproxy;
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    if (haproxy != null) {
      haproxy.close();
    }
    nodes.forEach(n -> n.release.countDown());
    nodes.forEach(n -> n.server.stop(0));
  }

  @Test
  void sendsEveryRequestToTheNodesWhoseHealthAnswers200(@TempDir Path dir) throws Exception {
    Node a = node("A", true);
    Node b = node("B", false);
    haproxy = LocalHaproxy.start(List.of(a.address(), b.address()), dir);
    awaitStates(Map.of("node1", "UP", "node2", "DOWN"));
    for (int i = 0; i < 6; i++) {
      assertThat(get("/who")).isEqualTo("A");
    }
    b.healthy.set(true);
    a.healthy.set(false);
    awaitStates(Map.of("node1", "DOWN", "node2", "UP"));
    for (int i = 0; i < 6; i++) {
      assertThat(get("/who")).isEqualTo("B");
    }
  }

  @Test
  void tellsTheNodesEachClientsOwnAddressAndNeverOneTheClientClaims(@TempDir Path dir)
      throws Exception {
    Node a = node("A", true);
    haproxy = LocalHaproxy.start(List.of(a.address()), dir);
    awaitStates(Map.of("node1", "UP"));
    HttpResponse<String> spoofed =
        http.send(
            HttpRequest.newBuilder(haproxy.uri().resolve("/forwarded-for"))
                .header("X-Forwarded-For", "203.0.113.9")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(spoofed.body()).isEqualTo("[127.0.0.1]");
    assertThat(get("/forwarded-for")).isEqualTo("[127.0.0.1]");
  }

  @Test
  void forwardsServerSentEventsAsTheyAreWrittenAndALongPollOf35Seconds(@TempDir Path dir)
      throws Exception {
    Node a = node("A", true);
    haproxy = LocalHaproxy.start(List.of(a.address()), dir);
    awaitStates(Map.of("node1", "UP"));
    try (BufferedReader events = openEvents()) {
      assertThat(events.readLine()).isEqualTo("data: first");
      a.release.countDown(); // the second event is written only once the first has arrived
      events.readLine();
      assertThat(events.readLine()).isEqualTo("data: second");
    }
    HttpResponse<String> poll =
        http.send(
            HttpRequest.newBuilder(haproxy.uri().resolve("/poll"))
                .timeout(Duration.ofSeconds(90))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(poll.statusCode()).isEqualTo(200);
    assertThat(poll.body()).isEqualTo("after 35 s");
  }

  @Test
  void cutsTheStreamsOfANodeMarkedDownSoThatClientsReconnectElsewhere(@TempDir Path dir)
      throws Exception {
    Node a = node("A", true);
    Node b = node("B", true);
    haproxy = LocalHaproxy.start(List.of(a.address(), b.address()), dir);
    awaitStates(Map.of("node1", "UP", "node2", "UP"));
    b.healthy.set(false);
    awaitStates(Map.of("node1", "UP", "node2", "DOWN"));
    try (BufferedReader events = openEvents()) { // on A, the only healthy node
      assertThat(events.readLine()).isEqualTo("data: first");
      b.healthy.set(true);
      a.healthy.set(false); // A now fails its checks while its stream is open
      long start = System.nanoTime();
      assertThat(readUntilSecondEvent(events))
          .as("the stream of the node marked down ends")
          .isNull();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
    awaitStates(Map.of("node1", "DOWN", "node2", "UP"));
    assertThat(get("/who")).isEqualTo("B");
  }

  /** The second event, or null when the stream ended first (closed or cut). */
  private static String readUntilSecondEvent(BufferedReader events) {
    try {
      String line;
      do {
        line = events.readLine();
      } while (line != null && !line.startsWith("data: second"));
      return line;
    } catch (IOException e) {
      return null; // the client sees a cut stream as an error: ended all the same
    }
  }

  private BufferedReader openEvents() throws IOException, InterruptedException {
    HttpResponse<java.io.InputStream> r =
        http.send(
            HttpRequest.newBuilder(haproxy.uri().resolve("/events")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    return new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(haproxy.uri().resolve(path))
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("status of " + path).isEqualTo(200);
    return r.body();
  }

  private void awaitStates(Map<String, String> wanted) {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Map<String, String> seen = Map.of();
    while (System.nanoTime() < end) {
      seen = haproxy.nodeStates();
      if (seen.equals(wanted)) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertThat(seen).as("node states seen by HAProxy's health checks").isEqualTo(wanted);
  }

  private Node node(String name, boolean healthy) throws IOException {
    Node n = new Node(name, healthy);
    nodes.add(n);
    return n;
  }

  /** A stand-in for an orchestrator node. */
  private static final class Node {
    final HttpServer server;
    final AtomicBoolean healthy;
    final CountDownLatch release = new CountDownLatch(1);

    Node(String name, boolean healthy) throws IOException {
      this.healthy = new AtomicBoolean(healthy);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext(
          "/actuator/health", x -> answer(x, this.healthy.get() ? 200 : 503, "{}"));
      server.createContext("/who", x -> answer(x, 200, name));
      server.createContext(
          "/forwarded-for",
          x -> answer(x, 200, String.valueOf(x.getRequestHeaders().get("X-Forwarded-For"))));
      server.createContext("/events", this::events);
      server.createContext(
          "/poll",
          x -> {
            pause(Duration.ofSeconds(35));
            answer(x, 200, "after 35 s");
          });
      server.start();
    }

    String address() {
      return "127.0.0.1:" + server.getAddress().getPort();
    }

    private void events(HttpExchange x) throws IOException {
      x.getResponseHeaders().set("Content-Type", "text/event-stream");
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        out.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        // the balancer closed the stream: what the hung-node test expects
      }
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    }

    private static void pause(Duration d) {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
