package io.workforce.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.StepEvent;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobotOutboxTest {

  @Test
  void eventsWaitOnDiskWhileTheOrchestratorIsUnreachableAndKeepTheirOrder(@TempDir Path spool)
      throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    OrchestratorClient client =
        OrchestratorClient.connect(
            URI.create("http://127.0.0.1:" + port), "wfr_x", Duration.ofSeconds(2));
    RobotOutbox outbox = new RobotOutbox(client, spool);
    assertThat(outbox.sendEvents(7, List.of(StepEvent.log(1, Instant.now(), "INFO", "first"))))
        .isFalse();
    assertThat(outbox.sendScreenshot(7, "shot-1", new byte[] {1, 2, 3})).isFalse();
    assertThat(outbox.sendEvents(7, List.of(StepEvent.log(2, Instant.now(), "INFO", "second"))))
        .isFalse();
    assertThat(outbox.pendingCount()).isEqualTo(3);
    try (var files = Files.list(spool)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "000000000001-events-7.json",
              "000000000002-shot-7-shot-1.png",
              "000000000003-events-7.json");
    }
    assertThat(new RobotOutbox(client, spool).pendingCount())
        .as("survives a robot restart")
        .isEqualTo(3);
  }
}
