package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.workforce.orchestrator.schedule.ScheduleStarter;
import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.ItemOutcome;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class SchedulingIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator =
        TestOrchestrator.start(db, Map.of("workforce.queues.queue-trigger-interval", "1h"));
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  static long jobsOf(long scheduleId) {
    return orchestrator
        .jdbc()
        .sql("SELECT COUNT(*) FROM job WHERE schedule_id = ?")
        .param(scheduleId)
        .query(Long.class)
        .single();
  }

  @Test
  void aCronScheduleFiresInItsZoneAndTheOverlapRuleSkipsWhileItsJobIsUnfinished() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("nightly", 1))).expect(201);
    JsonNode s =
        admin
            .post(
                "/api/v1/schedules",
                Map.of(
                    "name",
                    "every-second",
                    "flow",
                    "nightly",
                    "cron",
                    "* * * * * ?",
                    "overlap",
                    "SKIP"))
            .expect(201)
            .json();
    long id = s.get("id").asLong();
    assertThat(s.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
    assertThat(s.get("nextFireTime").isNull()).isFalse();

    await().atMost(Duration.ofSeconds(20)).until(() -> jobsOf(id) >= 1);
    JsonNode job = admin.get("/api/v1/jobs?flow=nightly").json().get(0);
    assertThat(job.get("scheduleId").asLong()).isEqualTo(id);
    // no robot takes the job, so later firings find it unfinished and skip
    await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> true);
    assertThat(jobsOf(id)).isEqualTo(1);

    assertThat(
            admin
                .post("/api/v1/schedules/" + id + "/pause", "")
                .expect(200)
                .json()
                .get("paused")
                .asBoolean())
        .isTrue();
    admin.post("/api/v1/jobs/" + job.get("id").asLong() + "/stop", "").expect(200);
    await().pollDelay(Duration.ofMillis(2000)).atMost(Duration.ofSeconds(5)).until(() -> true);
    assertThat(jobsOf(id)).as("paused: no new job").isEqualTo(1);
  }

  /**
   * Issue 15: when a node (re)joined a cluster, Quartz handed one slot of a cron schedule to two
   * nodes. The database starts at most one job per (schedule, fire time), whatever fires it.
   */
  @Test
  void oneSlotOfACronScheduleStartsOneJobEvenWhenFiredTwice() throws Exception {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("twice", 1))).expect(201);
    long id =
        admin
            .post(
                "/api/v1/schedules",
                Map.of(
                    "name",
                    "yearly-twice",
                    "flow",
                    "twice",
                    "cron",
                    "0 0 3 1 1 ?",
                    "overlap",
                    "QUEUE"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    Instant slot = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ScheduleStarter starter = orchestrator.bean(ScheduleStarter.class);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Optional<Long>>> both =
          nodes.invokeAll(List.of(() -> starter.fire(id, slot), () -> starter.fire(id, slot)));
      for (Future<Optional<Long>> f : both) {
        f.get();
      }
    } finally {
      nodes.shutdown();
    }
    assertThat(starter.fire(id, slot)).as("fired a third time, later").isEmpty();
    assertThat(jobsOf(id)).as("one job for the slot").isEqualTo(1);
    assertThat(starter.fire(id, slot.plusSeconds(10))).as("the next slot").isPresent();
    assertThat(jobsOf(id)).isEqualTo(2);
    admin.delete("/api/v1/schedules/" + id).expect(204);
  }

  /**
   * Issue 15: a cron schedule created at 13:01:46 was given the next fire time 13:01:45 and fired
   * at once (Quartz cuts the start time down to the second and looks for a slot from one second
   * before it). Its first firing is never before it was created: with a slot every second, the slot
   * of the creation's own second is already past.
   */
  @Test
  void aNewCronScheduleFirstFiresAfterItWasCreated() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("fresh", 1))).expect(201);
    for (int i = 0; i < 3; i++) {
      JsonNode s =
          admin
              .post(
                  "/api/v1/schedules",
                  Map.of("name", "fresh-" + i, "flow", "fresh", "cron", "* * * * * ?"))
              .expect(201)
              .json();
      Instant next = Instant.parse(s.get("nextFireTime").asString());
      Instant created =
          orchestrator
              .jdbc()
              .sql("SELECT created_at FROM schedule WHERE id = ?")
              .param(s.get("id").asLong())
              .query((rs, n) -> rs.getTimestamp(1).toInstant())
              .single();
      assertThat(next)
          .as("first fire time of a schedule created at " + created)
          .isAfterOrEqualTo(created);
      admin.delete("/api/v1/schedules/" + s.get("id").asLong()).expect(204);
    }
  }

  @Test
  void aScheduleWithABadCronOrUnknownCalendarIsRefused() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("refused", 1))).expect(201);
    assertThat(
            admin
                .post(
                    "/api/v1/schedules",
                    Map.of("name", "bad", "flow", "refused", "cron", "0 0 25 * * ?"))
                .expect(400)
                .json()
                .get("detail")
                .asString())
        .contains("cron");
    assertThat(
            admin
                .post(
                    "/api/v1/schedules",
                    Map.of(
                        "name",
                        "bad2",
                        "flow",
                        "refused",
                        "cron",
                        "0 0 9 ? * *",
                        "calendar",
                        "nope"))
                .expect(400)
                .json()
                .get("detail")
                .asString())
        .contains("nope");
    admin.put("/api/v1/calendars/cn-2026", "x").expect(415);
    assertThat(
            admin
                .postRaw("/api/v1/calendars/cn-2026", "text/plain", "2026-10-01\n".getBytes())
                .problemType())
        .as("a method without a rule is nobody's")
        .isEqualTo("access-denied");
  }

  @Test
  void aQueueTriggerStartsUpToItsMaximumWhileTheQueueHasItems() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/credentials", Map.of("name", "trigger-clerk")).expect(201);
    admin
        .put("/api/v1/credentials/trigger-clerk/value", Map.of("username", "u", "secret", "s"))
        .expect(204);
    admin.post("/api/v1/queues", Map.of("name", "triggered")).expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow("drain", 1, "triggered", "trigger-clerk", 3)))
        .expect(201);
    long id =
        admin
            .post(
                "/api/v1/schedules",
                Map.of(
                    "name",
                    "drain-queue",
                    "kind",
                    "QUEUE",
                    "flow",
                    "drain",
                    "queue",
                    "triggered",
                    "maxJobs",
                    2))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    for (int i = 0; i < 5; i++) {
      admin.post("/api/v1/queues/triggered/items", Map.of("reference", "t-" + i)).expect(201);
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> jobsOf(id) == 2);
    await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> true);
    assertThat(jobsOf(id)).as("never more than maxJobs unfinished").isEqualTo(2);
  }

  /**
   * Issue 15: a QUEUE schedule watching a queue its flow does not read was accepted, then started
   * empty jobs on the flow's own queue. It is refused, naming the queue the flow reads.
   */
  @Test
  void aQueueScheduleOnAQueueItsFlowDoesNotReadIsRefusedNamingTheFlowsQueue() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/credentials", Map.of("name", "mismatch-clerk")).expect(201);
    admin.post("/api/v1/queues", Map.of("name", "read-by-flow")).expect(201);
    admin.post("/api/v1/queues", Map.of("name", "watched-other")).expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of(
                "source", TestFlows.queueFlow("mismatch", 1, "read-by-flow", "mismatch-clerk", 1)))
        .expect(201);
    AdminApi.Response refused =
        admin.post(
            "/api/v1/schedules",
            Map.of(
                "name",
                "wrong-queue",
                "kind",
                "QUEUE",
                "flow",
                "mismatch",
                "queue",
                "watched-other"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("queue").contains("read-by-flow").contains("watched-other");
    assertThat(admin.get("/api/v1/schedules").json().findValuesAsString("name"))
        .doesNotContain("wrong-queue");
    admin.post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("reads-nothing", 1)));
    assertThat(
            admin
                .post(
                    "/api/v1/schedules",
                    Map.of(
                        "name",
                        "no-queue",
                        "kind",
                        "QUEUE",
                        "flow",
                        "reads-nothing",
                        "queue",
                        "watched-other"))
                .expect(400)
                .body())
        .contains("input.queue");
  }

  @Test
  void aHighPriorityNearDeadlineJobOvertakesQueuedLowPriorityOnes() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("mixed", 1))).expect(201);
    for (int i = 0; i < 5; i++) {
      admin.post("/api/v1/jobs", Map.of("flow", "mixed", "priority", 2)).expect(201);
    }
    Instant deadline = orchestrator.clock().instant().plus(Duration.ofMinutes(20));
    long urgent =
        admin
            .post(
                "/api/v1/jobs",
                Map.of("flow", "mixed", "priority", 9, "deadline", deadline.toString()))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(orchestrator, "overtake-robot");
    WorkAssignment first = robot.client().pollWork(Duration.ofSeconds(5)).orElseThrow();
    assertThat(first.jobId()).isEqualTo(urgent);
    robot.client().updateJob(first.jobId(), JobUpdate.running());
    robot
        .client()
        .reportItems(
            first.jobId(),
            List.of(
                new ItemResult("r1", ItemOutcome.SUCCESSFUL, null, null),
                new ItemResult("r2", ItemOutcome.BUSINESS_FAILED, "名称不一致", null)));
    robot.client().updateJob(first.jobId(), JobUpdate.succeeded(Map.of()));
    assertThat(
            orchestrator
                .jdbc()
                .sql("SELECT COUNT(*) FROM job WHERE flow_name = 'mixed' AND state = 'PENDING'")
                .query(Long.class)
                .single())
        .as("the low-priority jobs still wait")
        .isEqualTo(5);

    JsonNode overview = admin.get("/api/v1/overview").expect(200).json();
    assertThat(overview.get("items").get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(overview.get("timeSaved").get("totalMinutes").asDouble())
        .isGreaterThanOrEqualTo(2.0);
    assertThat(overview.get("perHour").size()).isEqualTo(24);
    assertThat(overview.get("perDay").size()).isEqualTo(30);
    assertThat(overview.get("topFailureReasons").findValuesAsString("reason")).contains("名称不一致");
    assertThat(overview.get("robots").get("online").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(admin.get("/actuator/prometheus").expect(200).body())
        .contains("workforce_dispatch_latency");
  }
}
