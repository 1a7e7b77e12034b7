package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.DatabaseSnapshot;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.CredentialSecret;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The vault. The canary test stores a secret, has a robot (over the real robot protocol, a
 * simulated robot: the robot runtime is not wired to the orchestrator on this branch) check it out
 * for its job, and then looks for it in every log line (application, Spring web and security at
 * DEBUG), every answer the administrator and a supervisor got from the API (audit log and its CSV
 * export included), every column of every table, and every file of the data directory: it is found
 * only encrypted. The part with a real robot's journal and report follows when the robot runtime
 * talks to the orchestrator.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class VaultIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator =
        TestOrchestrator.start(
            db,
            Map.of(
                "logging.level.io.workforce",
                "DEBUG",
                "logging.level.org.springframework.web",
                "DEBUG",
                "logging.level.org.springframework.security",
                "DEBUG"));
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  @Test
  void aCanarySecretReachesOnlyTheRobotThatRunsTheJobAndAppearsNowhereElse() throws Exception {
    // attached now: the application's start resets the logging system and would drop an earlier
    // appender
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(logs);
    String canary = "CANARY-" + System.nanoTime() + "-秘密";
    AdminApi admin = orchestrator.admin();
    admin
        .post("/api/v1/credentials", Map.of("name", "canary-clerk", "exclusive", true))
        .expect(201);
    admin
        .put(
            "/api/v1/credentials/canary-clerk/value",
            Map.of("username", "clerk01", "secret", canary, "fields", Map.of("pin", canary)))
        .expect(204);
    admin.post("/api/v1/queues", Map.of("name", "canary-q")).expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow("canary-flow", 1, "canary-q", "canary-clerk", 1)))
        .expect(201);
    long jobId =
        admin
            .post("/api/v1/jobs", Map.of("flow", "canary-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(orchestrator, "canary-robot");
    SimRobot stranger = SimRobot.enrol(orchestrator, "stranger-robot");
    WorkAssignment work = robot.client().pollWork(Duration.ofSeconds(5)).orElseThrow();
    robot.client().updateJob(work.jobId(), JobUpdate.running());

    CredentialSecret secret = robot.client().checkoutCredential(jobId, "canary-clerk");
    assertThat(secret.secret()).isEqualTo(canary);
    assertThat(secret.username()).isEqualTo("clerk01");
    assertThat(secret.toString()).doesNotContain(canary);
    assertThatThrownBy(() -> stranger.client().checkoutCredential(jobId, "canary-clerk"))
        .as("another robot's job is, to this robot, a job that does not exist")
        .isInstanceOf(OrchestratorException.class)
        .hasMessageContaining("404")
        .hasMessageNotContaining(canary);
    admin.post("/api/v1/credentials", Map.of("name", "undeclared")).expect(201);
    admin
        .put("/api/v1/credentials/undeclared/value", Map.of("username", "x", "secret", "y"))
        .expect(204);
    assertThatThrownBy(() -> robot.client().checkoutCredential(jobId, "undeclared"))
        .as(
            "a credential the job's flow does not declare is, to the robot, one that does not exist")
        .hasMessageContaining("404");
    robot
        .client()
        .updateJob(jobId, JobUpdate.failed(io.workforce.protocol.FailureKind.SYSTEM, "done"));
    assertThatThrownBy(() -> robot.client().checkoutCredential(jobId, "canary-clerk"))
        .as("a finished job's reach ends with it")
        .hasMessageContaining("404");

    JsonNode audit = admin.get("/api/v1/credentials/canary-clerk/checkouts").expect(200).json();
    assertThat(audit.findValuesAsString("granted")).isNotNull();
    assertThat(audit.size()).isEqualTo(3);
    assertThat(audit.get(2).get("granted").asBoolean()).isTrue();
    assertThat(audit.get(2).get("jobId").asLong()).isEqualTo(jobId);

    AdminApi supervisor = orchestrator.person("canary-supervisor", "SUPERVISOR");
    for (AdminApi reader : List.of(admin, supervisor)) {
      for (String path :
          List.of(
              "/api/v1/credentials",
              "/api/v1/credentials/canary-clerk",
              "/api/v1/credentials/canary-clerk/checkouts",
              "/api/v1/jobs/" + jobId,
              "/api/v1/jobs/" + jobId + "/events",
              "/api/v1/jobs",
              "/api/v1/audit",
              "/api/v1/audit/export",
              "/api/v1/audit?q=canary",
              "/api/v1/overview",
              "/api/v1/robots",
              "/actuator/prometheus",
              "/v3/api-docs")) {
        reader.get(path).expect(200);
      }
    }
    assertThat(admin.get("/api/v1/audit?action=credential.").json().findValuesAsString("action"))
        .contains("credential.create", "credential.value.set", "credential.checkout");
    admin.post("/api/v1/vault/rotate-key", "").expect(200);
    assertThat(admin.seenBodies()).hasSizeGreaterThan(15).noneMatch(b -> b.contains(canary));
    assertThat(supervisor.seenBodies()).noneMatch(b -> b.contains(canary));
    assertThat(logs.list)
        .isNotEmpty()
        .noneMatch(
            e ->
                e.getFormattedMessage().contains(canary)
                    || (e.getThrowableProxy() != null
                        && e.getThrowableProxy().getMessage() != null
                        && e.getThrowableProxy().getMessage().contains(canary)));
    List<String> everyValue = DatabaseSnapshot.everyValue(orchestrator.bean(DataSource.class));
    assertThat(everyValue)
        .as("every column of every table")
        .hasSizeGreaterThan(100)
        .noneMatch(v -> v.contains(canary));
    assertThat(ciphertext("canary-clerk")).as("the secret is there, encrypted").startsWith("v1:");
    assertThat(filesContaining(orchestrator.dataDir(), canary))
        .as("files in the data directory (H2, keys, screenshots)")
        .isEmpty();
    assertThat(Files.getPosixFilePermissions(orchestrator.dataDir().resolve("master.key")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    root.detachAppender(logs);
  }

  @Test
  void rotatingTheKeyKeepsEveryValueReadableAcrossARestart() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/credentials", Map.of("name", "rotated")).expect(201);
    admin
        .put(
            "/api/v1/credentials/rotated/value",
            Map.of("username", "u", "secret", "before-rotation"))
        .expect(204);
    String before = ciphertext("rotated");
    JsonNode r = admin.post("/api/v1/vault/rotate-key", "").expect(200).json();
    assertThat(r.get("reencrypted").asInt()).isGreaterThanOrEqualTo(1);
    String after = ciphertext("rotated");
    assertThat(after).isNotEqualTo(before).contains(":" + r.get("keyId").asString() + ":");
    orchestrator.restart();
    admin = orchestrator.admin();
    admin.post("/api/v1/queues", Map.of("name", "rot-q")).expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow("rot-flow", 1, "rot-q", "rotated", 1)))
        .expect(201);
    long jobId =
        admin
            .post("/api/v1/jobs", Map.of("flow", "rot-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(orchestrator, "rotation-robot");
    assertThat(robot.client().pollWork(Duration.ofSeconds(5)).orElseThrow().jobId())
        .isEqualTo(jobId);
    robot.client().updateJob(jobId, JobUpdate.running());
    assertThat(robot.client().checkoutCredential(jobId, "rotated").secret())
        .isEqualTo("before-rotation");
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
  }

  @Test
  void aMissingPersonalValueFailsTheStartWithWhatToSetAndOnlyItsOwnerSetsIt() {
    AdminApi admin = orchestrator.admin();
    AdminApi zhangsan = orchestrator.person("zhangsan", "CLERK");
    admin
        .post("/api/v1/credentials", Map.of("name", "staff-account", "kind", "PERSONAL"))
        .expect(201);
    admin.post("/api/v1/queues", Map.of("name", "personal-q")).expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of(
                "source",
                TestFlows.queueFlow("personal-flow", 1, "personal-q", "staff-account", 1)))
        .expect(201);
    admin
        .put("/api/v1/flows/personal-flow/shares", List.of(Map.of("user", "zhangsan")))
        .expect(200);
    JsonNode refused =
        zhangsan.post("/api/v1/jobs", Map.of("flow", "personal-flow")).expect(422).json();
    assertThat(refused.get("errors").get(0).get("message").asString())
        .contains("zhangsan")
        .contains("staff-account");
    assertThat(refused.get("errors").get(0).get("hint").asString())
        .contains("我的凭据")
        .contains("/api/v1/me/credentials/");
    assertThat(
            admin
                .put(
                    "/api/v1/credentials/staff-account/value",
                    Map.of("username", "x", "secret", "y"))
                .status())
        .as("a personal credential has no shared value")
        .isEqualTo(409);
    assertThat(
            admin
                .put("/api/v1/me/credentials/staff-account", Map.of("username", "a", "secret", "b"))
                .status())
        .as("the administrator sets only their own value")
        .isEqualTo(204);

    assertThat(zhangsan.get("/api/v1/me/credentials").json().get(0).get("valueSet").asBoolean())
        .isFalse();
    zhangsan
        .put(
            "/api/v1/me/credentials/staff-account",
            Map.of("username", "zhangsan", "secret", "z-pw"))
        .expect(204);
    assertThat(zhangsan.get("/api/v1/me/credentials").json().get(0).get("valueSet").asBoolean())
        .isTrue();
    long jobId =
        zhangsan
            .post("/api/v1/jobs", Map.of("flow", "personal-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    assertThat(
            admin.get("/api/v1/credentials/staff-account").json().get("personalOwners").toString())
        .contains("zhangsan")
        .contains("admin");
    SimRobot robot = SimRobot.enrol(orchestrator, "personal-robot");
    assertThat(robot.client().pollWork(Duration.ofSeconds(5)).orElseThrow().startedBy())
        .isEqualTo("zhangsan");
    robot.client().updateJob(jobId, JobUpdate.running());
    assertThat(robot.client().checkoutCredential(jobId, "staff-account").secret())
        .isEqualTo("z-pw");
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
  }

  private static String ciphertext(String name) {
    return orchestrator
        .jdbc()
        .sql(
            "SELECT v.ciphertext FROM credential_value v JOIN credential c ON c.id = v.credential_id "
                + "WHERE c.name = ?")
        .param(name)
        .query(String.class)
        .single();
  }

  private static List<Path> filesContaining(Path dir, String secret) throws IOException {
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                try {
                  byte[] content = Files.readAllBytes(f);
                  return indexOf(content, needle) >= 0;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
