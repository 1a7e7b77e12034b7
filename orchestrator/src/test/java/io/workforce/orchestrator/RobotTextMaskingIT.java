package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.DatabaseSnapshot;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.EventKind;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.ItemOutcome;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.QueueItem;
import io.workforce.protocol.StepEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Defence in depth on the orchestrator's side (issue 25, "Also"): a robot that sends a secret of
 * its job back — in events, item outputs and failures, job results, new queue items — whatever the
 * robot's own masking missed, the orchestrator masks against the secrets of that job before it
 * stores anything, so the canary and its changed copies are in no column of any table.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class RobotTextMaskingIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator =
        TestOrchestrator.start(
            db,
            Map.of(
                "logging.level.io.workforce",
                "DEBUG",
                "logging.level.org.springframework.web",
                "DEBUG"));
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  @Test
  void whatARobotSendsIsStoredWithTheSecretsOfItsJobMasked() {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(logs);
    String canary = "Mask-Canary-" + Long.toString(System.nanoTime(), 36) + "-Pw";
    List<String> copies =
        List.of(
            canary,
            canary.toUpperCase(Locale.ROOT),
            new StringBuilder(canary).reverse().toString(),
            Base64.getEncoder().encodeToString(canary.getBytes(StandardCharsets.UTF_8)),
            URLEncoder.encode("&p=" + canary, StandardCharsets.UTF_8),
            canary.substring(0, canary.length() * 2 / 3));
    String all = String.join(" | ", copies);
    AdminApi admin = orchestrator.admin();
    String queue = "mask-q-" + db.name().toLowerCase(Locale.ROOT);
    admin.post("/api/v1/credentials", Map.of("name", "mask-clerk")).expect(201);
    admin
        .put(
            "/api/v1/credentials/mask-clerk/value", Map.of("username", "clerk01", "secret", canary))
        .expect(204);
    admin.post("/api/v1/queues", Map.of("name", queue)).expect(201);
    admin.post("/api/v1/queues/" + queue + "/items", Map.of("reference", "M-1")).expect(201);
    admin.post("/api/v1/queues/" + queue + "/items", Map.of("reference", "M-2")).expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow("mask-flow", 1, queue, "mask-clerk", 1)))
        .expect(201);
    long jobId =
        admin
            .post("/api/v1/jobs", Map.of("flow", "mask-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(orchestrator, "mask-robot-" + db.name());
    robot.take(jobId);
    assertThat(robot.client().checkoutCredential(jobId, "mask-clerk").secret()).isEqualTo(canary);

    robot
        .client()
        .sendEvents(
            jobId,
            List.of(
                new StepEvent(
                    1, Instant.now(), EventKind.LOG, "steps[0].log", "INFO", all, null, null, null),
                new StepEvent(
                    2,
                    Instant.now(),
                    EventKind.STEP_END,
                    "steps[1].open",
                    "ERROR",
                    "failed: " + all,
                    5L,
                    "failed",
                    null)));
    QueueItem first = robot.client().claimItem(queue, jobId, Duration.ofMinutes(5)).orElseThrow();
    robot.client().completeItem(first.id(), Map.of("leak", all, all, List.of(all)));
    QueueItem second = robot.client().claimItem(queue, jobId, Duration.ofMinutes(5)).orElseThrow();
    robot.client().failItem(second.id(), FailureKind.BUSINESS, "bad: " + all);
    robot.client().addItem(queue, new NewItem("N-" + db.name(), null, null, Map.of("p", all)));
    robot
        .client()
        .reportItems(
            jobId, List.of(new ItemResult("R-1", ItemOutcome.BUSINESS_FAILED, all, Instant.now())));
    robot
        .client()
        .updateJob(
            jobId,
            new JobUpdate(
                io.workforce.protocol.JobState.FAILED,
                FailureKind.BUSINESS,
                "job failed: " + all,
                Map.of("leak", all)));

    String events = admin.get("/api/v1/jobs/" + jobId + "/events").expect(200).body();
    assertThat(events).contains("******");
    List<String> everyValue = DatabaseSnapshot.everyValue(orchestrator.bean(DataSource.class));
    assertThat(everyValue).as("every column of every table").hasSizeGreaterThan(50);
    for (String copy : copies) {
      assertThat(everyValue).as(copy).noneMatch(v -> v.contains(copy));
    }
    assertThat(admin.seenBodies()).noneMatch(b -> copies.stream().anyMatch(b::contains));
    root.detachAppender(logs);
    assertThat(logs.list)
        .as("the orchestrator's log at DEBUG")
        .isNotEmpty()
        .noneMatch(e -> copies.stream().anyMatch(e.getFormattedMessage()::contains));
  }
}
