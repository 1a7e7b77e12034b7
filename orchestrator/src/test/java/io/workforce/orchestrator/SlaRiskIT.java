package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.QueueItem;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The supervisor's SLA-risk card has a list behind it: every unfinished item past its queue's SLA
 * or near its own deadline, with its queue, when it is due, when it is expected to finish at the
 * queue's pace and the robot working it; the queue's item list filters to the same items.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class SlaRiskIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator = TestOrchestrator.start(db, Map.of("workforce.robots.sweep-interval", "1h"));
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/credentials", Map.of("name", "registry-clerk")).expect(201);
    admin
        .put(
            "/api/v1/credentials/registry-clerk/value", Map.of("username", "robot", "secret", "pw"))
        .expect(204);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  /** Whole seconds, as the database keeps them (microseconds at most). */
  @BeforeEach
  void wholeSeconds() {
    orchestrator.clock().set(orchestrator.clock().instant().truncatedTo(ChronoUnit.SECONDS));
  }

  static void add(String queue, String reference, Instant deadline) {
    Map<String, Object> item = new HashMap<>(Map.of("reference", reference, "payload", Map.of()));
    if (deadline != null) {
      item.put("deadline", deadline.toString());
    }
    orchestrator.admin().post("/api/v1/queues/" + queue + "/items", item).expect(201);
  }

  @Test
  void theCardsNumberHasAListWithDeadlineExpectedFinishAndRobot() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/queues", Map.of("name", "intake", "slaMinutes", 60)).expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow("work-intake", 1, "intake", "registry-clerk", 1)))
        .expect(201);
    // two items wait longer than the queue's 60-minute SLA ...
    add("intake", "old-1", null);
    add("intake", "old-2", null);
    orchestrator.clock().advance(Duration.ofMinutes(61));
    Instant now = orchestrator.clock().instant();
    // ... one is due within the 15-minute risk window, two are fine
    add("intake", "due-soon", now.plus(Duration.ofMinutes(10)));
    add("intake", "fresh", null);
    add("intake", "due-later", now.plus(Duration.ofDays(2)));

    // a robot ends the two items with a deadline (claimed first): the pace is two an hour
    SimRobot robot = SimRobot.enrol(orchestrator, "robot-sla");
    long job =
        admin
            .post("/api/v1/jobs", Map.of("flow", "work-intake"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    robot.take(job);
    QueueItem first = robot.client().claimItem("intake", job, null).orElseThrow();
    assertThat(first.reference()).isEqualTo("due-soon");
    robot.client().completeItem(first.id(), Map.of());
    QueueItem working = robot.client().claimItem("intake", job, null).orElseThrow();
    assertThat(working.reference()).isEqualTo("due-later");
    robot.client().completeItem(working.id(), Map.of());
    // and keeps working a new one due soon
    add("intake", "due-soon-2", now.plus(Duration.ofMinutes(10)));
    QueueItem held = robot.client().claimItem("intake", job, null).orElseThrow();
    assertThat(held.reference()).isEqualTo("due-soon-2");

    JsonNode overview = admin.get("/api/v1/overview").expect(200).json();
    JsonNode risk = admin.get("/api/v1/overview/sla-risk").expect(200).json();
    List<JsonNode> items = StreamSupport.stream(risk.get("items").spliterator(), false).toList();
    assertThat(items)
        .extracting(i -> i.get("reference").asString())
        .as("due first; the fresh item and done ones are not at risk")
        .containsExactly("old-1", "old-2", "due-soon-2");
    assertThat(risk.get("itemCount").asLong())
        .isEqualTo(overview.get("slaRisk").get("items").asLong())
        .isEqualTo(3);

    JsonNode held2 = items.get(2);
    assertThat(held2.get("queue").asString()).isEqualTo("intake");
    assertThat(Instant.parse(held2.get("due").asString()))
        .isEqualTo(now.plus(Duration.ofMinutes(10)));
    assertThat(held2.get("robot").asString()).isEqualTo("robot-sla");
    assertThat(held2.get("status").asString()).isEqualTo("IN_PROGRESS");
    // two items ended in the last hour: each place in line is half an hour; in progress comes first
    assertThat(Instant.parse(held2.get("expectedFinish").asString()))
        .isEqualTo(now.plus(Duration.ofMinutes(30)));
    JsonNode old1 = items.get(0);
    assertThat(Instant.parse(old1.get("due").asString()))
        .isEqualTo(now.minus(Duration.ofMinutes(1)));
    assertThat(old1.get("robot").isNull()).isTrue();
    // the line: due-soon-2 (in progress), old-1, old-2, fresh
    assertThat(Instant.parse(old1.get("expectedFinish").asString()))
        .isEqualTo(now.plus(Duration.ofMinutes(60)));
    assertThat(Instant.parse(items.get(1).get("expectedFinish").asString()))
        .isEqualTo(now.plus(Duration.ofMinutes(90)));

    // the queue page's at-risk filter lists the same items
    JsonNode filtered = admin.get("/api/v1/queues/intake/items?atRisk=true").expect(200).json();
    assertThat(
            StreamSupport.stream(filtered.spliterator(), false)
                .map(i -> i.get("reference").asString()))
        .containsExactlyInAnyOrder("old-1", "old-2", "due-soon-2");
    assertThat(admin.get("/api/v1/queues/intake/items").expect(200).json().size()).isEqualTo(6);

    robot.client().completeItem(held.id(), Map.of());
    robot.client().updateJob(job, JobUpdate.succeeded(Map.of()));
    assertThat(admin.get("/api/v1/overview/sla-risk").expect(200).json().get("items").size())
        .isEqualTo(2);
  }

  @Test
  void aRunPastItsDeadlineIsListedWithItsFlow() {
    AdminApi admin = orchestrator.admin();
    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("late-report", 1)))
        .expect(201);
    Instant deadline = orchestrator.clock().instant().plus(Duration.ofMinutes(5));
    long job =
        admin
            .post("/api/v1/jobs", Map.of("flow", "late-report", "deadline", deadline.toString()))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    JsonNode jobs = admin.get("/api/v1/overview/sla-risk").expect(200).json().get("jobs");
    JsonNode mine =
        StreamSupport.stream(jobs.spliterator(), false)
            .filter(j -> j.get("id").asLong() == job)
            .findFirst()
            .orElseThrow();
    assertThat(mine.get("flow").asString()).isEqualTo("late-report");
    assertThat(Instant.parse(mine.get("deadline").asString())).isEqualTo(deadline);
    assertThat(mine.get("state").asString()).isEqualTo("PENDING");
    admin.post("/api/v1/jobs/" + job + "/stop", Map.of()).expect(200);
  }
}
