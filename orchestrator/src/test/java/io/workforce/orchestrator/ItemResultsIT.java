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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21, item 1: every item's outcome and outputs reach the orchestrator, for spreadsheet or
 * form items (reported by the robot) and for queue items (completed one by one), and "done, nothing
 * changed" stays apart from "done": it is shown as such and saves no time. The robot's reports are
 * sent as raw JSON, the way a robot of any version sends them.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class ItemResultsIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator = TestOrchestrator.start(db);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  @Test
  void everyItemKeepsItsOutcomeInputsAndOutputsAndOnlyWorkDoneSavesTime() {
    AdminApi admin = orchestrator.admin();
    String suffix = db.name().toLowerCase(Locale.ROOT);
    double before = minutesSaved(admin);

    // a spreadsheet run: three rows, one entered, one already there, one with bad data
    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("rows-" + suffix, 1)))
        .expect(201);
    long rowsJob = start(admin, "rows-" + suffix);
    SimRobot robot = SimRobot.enrol(orchestrator, "items-robot-" + suffix);
    robot.take(rowsJob);
    AdminApi asRobot = orchestrator.anonymous().withToken(robot.token());
    asRobot
        .post(
            "/api/v1/robot/jobs/" + rowsJob + "/items",
            List.of(
                Map.of(
                    "reference",
                    "C-1",
                    "outcome",
                    "SUCCESSFUL",
                    "index",
                    1,
                    "key",
                    Map.of("code", "C-1"),
                    "inputs",
                    Map.of("code", "C-1", "name", "甲公司"),
                    "outputs",
                    Map.of("receipt", "RC-0001")),
                Map.of(
                    "reference",
                    "C-2",
                    "outcome",
                    "UNCHANGED",
                    "reason",
                    "已登记，无需重复录入",
                    "index",
                    2,
                    "inputs",
                    Map.of("code", "C-2", "name", "乙公司"),
                    "outputs",
                    Map.of("receipt", "RC-0000")),
                Map.of(
                    "reference", "C-3",
                    "outcome", "BUSINESS_FAILED",
                    "reason", "名称不一致",
                    "index", 3,
                    "inputs", Map.of("code", "C-3", "name", "丙公司"))))
        .expect(204);
    robot.client().updateJob(rowsJob, JobUpdate.succeeded(Map.of()));

    JsonNode rows = admin.get("/api/v1/jobs/" + rowsJob + "/items").expect(200).json();
    assertThat(rows.size()).isEqualTo(3);
    assertThat(rows.get(0).get("outcome").asString()).isEqualTo("SUCCESSFUL");
    assertThat(rows.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(rows.get(0).get("key").get("code").asString()).isEqualTo("C-1");
    assertThat(rows.get(0).get("inputs").get("name").asString()).isEqualTo("甲公司");
    assertThat(rows.get(0).get("output").get("receipt").asString()).isEqualTo("RC-0001");
    assertThat(rows.get(1).get("outcome").asString()).isEqualTo("UNCHANGED");
    assertThat(rows.get(1).get("reason").asString()).isEqualTo("已登记，无需重复录入");
    assertThat(rows.get(1).get("output").get("receipt").asString()).isEqualTo("RC-0000");
    assertThat(rows.get(2).get("outcome").asString()).isEqualTo("BUSINESS_FAILED");
    assertThat(rows.get(2).get("inputs").get("code").asString()).isEqualTo("C-3");

    // a queue run: one item done, one found nothing to do
    String queue = "items-q-" + suffix;
    admin.post("/api/v1/queues", Map.of("name", queue)).expect(201);
    admin
        .post(
            "/api/v1/queues/" + queue + "/items",
            Map.of("reference", "Q-1", "payload", Map.of("code", "Q-1")))
        .expect(201);
    admin
        .post(
            "/api/v1/queues/" + queue + "/items",
            Map.of("reference", "Q-2", "payload", Map.of("code", "Q-2")))
        .expect(201);
    admin.post("/api/v1/credentials", Map.of("name", "items-cred-" + suffix)).expect(201);
    admin
        .put(
            "/api/v1/credentials/" + "items-cred-" + suffix + "/value",
            Map.of("username", "u", "secret", "s"))
        .expect(204);
    admin
        .post(
            "/api/v1/flows",
            Map.of(
                "source",
                TestFlows.queueFlow("queued-" + suffix, 1, queue, "items-cred-" + suffix, 1)))
        .expect(201);
    long queueJob = start(admin, "queued-" + suffix);
    robot.take(queueJob);
    QueueItem first =
        robot.client().claimItem(queue, queueJob, Duration.ofMinutes(5)).orElseThrow();
    asRobot
        .post(
            "/api/v1/robot/items/" + first.id() + "/complete",
            Map.of("output", Map.of("receipt", "RQ-0001")))
        .expect(204);
    QueueItem second =
        robot.client().claimItem(queue, queueJob, Duration.ofMinutes(5)).orElseThrow();
    asRobot
        .post(
            "/api/v1/robot/items/" + second.id() + "/complete",
            Map.of(
                "output", Map.of("receipt", "RQ-0000"),
                "outcome", "UNCHANGED",
                "reason", "已办结"))
        .expect(204);
    robot.client().updateJob(queueJob, JobUpdate.succeeded(Map.of()));

    JsonNode queued = admin.get("/api/v1/jobs/" + queueJob + "/items").expect(200).json();
    assertThat(queued.size()).isEqualTo(2);
    assertThat(queued.get(0).get("outcome").asString()).isEqualTo("SUCCESSFUL");
    assertThat(queued.get(0).get("output").get("receipt").asString()).isEqualTo("RQ-0001");
    assertThat(queued.get(0).get("inputs").get("code").asString()).isEqualTo("Q-1");
    assertThat(queued.get(1).get("outcome").asString()).isEqualTo("UNCHANGED");
    assertThat(queued.get(1).get("reason").asString()).isEqualTo("已办结");
    assertThat(queued.get(1).get("output").get("receipt").asString()).isEqualTo("RQ-0000");

    // time saved: the spreadsheet's one entered row (2 min) and the queue's one done item (6 min)
    assertThat(minutesSaved(admin) - before).isEqualTo(8.0);
  }

  @Test
  void aCompletionThatIsAFailureIsRefusedNamingTheField() {
    AdminApi admin = orchestrator.admin();
    String suffix = db.name().toLowerCase(Locale.ROOT);
    String queue = "refuse-q-" + suffix;
    admin.post("/api/v1/queues", Map.of("name", queue)).expect(201);
    admin.post("/api/v1/queues/" + queue + "/items", Map.of("reference", "F-1")).expect(201);
    admin.post("/api/v1/credentials", Map.of("name", "refuse-cred-" + suffix)).expect(201);
    admin
        .put(
            "/api/v1/credentials/" + "refuse-cred-" + suffix + "/value",
            Map.of("username", "u", "secret", "s"))
        .expect(204);
    admin
        .post(
            "/api/v1/flows",
            Map.of(
                "source",
                TestFlows.queueFlow("refuse-" + suffix, 1, queue, "refuse-cred-" + suffix, 1)))
        .expect(201);
    long job = start(admin, "refuse-" + suffix);
    SimRobot robot = SimRobot.enrol(orchestrator, "refuse-robot-" + suffix);
    robot.take(job);
    QueueItem item = robot.client().claimItem(queue, job, Duration.ofMinutes(5)).orElseThrow();
    AdminApi.Response refused =
        orchestrator
            .anonymous()
            .withToken(robot.token())
            .post(
                "/api/v1/robot/items/" + item.id() + "/complete",
                Map.of("outcome", "BUSINESS_FAILED"))
            .expect(400);
    assertThat(refused.body()).contains("outcome").doesNotContain("Exception");
  }

  private static long start(AdminApi admin, String flow) {
    return admin.post("/api/v1/jobs", Map.of("flow", flow)).expect(201).json().get("id").asLong();
  }

  private static double minutesSaved(AdminApi admin) {
    return admin
        .get("/api/v1/overview")
        .expect(200)
        .json()
        .get("timeSaved")
        .get("totalMinutes")
        .asDouble();
  }
}
