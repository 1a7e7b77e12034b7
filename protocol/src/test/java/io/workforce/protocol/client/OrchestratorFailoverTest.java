package io.workforce.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.workforce.protocol.Heartbeat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a robot given several orchestrator nodes moves to another when the one it talks to is
 * gone: within the same call when the connection is refused (the request never reached a node),
 * else with the caller's retry.
 */
class OrchestratorFailoverTest {

  @Test
  void aRefusedConnectionMovesTheCallToTheNextNodeAndBackWhenThatOneIsGone() throws Exception {
    int first = freePort();
    AtomicInteger calls = new AtomicInteger();
    HttpServer second = node(0, calls);
    URI a = URI.create("http://127.0.0.1:" + first);
    URI b = URI.create("http://127.0.0.1:" + second.getAddress().getPort());
    HttpServer again = null;
    try (OrchestratorClient client =
        OrchestratorClient.connect(List.of(a, b), "wfr_x", Duration.ofSeconds(5))) {
      assertThat(client.heartbeat(Heartbeat.idle()).stopJobIds()).isEmpty();
      assertThat(client.address()).as("moved on from the node that refused").isEqualTo(b);
      assertThat(calls).hasValue(1);

      second.stop(0);
      again = node(first, calls);
      try {
        client.heartbeat(Heartbeat.idle());
      } catch (OrchestratorUnreachableException e) {
        // a kept-alive connection to the stopped node was cut: the caller's retry (a robot's
        // Retrying) goes to the next node
        client.heartbeat(Heartbeat.idle());
      }
      assertThat(client.address()).as("back to the first node, which is there again").isEqualTo(a);
      assertThat(calls).hasValue(2);

      again.stop(0);
      again = null;
      assertThatThrownBy(() -> client.heartbeat(Heartbeat.idle()))
          .as("no node answers: reported as unreachable, for the caller to retry")
          .isInstanceOf(OrchestratorUnreachableException.class);
    } finally {
      if (again != null) {
        again.stop(0);
      }
      second.stop(0);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A node answering every heartbeat. */
  private static HttpServer node(int port, AtomicInteger calls) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/api/v1/robot/heartbeat",
        exchange -> {
          calls.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          byte[] reply =
              "{\"serverTime\":\"2026-12-07T13:01:46Z\",\"stopJobIds\":[]}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
    return server;
  }
}
