package io.workforce.runtime.robot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.workforce.protocol.StepEvent;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.RobotOutbox;
import io.workforce.protocol.json.ProtocolJson;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.RunEvent;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

/**
 * Issue 15: after kill -9 of a robot, the last second of its events (held in memory until the next
 * send) never reached the orchestrator, also not after a restart. An event is on disk once {@link
 * EventUploader#accept} returns, and a robot started again sends it.
 */
class EventUploaderTest {

  private static final Instant AT = Instant.parse("2026-12-07T13:01:46Z");

  @Test
  void eventsAreOnDiskWhenAcceptReturnsAndARestartedRobotSendsThemInOrder(@TempDir Path state)
      throws Exception {
    Path spool = state.resolve("outbox");
    Path runs = state.resolve("runs");
    Files.createDirectories(runs.resolve("run-1").resolve("screenshots"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    Files.write(runs.resolve("run-1").resolve("screenshots").resolve("item-1.png"), png);
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer orchestrator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    orchestrator.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              exchange.getRequestURI().getPath()
                  + (exchange.getRequestURI().getPath().endsWith("/events")
                      ? " " + new String(body, StandardCharsets.UTF_8)
                      : ""));
          byte[] reply =
              exchange.getRequestURI().getPath().endsWith("/events")
                  ? "{\"accepted\":1,\"duplicates\":0}".getBytes(StandardCharsets.UTF_8)
                  : "{\"ref\":\"item-1.png\",\"name\":\"x.png\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try (OrchestratorClient client =
        OrchestratorClient.connect(
            URI.create("http://127.0.0.1:" + orchestrator.getAddress().getPort()), "wfr_x")) {
      // the robot that is killed: its ticker would send only in an hour
      EventUploader killed =
          new EventUploader(
              new RobotOutbox(client, spool), 42, runs, scheduler, Duration.ofHours(1));
      killed.accept(new RunEvent.RunStarted(AT, "run-1", "f", 1, "playwright", 1, 1, null));
      killed.accept(new RunEvent.ItemStarted(AT, 1, "A-1", 1));
      killed.accept(
          new RunEvent.ItemFinished(
              AT,
              1,
              "A-1",
              Map.of(),
              ItemStatus.SUCCEEDED,
              Map.of(),
              null,
              null,
              "screenshots/item-1.png",
              1,
              50));
      scheduler.shutdownNow(); // kill -9: nothing more runs in this process
      assertThat(received).as("nothing sent yet").isEmpty();

      orchestrator.start();
      RobotOutbox restarted = new RobotOutbox(client, spool);
      assertThat(restarted.flush()).isTrue();

      assertThat(received)
          .as("the run's first events together, then the screenshot before the event naming it")
          .hasSize(3);
      assertThat(received.get(1)).startsWith("/api/v1/robot/jobs/42/screenshots");
      List<Long> seqs = new ArrayList<>();
      for (String call : List.of(received.get(0), received.get(2))) {
        assertThat(call).startsWith("/api/v1/robot/jobs/42/events ");
        ProtocolJson.mapper()
            .readValue(
                call.substring(call.indexOf(' ') + 1), new TypeReference<List<StepEvent>>() {})
            .forEach(e -> seqs.add(e.seq()));
      }
      assertThat(seqs).as("every event, in order").containsExactly(1L, 2L, 3L);
      assertThat(restarted.pendingCount()).isZero();
    } finally {
      orchestrator.stop(0);
      scheduler.shutdownNow();
    }
  }
}
