package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.schedule.ScheduleStarter;
import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Nobody runs as someone else: a job runs for the person who started it and a schedule's jobs for
 * the person who created the schedule, so a personal credential reaches a robot only for its
 * owner's own job or schedule. An administrator who names a clerk ({@code startedBy}, {@code
 * runAs}) is refused and the clerk's canary password never reaches the administrator's robot (issue
 * 22 item 2c, issue 25 item 2). A clerk's own queue trigger runs for her; she alone (and
 * administrators) manage it; it stops when she is disabled.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class WhoActsForWhomIT {

  @Parameter TestDb db;
  static TestOrchestrator o;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    // queue triggers only when the test asks, so that every start is the test's
    o = TestOrchestrator.start(db, Map.of("workforce.queues.queue-trigger-interval", "1h"));
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    o.close();
  }

  /** A queue, a flow reading it with a personal credential, shared with these clerks. */
  static void personalQueueFlow(String flow, String queue, String credential, String... clerks) {
    AdminApi admin = o.admin();
    admin.post("/api/v1/queues", Map.of("name", queue)).expect(201);
    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.queueFlow(flow, 1, queue, credential, 2)))
        .expect(201);
    admin
        .put(
            "/api/v1/flows/" + flow + "/shares",
            List.of(clerks).stream().map(c -> Map.of("user", c)).toList())
        .expect(200);
  }

  static long jobs(String flow) {
    return o.jdbc()
        .sql("SELECT COUNT(*) FROM job WHERE flow_name = ?")
        .param(flow)
        .query(Long.class)
        .single();
  }

  @Test
  void nobodyStartsAJobOrAScheduleForSomeoneElseAndAClerksPasswordNeverReachesAnAdminsRobot() {
    AdminApi admin = o.admin();
    String canary = "CANARY-wu-" + System.nanoTime();
    admin.post("/api/v1/credentials", Map.of("name", "wu-account", "kind", "PERSONAL")).expect(201);
    AdminApi wu = o.person("wu", "CLERK");
    AdminApi zheng = o.person("zheng", "CLERK");
    wu.put("/api/v1/me/credentials/wu-account", Map.of("username", "wu01", "secret", canary))
        .expect(204);
    admin
        .put(
            "/api/v1/me/credentials/wu-account",
            Map.of("username", "admin01", "secret", "admin-own"))
        .expect(204);
    personalQueueFlow("wu-flow", "wu-q", "wu-account", "wu", "zheng");
    admin.post("/api/v1/queues/wu-q/items", Map.of("reference", "A-1")).expect(201);

    for (AdminApi someoneElse : List.of(admin, zheng)) {
      JsonNode refused =
          someoneElse
              .post("/api/v1/jobs", Map.of("flow", "wu-flow", "startedBy", "wu"))
              .expect(400)
              .json();
      assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("startedBy");
      assertThat(refused.get("detail").asString()).contains("wu");
    }
    assertThat(jobs("wu-flow")).as("no job was created for wu by someone else").isZero();
    JsonNode refusedSchedule =
        admin
            .post(
                "/api/v1/schedules",
                Map.of("name", "as-wu", "flow", "wu-flow", "cron", "0 0 3 * * ?", "runAs", "wu"))
            .expect(400)
            .json();
    assertThat(refusedSchedule.get("errors").get(0).get("field").asString()).isEqualTo("runAs");
    assertThat(admin.get("/api/v1/schedules").expect(200).json().findValuesAsString("name"))
        .doesNotContain("as-wu");

    // what the administrator may do: a schedule of their own, which runs for them
    JsonNode own =
        admin
            .post(
                "/api/v1/schedules",
                Map.of(
                    "name",
                    "admins-own",
                    "flow",
                    "wu-flow",
                    "cron",
                    "0 0 3 * * ?",
                    "pool",
                    "admins-pool"))
            .expect(201)
            .json();
    assertThat(own.get("createdBy").asString()).isEqualTo(TestOrchestrator.ADMIN);
    long jobId =
        o.bean(ScheduleStarter.class)
            .fire(own.get("id").asLong(), o.clock().instant())
            .orElseThrow();
    JsonNode job = admin.get("/api/v1/jobs/" + jobId).expect(200).json();
    assertThat(job.get("startedBy").asString()).isEqualTo(TestOrchestrator.ADMIN);
    assertThat(job.get("startedVia").asString()).isEqualTo("schedule");
    assertThat(job.get("scheduleName").asString()).isEqualTo("admins-own");
    assertThat(job.get("history").get(0).get("reason").asString())
        .isEqualTo("schedule admins-own of " + TestOrchestrator.ADMIN);

    SimRobot robot = SimRobot.enrol(o, "admins-robot", "admins-pool", List.of());
    WorkAssignment work = robot.take(jobId);
    assertThat(work.startedBy()).isEqualTo(TestOrchestrator.ADMIN);
    assertThat(robot.client().checkoutCredential(jobId, "wu-account").secret())
        .as("the administrator's own value, never wu's")
        .isEqualTo("admin-own");
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
    JsonNode checkouts = admin.get("/api/v1/credentials/wu-account/checkouts").expect(200).json();
    assertThat(checkouts.findValuesAsString("owner")).containsOnly(TestOrchestrator.ADMIN);
    assertThat(admin.seenBodies()).noneMatch(b -> b.contains(canary));

    // wu herself may name herself
    long hers =
        wu.post("/api/v1/jobs", Map.of("flow", "wu-flow", "startedBy", "wu"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    assertThat(admin.get("/api/v1/jobs/" + hers).json().get("startedVia").asString())
        .isEqualTo("manual");
    wu.post("/api/v1/jobs/" + hers + "/stop", "").expect(200);
  }

  @Test
  void aClerksOwnQueueTriggerRunsForHerAloneAndStopsWhenSheIsDisabled() {
    AdminApi admin = o.admin();
    admin
        .post("/api/v1/credentials", Map.of("name", "qian-account", "kind", "PERSONAL"))
        .expect(201);
    AdminApi qian = o.person("qian", "CLERK");
    AdminApi sun = o.person("sun", "CLERK");
    AdminApi boss = o.person("boss-qian", "SUPERVISOR");
    qian.put("/api/v1/me/credentials/qian-account", Map.of("username", "qian01", "secret", "q-pw"))
        .expect(204);
    personalQueueFlow("qian-flow", "qian-q", "qian-account", "qian", "sun");
    admin.post("/api/v1/queues", Map.of("name", "other-q")).expect(201);

    Map<String, Object> trigger =
        Map.of("name", "qian-sync", "kind", "QUEUE", "flow", "qian-flow", "queue", "qian-q");
    assertThat(
            qian.post("/api/v1/schedules", with(trigger, "runAs", "sun"))
                .expect(400)
                .json()
                .get("errors")
                .get(0)
                .get("field")
                .asString())
        .isEqualTo("runAs");
    qian.post("/api/v1/schedules", with(trigger, "priority", 9)).expect(403);
    qian.post("/api/v1/schedules", with(trigger, "queue", "other-q")).expect(403);
    JsonNode created = qian.post("/api/v1/schedules", trigger).expect(201).json();
    long id = created.get("id").asLong();
    assertThat(created.get("createdBy").asString()).isEqualTo("qian");

    assertThat(qian.get("/api/v1/schedules").json().findValuesAsString("name"))
        .containsExactly("qian-sync");
    assertThat(sun.get("/api/v1/schedules").json().findValuesAsString("name"))
        .doesNotContain("qian-sync");
    sun.get("/api/v1/schedules/" + id).expect(404);
    sun.post("/api/v1/schedules/" + id + "/pause", "").expect(404);
    sun.delete("/api/v1/schedules/" + id).expect(404);
    assertThat(boss.get("/api/v1/schedules").json().findValuesAsString("name"))
        .contains("qian-sync");
    boss.post("/api/v1/schedules/" + id + "/pause", "").expect(403);
    qian.post("/api/v1/schedules/" + id + "/pause", "").expect(200);
    admin.post("/api/v1/schedules/" + id + "/resume", "").expect(200);

    admin.post("/api/v1/queues/qian-q/items", Map.of("reference", "Q-1")).expect(201);
    o.bean(ScheduleStarter.class).queueTriggers();
    JsonNode job = admin.get("/api/v1/jobs?flow=qian-flow").expect(200).json().get(0);
    long jobId = job.get("id").asLong();
    assertThat(job.get("startedBy").asString()).isEqualTo("qian");
    assertThat(job.get("startedVia").asString()).isEqualTo("queue-trigger");
    assertThat(job.get("scheduleName").asString()).isEqualTo("qian-sync");
    assertThat(qian.get("/api/v1/jobs/" + jobId).expect(200).json().get("startedBy").asString())
        .as("the clerk sees the runs of her own trigger")
        .isEqualTo("qian");
    SimRobot robot = SimRobot.enrol(o, "qian-robot");
    robot.take(jobId);
    assertThat(robot.client().checkoutCredential(jobId, "qian-account").secret())
        .as("her own trigger: her own value")
        .isEqualTo("q-pw");
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));

    admin.put("/api/v1/users/qian", Map.of("enabled", false)).expect(200);
    o.bean(ScheduleStarter.class).queueTriggers();
    assertThat(jobs("qian-flow")).as("a disabled clerk's trigger starts nothing").isEqualTo(1);
    admin.delete("/api/v1/schedules/" + id).expect(204);
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> m = new java.util.HashMap<>(base);
    m.put(key, value);
    return m;
  }
}
