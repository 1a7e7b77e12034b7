package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Per-flow sharing (users and groups, fixed inputs) and clerks seeing only their own runs. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class ClerkAccessIT {

  @Parameter TestDb db;

  @Test
  void clerksStartOnlySharedFlowsWithTheirFixedInputsAndSeeOnlyTheirOwnRuns() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    admin.post("/api/v1/groups", Map.of("name", "huangpu", "displayName", "黄浦区受理窗口")).expect(201);
    admin.post("/api/v1/flows", Map.of("source", TestFlows.formFlow("apply-form", 1))).expect(201);
    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("not-shared", 1)))
        .expect(201);
    AdminApi li = o.person("li", "CLERK");
    AdminApi zhao = o.person("zhao", "CLERK");
    admin.put("/api/v1/users/zhao", Map.of("groups", List.of("huangpu"))).expect(200);
    assertThat(
            admin
                .put(
                    "/api/v1/flows/apply-form/shares",
                    List.of(
                        Map.of("user", "li", "fixedInputs", Map.of("nope", 1)),
                        Map.of("group", "no-group")))
                .expect(422)
                .json()
                .get("errors")
                .size())
        .isEqualTo(2);
    admin
        .put(
            "/api/v1/flows/apply-form/shares",
            List.of(
                Map.of("user", "li"),
                Map.of("group", "huangpu", "fixedInputs", Map.of("district", "黄浦区"))))
        .expect(200);

    JsonNode lisFlows = li.get("/api/v1/me/flows").json();
    assertThat(lisFlows.size()).isEqualTo(1);
    assertThat(lisFlows.get(0).get("name").asString()).isEqualTo("apply-form");
    JsonNode zhaosFlow = zhao.get("/api/v1/me/flows").json().get(0);
    assertThat(zhaosFlow.get("fixedInputs").get("district").asString()).isEqualTo("黄浦区");
    assertThat(zhaosFlow.get("input").get("fields").size()).isEqualTo(2);
    assertThat(
            li.post("/api/v1/jobs", Map.of("flow", "not-shared"))
                .expect(403)
                .json()
                .get("detail")
                .asString())
        .contains("not-shared");
    assertThat(
            li.post(
                    "/api/v1/jobs",
                    Map.of(
                        "flow",
                        "apply-form",
                        "inputs",
                        Map.of("district", "徐汇区", "amount", 5),
                        "priority",
                        10))
                .expect(403)
                .json()
                .get("detail")
                .asString())
        .contains("priority");

    long lisJob =
        li.post(
                "/api/v1/jobs",
                Map.of("flow", "apply-form", "inputs", Map.of("district", "徐汇区", "amount", 5)))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    assertThat(
            zhao.post(
                    "/api/v1/jobs",
                    Map.of("flow", "apply-form", "inputs", Map.of("district", "徐汇区", "amount", 7)))
                .expect(403)
                .json()
                .get("detail")
                .asString())
        .contains("黄浦区");
    JsonNode zhaosJob =
        zhao.post("/api/v1/jobs", Map.of("flow", "apply-form", "inputs", Map.of("amount", 7)))
            .expect(201)
            .json();
    assertThat(zhaosJob.get("inputs").get("district").asString())
        .as("filled in from the share")
        .isEqualTo("黄浦区");
    assertThat(zhaosJob.get("startedBy").asString()).isEqualTo("zhao");

    assertThat(li.get("/api/v1/jobs").json().findValuesAsString("startedBy")).containsOnly("li");
    assertThat(li.get("/api/v1/jobs?startedBy=zhao").json().findValuesAsString("startedBy"))
        .containsOnly("li");
    assertThat(zhao.get("/api/v1/jobs/" + lisJob).status()).isEqualTo(404);
    assertThat(zhao.get("/api/v1/jobs/" + lisJob + "/events").status()).isEqualTo(404);
    assertThat(zhao.post("/api/v1/jobs/" + lisJob + "/stop", "").status()).isEqualTo(404);
    AdminApi supervisor = o.person("boss", "SUPERVISOR");
    assertThat(
            supervisor.get("/api/v1/jobs/" + lisJob).expect(200).json().get("startedBy").asString())
        .isEqualTo("li");
    assertThat(supervisor.post("/api/v1/jobs", Map.of("flow", "apply-form")).status())
        .as("supervisors do not start flows")
        .isEqualTo(403);
    li.post("/api/v1/jobs/" + lisJob + "/stop", "").expect(200);
    zhao.post("/api/v1/jobs/" + zhaosJob.get("id").asLong() + "/stop", "")
        .expect(200); // leaves no work to others

    admin.delete("/api/v1/groups/huangpu").expect(204);
    assertThat(zhao.get("/api/v1/me/flows").json().size())
        .as("a deleted group's shares go with it")
        .isZero();
    assertThat(admin.get("/api/v1/audit?action=flow.shares&target=flow:apply-form").json().size())
        .isEqualTo(1);
  }
}
