package io.workforce.e2e.controlcenter;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.testkit.FixtureServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A real robot whose own environment has no system address gets it from the orchestrator's settings
 * with its job (issue 21 item 5); a job whose system has no address anywhere fails before its first
 * item, in one message naming the system and the variable.
 */
class SettingsRobotIT extends BrowserTest {

  static final String FLOW =
      """
      flow: %1$s
      version: 1
      description: 地址来自编排器的设置
      manual_minutes_per_item: 1
      systems:
        portal:
          url: ${env.%2$s}
          login:
            - open: { system: portal, path: /login }
      steps:
        - open: { system: portal, path: /apply }
        - wait_for: { text: 受理页 }
      """;

  @Test
  void aRobotWithoutTheAddressInItsEnvironmentGetsItFromTheSettings(@TempDir Path dir)
      throws Exception {
    try (FixtureServer portal =
        FixtureServer.start()
            .page("/login", "<html><body><h1>登录</h1></body></html>")
            .page("/apply", "<html><body><h1>受理页</h1></body></html>")) {
      publish("asset-portal", "ASSET_PORTAL_URL");
      publish("asset-nowhere", "ASSET_NOWHERE_URL");
      admin.put("/api/v1/settings/ASSET_PORTAL_URL", Map.of("value", portal.url(""))).expect(200);
      // runs other classes left waiting for a robot would reach this one first
      admin
          .get("/api/v1/jobs?state=PENDING&size=100")
          .expect(200)
          .json()
          .forEach(
              j ->
                  admin
                      .post("/api/v1/jobs/" + j.get("id").asLong() + "/stop", Map.of())
                      .expect(200));
      try (RealRobot robot =
          RealRobot.start(admin, orchestrator.baseUri(), "robot-assets", dir, Map.of())) {
        long good = start("asset-portal");
        JsonNode done = awaitEnd(good, 180);
        assertThat(done.get("state").asString())
            .as("job %s%nrobot output:%n%s", done, robot.output())
            .isEqualTo("SUCCEEDED");

        long bad = start("asset-nowhere");
        JsonNode failed = awaitEnd(bad, 180);
        assertThat(failed.get("state").asString())
            .as("job %s%nrobot output:%n%s", failed, robot.output())
            .isEqualTo("FAILED");
        assertThat(failed.get("failureMessage").asString())
            .contains("portal", "ASSET_NOWHERE_URL")
            .doesNotContain("invalid URL");
        assertThat(admin.get("/api/v1/jobs/" + bad + "/items").expect(200).json().toString())
            .as("no item was tried")
            .doesNotContain("\"reference\"");
      }
    }
  }

  private static void publish(String name, String variable) {
    admin
        .post(
            "/api/v1/flows",
            Map.of(
                "source",
                FLOW.formatted(name, variable),
                "sourceName",
                name + ".yaml",
                "live",
                true))
        .expect(201, 200);
  }

  private static long start(String flow) {
    return admin.post("/api/v1/jobs", Map.of("flow", flow)).expect(201).json().get("id").asLong();
  }

  private static JsonNode awaitEnd(long id, int seconds) throws InterruptedException {
    Set<String> ended = Set.of("SUCCEEDED", "FAILED", "CANCELLED");
    JsonNode job = admin.get("/api/v1/jobs/" + id).expect(200).json();
    for (long end = System.nanoTime() + seconds * 1_000_000_000L;
        System.nanoTime() < end && !ended.contains(job.get("state").asString()); ) {
      Thread.sleep(200);
      job = admin.get("/api/v1/jobs/" + id).expect(200).json();
    }
    return job;
  }
}
