package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

  /**
   * Issue 22 item 2a/2b: a shared credential is a robot account; an attended run hands it to a
   * person's own machine only after an administrator marked it for desktop use, for administrators
   * too, audited and shown to the clerk as a shared account.
   */
  @Test
  void aSharedRobotAccountGoesToADesktopOnlyWhenAnAdministratorMarkedItForDesktopUse() {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.H2);
    AdminApi admin = o.admin();
    AdminApi liu = o.person("liu-attended", "CLERK");
    String canary = "CANARY-robot-account-" + System.nanoTime();
    admin.post("/api/v1/credentials", Map.of("name", "robot-acct", "kind", "SHARED")).expect(201);
    admin
        .put("/api/v1/credentials/robot-acct/value", Map.of("username", "rpa01", "secret", canary))
        .expect(204);
    admin
        .post("/api/v1/flows", Map.of("source", desktopFlow("shared-desk", "robot-acct")))
        .expect(201);
    admin
        .put("/api/v1/flows/shared-desk/shares", List.of(Map.of("user", "liu-attended")))
        .expect(200);

    for (AdminApi caller : List.of(liu, admin)) {
      assertThat(
              caller
                  .post("/api/v1/me/flows/shared-desk/attended-run", "")
                  .expect(403)
                  .json()
                  .get("detail")
                  .asString())
          .contains("robot-acct");
    }
    assertThat(
            admin
                .get("/api/v1/credentials/robot-acct")
                .expect(200)
                .json()
                .get("desktopUse")
                .asBoolean())
        .isFalse();

    liu.put("/api/v1/credentials/robot-acct/desktop-use", Map.of("allowed", true)).expect(403);
    admin.put("/api/v1/credentials/robot-acct/desktop-use", Map.of()).expect(422);
    assertThat(
            admin
                .put("/api/v1/credentials/robot-acct/desktop-use", Map.of("allowed", true))
                .expect(200)
                .json()
                .get("desktopUse")
                .asBoolean())
        .isTrue();
    JsonNode run = liu.post("/api/v1/me/flows/shared-desk/attended-run", "").expect(200).json();
    assertThat(run.get("credentials").get(0).get("secret").asString()).isEqualTo(canary);
    assertThat(run.get("sharedAccounts").toString()).contains("robot-acct");

    admin.put("/api/v1/credentials/robot-acct/desktop-use", Map.of("allowed", false)).expect(200);
    liu.post("/api/v1/me/flows/shared-desk/attended-run", "").expect(403);

    JsonNode checkouts = admin.get("/api/v1/credentials/robot-acct/checkouts").expect(200).json();
    assertThat(checkouts.findValuesAsString("reason"))
        .containsExactly(
            "desktop run of shared-desk by liu-attended (shared, marked for desktop use)");
    assertThat(
            admin
                .get("/api/v1/audit?action=credential.desktop-use&target=credential:robot-acct")
                .expect(200)
                .json()
                .findValuesAsString("detail"))
        .hasSize(2);
    admin.post("/api/v1/credentials", Map.of("name", "own-acct", "kind", "PERSONAL")).expect(201);
    admin.put("/api/v1/credentials/own-acct/desktop-use", Map.of("allowed", true)).expect(409);
    assertThat(admin.seenBodies()).noneMatch(b -> b.contains(canary));
  }

  /**
   * Issue 22, item 2, "shown to the clerk as such": the credential shows who marked it for desktop
   * use and when, and the clerk's list of flows tells her, before she starts an attended run, that
   * it will put that shared account on her machine and who allowed it.
   */
  @Test
  void theClerkIsToldBeforeTheStartThatADesktopRunUsesASharedAccountAndWhoAllowedIt() {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.H2);
    AdminApi admin = o.admin();
    AdminApi zhou = o.person("zhou-attended", "CLERK");
    admin.post("/api/v1/credentials", Map.of("name", "desk-acct", "kind", "SHARED")).expect(201);
    admin
        .put("/api/v1/credentials/desk-acct/value", Map.of("username", "rpa02", "secret", "x-1"))
        .expect(204);
    admin
        .post("/api/v1/flows", Map.of("source", desktopFlow("marked-desk", "desk-acct")))
        .expect(201);
    admin
        .put("/api/v1/flows/marked-desk/shares", List.of(Map.of("user", "zhou-attended")))
        .expect(200);
    assertThat(startable(zhou, "marked-desk").get("sharedDesktopAccounts").isEmpty())
        .as("not marked: no shared account goes to her desktop")
        .isTrue();

    Instant markedAt = o.clock().instant();
    JsonNode marked =
        admin
            .put("/api/v1/credentials/desk-acct/desktop-use", Map.of("allowed", true))
            .expect(200)
            .json();
    assertThat(marked.get("desktopUseBy").asString()).isEqualTo(TestOrchestrator.ADMIN);
    assertThat(Instant.parse(marked.get("desktopUseAt").asString()))
        .isCloseTo(markedAt, within(1, ChronoUnit.SECONDS));

    JsonNode told = startable(zhou, "marked-desk").get("sharedDesktopAccounts");
    assertThat(told).hasSize(1);
    assertThat(told.get(0).get("credential").asString()).isEqualTo("desk-acct");
    assertThat(told.get(0).get("markedBy").asString()).isEqualTo(TestOrchestrator.ADMIN);
    assertThat(Instant.parse(told.get(0).get("markedAt").asString()))
        .isCloseTo(markedAt, within(1, ChronoUnit.SECONDS));
    assertThat(told.toString()).doesNotContain("rpa02").doesNotContain("x-1");

    admin.put("/api/v1/credentials/desk-acct/desktop-use", Map.of("allowed", false)).expect(200);
    assertThat(admin.get("/api/v1/credentials/desk-acct").json().get("desktopUseBy").isNull())
        .isTrue();
    assertThat(startable(zhou, "marked-desk").get("sharedDesktopAccounts").isEmpty()).isTrue();
  }

  private static JsonNode startable(AdminApi clerk, String flow) {
    for (JsonNode f : clerk.get("/api/v1/me/flows").expect(200).json()) {
      if (f.get("name").asString().equals(flow)) {
        return f;
      }
    }
    throw new AssertionError(flow + " is not among the clerk's flows");
  }
}
