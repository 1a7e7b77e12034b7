package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
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
 * System addresses kept centrally (issue 21 item 5): an administrator sets them (every change
 * audited), a robot gets with its job the values its flow reads, for its labels, and the assistant
 * gets them with an attended run.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class SettingsIT {

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

  static String flowReading(String name, String variable) {
    return """
        flow: %s
        description: 读取系统地址
        manual_minutes_per_item: 2
        runs_on: [robot, desktop]
        systems:
          intake:
            url: ${env.%s}
            max_sessions: 5
            login:
              - open: { system: intake, path: /login }
        steps:
          - open: { system: intake, path: /apply }
        """
        .formatted(name, variable);
  }

  @Test
  void aRobotGetsWithItsJobTheAddressesItsFlowReadsForItsLabelsAndNothingElse() {
    AdminApi admin = o.admin();
    admin
        .post("/api/v1/flows", Map.of("source", flowReading("set-intake", "SET_INTAKE_URL")))
        .expect(201);
    admin
        .put("/api/v1/settings/SET_INTAKE_URL", Map.of("value", "http://intake.city:8080"))
        .expect(200);
    admin
        .put(
            "/api/v1/settings/SET_INTAKE_URL",
            Map.of("value", "http://10.1.2.3:8080", "robotLabel", "gov-network"))
        .expect(200);
    admin.put("/api/v1/settings/SET_OTHER_URL", Map.of("value", "http://other")).expect(200);

    long plainJob = job(admin, "set-plain");
    WorkAssignment plain =
        SimRobot.enrol(o, "set-plain-robot", "set-plain", List.of()).take(plainJob);
    assertThat(plain.settings())
        .as("the default value, and only what the flow reads")
        .isEqualTo(Map.of("SET_INTAKE_URL", "http://intake.city:8080"));

    long govJob = job(admin, "set-gov");
    WorkAssignment gov =
        SimRobot.enrol(o, "set-gov-robot", "set-gov", List.of("gov-network")).take(govJob);
    assertThat(gov.settings()).isEqualTo(Map.of("SET_INTAKE_URL", "http://10.1.2.3:8080"));

    admin.delete("/api/v1/settings/SET_INTAKE_URL?robotLabel=gov-network").expect(204);
    long afterJob = job(admin, "set-gov");
    WorkAssignment after =
        SimRobot.enrol(o, "set-gov-robot-2", "set-gov", List.of("gov-network")).take(afterJob);
    assertThat(after.settings()).isEqualTo(Map.of("SET_INTAKE_URL", "http://intake.city:8080"));
  }

  private static long job(AdminApi admin, String pool) {
    return admin
        .post("/api/v1/jobs", Map.of("flow", "set-intake", "pool", pool))
        .expect(201)
        .json()
        .get("id")
        .asLong();
  }

  @Test
  void everyChangeIsAuditedWithTheOldAndTheNewValue() {
    AdminApi admin = o.admin();
    admin.put("/api/v1/settings/AUD_REGISTRY_URL", Map.of("value", "http://old:1")).expect(200);
    JsonNode set =
        admin
            .put("/api/v1/settings/AUD_REGISTRY_URL", Map.of("value", "http://new:2"))
            .expect(200)
            .json();
    assertThat(set.get("value").asString()).isEqualTo("http://new:2");
    assertThat(set.get("updatedBy").asString()).isNotBlank();
    admin.delete("/api/v1/settings/AUD_REGISTRY_URL").expect(204);
    JsonNode audit = admin.get("/api/v1/audit?target=setting:AUD_REGISTRY_URL").expect(200).json();
    assertThat(audit.toString())
        .contains("'http://old:1' -> 'http://new:2'")
        .contains("setting.delete")
        .contains("(new) 'http://old:1'");
    assertThat(admin.delete("/api/v1/settings/AUD_REGISTRY_URL").expect(404).problemType())
        .isEqualTo("not-found");
  }

  @Test
  void aBadNameOrAnEmptyValueIsRefusedNamingTheField() {
    AdminApi admin = o.admin();
    JsonNode robotOwn =
        admin.put("/api/v1/settings/WORKFORCE_ENROL_KEY", Map.of("value", "x")).expect(400).json();
    assertThat(robotOwn.toString()).contains("name").contains("WORKFORCE_");
    admin.put("/api/v1/settings/has-dash", Map.of("value", "x")).expect(400);
    JsonNode empty =
        admin.put("/api/v1/settings/EMPTY_URL", Map.of("value", " ")).expect(422).json();
    assertThat(empty.toString()).contains("value");
    assertThat(admin.get("/api/v1/settings").expect(200).json().toString())
        .doesNotContain("EMPTY_URL", "WORKFORCE_ENROL_KEY");
  }

  @Test
  void anAttendedRunCarriesTheDefaultValuesOfWhatItsFlowReads() {
    AdminApi admin = o.admin();
    admin
        .post("/api/v1/flows", Map.of("source", flowReading("set-desk", "DESK_INTAKE_URL")))
        .expect(201);
    admin.put("/api/v1/settings/DESK_INTAKE_URL", Map.of("value", "http://desk:9")).expect(200);
    admin
        .put(
            "/api/v1/settings/DESK_INTAKE_URL",
            Map.of("value", "http://robots-only:9", "robotLabel", "dmz"))
        .expect(200);
    JsonNode run = admin.post("/api/v1/me/flows/set-desk/attended-run", "").expect(200).json();
    assertThat(run.get("settings").toString()).isEqualTo("{\"DESK_INTAKE_URL\":\"http://desk:9\"}");
  }
}
