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
import tools.jackson.databind.JsonNode;

/**
 * Attended runs (the desktop assistant): a clerk gets a shared desktop flow's source and its
 * credentials (their own personal value), audited; not for flows that are not shared or do not
 * allow {@code desktop}; a missing personal value is named before anything is handed out.
 */
class AttendedRunIT {

  static String desktopFlow(String name, String credential) {
    return """
        flow: %s
        version: 1
        description: 有人值守
        manual_minutes_per_item: 4
        runs_on: [desktop, robot]
        systems:
          portal:
            url: http://127.0.0.1:9/
            credential: %s
            login:
              - open: { system: portal, path: /login }
        input:
          form:
            - { name: code, label: 编号, type: text, required: true }
        steps:
          - open: { system: portal, path: "/case?c=${item.code}" }
        """
        .formatted(name, credential);
  }

  @Test
  void aClerkChecksOutTheCredentialsOfASharedDesktopFlowForHerOwnMachineAudited() {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.H2);
    AdminApi admin = o.admin();
    AdminApi wang = o.person("wang-attended", "CLERK");
    admin.post("/api/v1/credentials", Map.of("name", "portal-own", "kind", "PERSONAL")).expect(201);
    admin
        .post("/api/v1/flows", Map.of("source", desktopFlow("desk-flow", "portal-own")))
        .expect(201);
    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("robot-only-flow", 1)))
        .expect(201);
    admin
        .put("/api/v1/flows/desk-flow/shares", List.of(Map.of("user", "wang-attended")))
        .expect(200);

    JsonNode missing = wang.post("/api/v1/me/flows/desk-flow/attended-run", "").expect(422).json();
    assertThat(missing.get("errors").get(0).get("field").asString())
        .isEqualTo("credentials.portal-own");
    assertThat(missing.get("errors").get(0).get("hint").asString()).contains("我的凭据");

    wang.put(
            "/api/v1/me/credentials/portal-own",
            Map.of("username", "wang01", "secret", "wang-pw-7"))
        .expect(204);
    JsonNode run = wang.post("/api/v1/me/flows/desk-flow/attended-run", "").expect(200).json();
    assertThat(run.get("version").asInt()).isEqualTo(1);
    assertThat(run.get("source").asString()).contains("flow: desk-flow");
    assertThat(run.get("credentials").get(0).get("username").asString()).isEqualTo("wang01");
    assertThat(run.get("credentials").get(0).get("secret").asString()).isEqualTo("wang-pw-7");

    JsonNode mine = wang.get("/api/v1/me/flows").expect(200).json().get(0);
    assertThat(mine.get("placements").toString()).contains("desktop");
    assertThat(mine.get("credentials").toString()).contains("portal-own");

    admin
        .put("/api/v1/flows/robot-only-flow/shares", List.of(Map.of("user", "wang-attended")))
        .expect(200);
    assertThat(
            wang.post("/api/v1/me/flows/robot-only-flow/attended-run", "")
                .expect(403)
                .json()
                .get("detail")
                .asString())
        .contains("desktop");
    AdminApi other = o.person("zhou-attended", "CLERK");
    assertThat(
            other
                .post("/api/v1/me/flows/desk-flow/attended-run", "")
                .expect(403)
                .json()
                .get("detail")
                .asString())
        .contains("desk-flow");
    AdminApi boss = o.person("boss-attended", "SUPERVISOR");
    assertThat(boss.post("/api/v1/me/flows/desk-flow/attended-run", "").status()).isEqualTo(403);

    JsonNode checkouts = admin.get("/api/v1/credentials/portal-own/checkouts").expect(200).json();
    assertThat(checkouts.toString())
        .contains("desktop run of desk-flow by wang-attended")
        .doesNotContain("wang-pw-7");
    assertThat(checkouts.findValuesAsString("owner")).contains("wang-attended");
  }
}
