package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.FailureKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The audit log: what is recorded, searching, the CSV export, and that the database refuses to
 * change it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class AuditIT {

  @Parameter TestDb db;

  @Test
  void everyChangeIsRecordedWithWhoWhatWhenAndWhereAndCanBeSearched() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.person("audit-admin", "ADMINISTRATOR");
    AdminApi supervisor = o.person("audit-boss", "SUPERVISOR");
    admin.post("/api/v1/queues", Map.of("name", "audit-q")).expect(201);
    admin.post("/api/v1/credentials", Map.of("name", "audit-cred")).expect(201);
    admin
        .put(
            "/api/v1/credentials/audit-cred/value",
            Map.of("username", "u", "secret", "audit-secret-1"))
        .expect(204);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow("audit-flow", 1, "audit-q", "audit-cred", 1)))
        .expect(201);
    long scheduleId =
        admin
            .post(
                "/api/v1/schedules",
                Map.of("name", "audit-nightly", "flow", "audit-flow", "cron", "0 0 2 * * ?"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    long itemId =
        admin
            .post("/api/v1/queues/audit-q/items", Map.of("reference", "A-1"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    long jobId =
        admin
            .post("/api/v1/jobs", Map.of("flow", "audit-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(o, "audit-robot");
    robot.take(jobId);
    robot.client().checkoutCredential(jobId, "audit-cred");
    long claimed = robot.client().claimItem("audit-q", jobId, null).orElseThrow().id();
    robot.client().failItem(claimed, FailureKind.BUSINESS, "名称不一致");
    supervisor.post("/api/v1/items/" + itemId + "/retry", "").expect(200);
    supervisor.post("/api/v1/jobs/" + jobId + "/stop", "").expect(200);
    admin.put("/api/v1/users/audit-boss", Map.of("displayName", "主管")).expect(200);
    admin
        .post(
            "/api/v1/groups",
            Map.of("name", "audit-group", "displayName", "=HYPERLINK(\"http://x\")"))
        .expect(201);

    JsonNode mine = supervisor.get("/api/v1/audit?actor=audit-admin").expect(200).json();
    assertThat(mine.findValuesAsString("action"))
        .contains(
            "queue.create",
            "credential.create",
            "credential.value.set",
            "flow.publish",
            "schedule.create",
            "queue.items.add",
            "job.start",
            "user.update");
    assertThat(mine.get(0).get("remoteAddress").asString()).isEqualTo("127.0.0.1");
    assertThat(mine.get(0).get("actorKind").asString()).isEqualTo("USER");
    JsonNode checkouts =
        supervisor
            .get("/api/v1/audit?action=credential.checkout&target=credential:audit-cred")
            .json();
    assertThat(checkouts.get(0).get("actor").asString()).isEqualTo("robot:audit-robot");
    assertThat(checkouts.get(0).get("detail").asString()).contains("job " + jobId);
    assertThat(
            supervisor
                .get("/api/v1/audit?actor=audit-boss&action=item.")
                .json()
                .findValuesAsString("action"))
        .containsExactly("item.retry");
    assertThat(
            supervisor.get("/api/v1/audit?target=job:" + jobId).json().findValuesAsString("action"))
        .containsExactly("job.stop", "job.start");
    assertThat(supervisor.get("/api/v1/audit?q=NIGHTLY").json().findValuesAsString("action"))
        .contains("schedule.create");
    assertThat(supervisor.get("/api/v1/audit?from=2999-01-01T00:00:00Z").json().size()).isZero();
    assertThat(supervisor.get("/api/v1/audit?q=audit-secret").json().size())
        .as("never the secret")
        .isZero();
    assertThat(supervisor.get("/api/v1/audit?page=-1").expect(400).json().get("detail").asString())
        .contains("page");
    assertThat(supervisor.get("/api/v1/audit?outcome=MAYBE").status()).isEqualTo(400);

    AdminApi.Response csv =
        supervisor.get("/api/v1/audit/export?action=group.create&actor=audit-admin");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("\uFEFFid,at,actor,actor_kind,action,target,outcome,detail,remote_addr")
        .contains("audit-admin")
        .contains("group:audit-group")
        .as("a cell that would run as a spreadsheet formula is quoted")
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK")
        .doesNotContain(",\"=HYPERLINK");
    assertThat(
            supervisor
                .get("/api/v1/audit?action=user.create&target=user:admin")
                .json()
                .get(0)
                .get("detail")
                .asString())
        .isEqualTo("first administrator, password from WORKFORCE_ADMIN_PASSWORD");
    o.browser().login(TestOrchestrator.ADMIN, TestOrchestrator.ADMIN_PASSWORD).expect(200);
    assertThat(o.browser().get("/api/v1/audit").status()).isEqualTo(401);
    admin
        .delete("/api/v1/schedules/" + scheduleId)
        .expect(204); // it must not fire while other classes share this
    assertThat(o.person("audit-clerk", "CLERK").get("/api/v1/audit").status()).isEqualTo(403);
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAuditRows() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    admin.post("/api/v1/queues", Map.of("name", "append-q")).expect(201);
    admin.post("/api/v1/credentials", Map.of("name", "append-cred")).expect(201);
    admin
        .put("/api/v1/credentials/append-cred/value", Map.of("username", "u", "secret", "s"))
        .expect(204);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow("append-flow", 1, "append-q", "append-cred", 1)))
        .expect(201);
    long jobId =
        admin
            .post("/api/v1/jobs", Map.of("flow", "append-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(o, "append-robot");
    robot.take(jobId);
    robot.client().checkoutCredential(jobId, "append-cred");
    robot.client().updateJob(jobId, io.workforce.protocol.JobUpdate.succeeded(Map.of()));

    for (String change :
        List.of(
            "UPDATE audit_event SET detail = 'rewritten'",
            "DELETE FROM audit_event",
            "UPDATE credential_checkout SET reason = 'x'",
            "DELETE FROM credential_checkout",
            "UPDATE job_history SET reason = 'x'",
            "DELETE FROM job_history")) {
      String table = change.replaceAll("^(UPDATE|DELETE FROM) (\\w+).*", "$2");
      assertThat(o.jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
          .as(table)
          .isPositive();
      assertThatThrownBy(() -> o.jdbc().sql(change).update())
          .as(change)
          .rootCause()
          .hasMessageContaining("append-only");
    }
    assertThat(
            o.jdbc()
                .sql("SELECT COUNT(*) FROM audit_event WHERE detail = 'rewritten'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
