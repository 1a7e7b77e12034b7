package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * No enrolment key takes over a robot (issue 22 item 4): a name already taken, by a working or a
 * retired robot, answers 409 and the real robot keeps its token and pool; re-enrolling is the
 * explicit administrator action of a one-use key bound to that robot. Enrolment keys expire within
 * a year at most (issue 22 item 6).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class RobotEnrolmentIT {

  @Parameter TestDb db;
  static TestOrchestrator o;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    o = TestOrchestrator.start(db);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    o.close();
  }

  static String key(String label, String pool) {
    return o.admin()
        .post(
            "/api/v1/enrolment-keys",
            pool == null ? Map.of("label", label) : Map.of("label", label, "pool", pool))
        .expect(201)
        .json()
        .get("key")
        .asString();
  }

  static AdminApi.Response enrol(String key, String name, String pool) {
    return o.anonymous()
        .post(
            "/api/v1/robot/enrol",
            Map.of(
                "enrolKey",
                key,
                "name",
                name,
                "hostname",
                "host-" + name,
                "capabilities",
                Map.of("pool", pool)));
  }

  static int heartbeat(String robotToken) {
    return o.anonymous()
        .withToken(robotToken)
        .post("/api/v1/robot/heartbeat", Map.of("activity", "IDLE"))
        .status();
  }

  static JsonNode robot(long id) {
    return o.admin().get("/api/v1/robots/" + id).expect(200).json();
  }

  @Test
  void aNameTakenAnswers409AndOnlyAKeyAnAdministratorBoundToThatRobotReEnrolsIt() {
    JsonNode first = enrol(key("first", "counter"), "twin", "counter").expect(201).json();
    long id = first.get("robotId").asLong();
    String token = first.get("token").asString();

    String hostile = key("another key", "attackers");
    JsonNode clash = enrol(hostile, "twin", "attackers").expect(409).json();
    assertThat(clash.get("type").asString()).endsWith("robot-name-taken");
    assertThat(clash.get("detail").asString()).contains("twin").contains("re-enrolment-key");
    assertThat(heartbeat(token)).as("the real robot keeps its token").isEqualTo(200);
    assertThat(robot(id).get("pool").asString()).isEqualTo("counter");

    o.admin().post("/api/v1/robots/" + id + "/retire", "").expect(200);
    enrol(hostile, "twin", "attackers").expect(409);
    assertThat(robot(id).get("status").asString())
        .as("a retired robot is not revived by any key")
        .isEqualTo("RETIRED");
    assertThat(
            o.admin().get("/api/v1/enrolment-keys").json().findValues("uses").stream()
                .mapToInt(JsonNode::asInt)
                .sum())
        .as("a refused enrolment uses no key")
        .isEqualTo(1);

    JsonNode bound =
        o.admin().post("/api/v1/robots/" + id + "/re-enrolment-key", "").expect(201).json();
    String reKey = bound.get("key").asString();
    assertThat(bound.get("info").get("robotId").asLong()).isEqualTo(id);
    assertThat(bound.get("info").get("maxUses").asInt()).isEqualTo(1);
    assertThat(bound.get("info").get("expiresAt").isNull()).isFalse();
    assertThat(enrol(reKey, "someone-else", "attackers").expect(409).problemType())
        .isEqualTo("enrolment-key-bound");
    JsonNode again = enrol(reKey, "twin", "attackers").expect(201).json();
    assertThat(again.get("robotId").asLong()).isEqualTo(id);
    assertThat(heartbeat(token)).as("the old token ends").isEqualTo(401);
    assertThat(heartbeat(again.get("token").asString())).isEqualTo(200);
    assertThat(robot(id).get("pool").asString())
        .as("a re-enrolment keeps the robot's pool")
        .isEqualTo("counter");
    enrol(reKey, "twin", "counter").expect(403);

    JsonNode audit = o.admin().get("/api/v1/audit?action=robot.enrol").expect(200).json();
    assertThat(audit.findValuesAsString("detail"))
        .anyMatch(d -> d.contains("re-enrolled with its re-enrolment key"));
  }

  @Test
  void anEnrolmentKeyWorksForAYearAtMost() {
    for (String validFor : new String[] {"P999999999D", "P366D", "PT0S", "-P1D"}) {
      JsonNode refused =
          o.admin()
              .post("/api/v1/enrolment-keys", Map.of("label", "too long", "validFor", validFor))
              .expect(400)
              .json();
      assertThat(refused.get("errors").get(0).get("field").asString())
          .as(validFor)
          .isEqualTo("validFor");
    }
    JsonNode ok =
        o.admin()
            .post("/api/v1/enrolment-keys", Map.of("label", "a week", "validFor", "P7D"))
            .expect(201)
            .json();
    assertThat(ok.get("info").get("expiresAt").asString()).isNotBlank();
    o.person("clerk-enrol", "CLERK").post("/api/v1/robots/1/re-enrolment-key", "").expect(403);
  }
}
