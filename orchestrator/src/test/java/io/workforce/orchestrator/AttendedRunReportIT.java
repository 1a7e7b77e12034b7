package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
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
 * Issue 21, item 3: a clerk's attended run (the desktop assistant) is a run of the orchestrator:
 * flow version, who, items with outcomes and outputs, times, marked attended, without a robot; it
 * counts in the overview's items and time saved. Only the clerk who started it reports for it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class AttendedRunReportIT {

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
  void anAttendedRunIsKeptAsARunWithItsItemsAndCountsInTimeSaved() {
    String suffix = db.name().toLowerCase(Locale.ROOT);
    String flow = "desk-report-" + suffix;
    String credential = "desk-cred-" + suffix;
    AdminApi admin = orchestrator.admin();
    AdminApi clerk = orchestrator.person("desk-wang-" + suffix, "CLERK");
    AdminApi other = orchestrator.person("desk-zhao-" + suffix, "CLERK");
    admin.post("/api/v1/credentials", Map.of("name", credential, "kind", "PERSONAL")).expect(201);
    admin
        .post("/api/v1/flows", Map.of("source", AttendedRunIT.desktopFlow(flow, credential)))
        .expect(201);
    admin
        .put(
            "/api/v1/flows/" + flow + "/shares",
            List.of(Map.of("user", "desk-wang-" + suffix), Map.of("user", "desk-zhao-" + suffix)))
        .expect(200);
    clerk
        .put(
            "/api/v1/me/credentials/" + credential,
            Map.of("username", "wang01", "secret", "wang-pw-7"))
        .expect(204);
    double before = minutesSaved(admin);

    long job =
        clerk
            .post("/api/v1/me/flows/" + flow + "/attended-run", "")
            .expect(200)
            .json()
            .get("jobId")
            .asLong();
    JsonNode running = clerk.get("/api/v1/jobs/" + job).expect(200).json();
    assertThat(running.get("state").asString()).isEqualTo("RUNNING");
    assertThat(running.get("attended").asBoolean()).isTrue();
    assertThat(running.get("robotId").isNull()).isTrue();
    assertThat(running.get("startedBy").asString()).isEqualTo("desk-wang-" + suffix);

    List<Map<String, Object>> items =
        List.of(
            Map.of(
                "reference",
                "form",
                "outcome",
                "SUCCESSFUL",
                "index",
                1,
                "inputs",
                Map.of("code", "A-1"),
                "outputs",
                Map.of("receipt", "R-77")),
            Map.of(
                "reference", "form-2",
                "outcome", "UNCHANGED",
                "reason", "已受理",
                "index", 2,
                "inputs", Map.of("code", "A-2")));
    assertThat(other.post("/api/v1/me/runs/" + job + "/items", items).status())
        .as("another clerk cannot report for it")
        .isEqualTo(404);
    assertThat(admin.post("/api/v1/me/runs/" + job + "/items", items).status())
        .as("nor an administrator: only who ran it")
        .isEqualTo(404);
    clerk.post("/api/v1/me/runs/" + job + "/items", items).expect(204);
    clerk.post("/api/v1/me/runs/" + job + "/end", Map.of("state", "RUNNING")).expect(400);
    clerk
        .post(
            "/api/v1/me/runs/" + job + "/end",
            Map.of("state", "SUCCEEDED", "result", Map.of("total", 2)))
        .expect(204);

    JsonNode ended = clerk.get("/api/v1/jobs/" + job).expect(200).json();
    assertThat(ended.get("state").asString()).isEqualTo("SUCCEEDED");
    assertThat(ended.get("flowVersion").asInt()).isEqualTo(1);
    assertThat(ended.get("finishedAt").isNull()).isFalse();
    JsonNode kept = clerk.get("/api/v1/jobs/" + job + "/items").expect(200).json();
    assertThat(kept.size()).isEqualTo(2);
    assertThat(kept.get(0).get("output").get("receipt").asString()).isEqualTo("R-77");
    assertThat(kept.get(1).get("outcome").asString()).isEqualTo("UNCHANGED");
    assertThat(other.get("/api/v1/jobs/" + job).status()).isEqualTo(404);
    // one item did its work: the flow's 4 manual minutes; the unchanged one saved none
    assertThat(minutesSaved(admin) - before).isEqualTo(4.0);
    assertThat(admin.get("/api/v1/overview").expect(200).json().get("items").get("total").asLong())
        .isGreaterThanOrEqualTo(2);
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
