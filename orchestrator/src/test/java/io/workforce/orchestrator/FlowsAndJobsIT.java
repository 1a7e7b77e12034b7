package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.orchestrator.testing.AdminApi.Response;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.EventKind;
import io.workforce.protocol.FlowDocument;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.StepEvent;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Flows (publishing, versions, validation) and jobs through their states, on the orchestrator
 * shared per database.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class FlowsAndJobsIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator = SharedOrchestrator.on(db);
  }

  private static Response publish(String source) {
    return orchestrator
        .admin()
        .post("/api/v1/flows", Map.of("source", source, "sourceName", "test.yaml"));
  }

  @Test
  void publishedVersionsAreImmutableAndHashed() {
    Response first = publish(TestFlows.simpleFlow("immutable", 1)).expect(201);
    String hash = first.json().get("contentHash").asString();
    assertThat(hash).hasSize(64);
    assertThat(first.json().get("live").asBoolean()).isTrue();

    assertThat(
            publish(TestFlows.simpleFlow("immutable", 1))
                .expect(201)
                .json()
                .get("contentHash")
                .asString())
        .as("same content again is a no-op")
        .isEqualTo(hash);
    Response changed =
        publish(TestFlows.simpleFlow("immutable", 1).replace("simple", "changed")).expect(409);
    assertThat(changed.json().get("detail").asString()).contains("version:");

    publish(TestFlows.simpleFlow("immutable", 2)).expect(201);
    JsonNode flow = orchestrator.admin().get("/api/v1/flows/immutable").expect(200).json();
    assertThat(flow.get("liveVersion").asInt()).isEqualTo(2);
    orchestrator.admin().put("/api/v1/flows/immutable/live", Map.of("version", 1)).expect(200);
    assertThat(
            orchestrator.admin().get("/api/v1/flows/immutable").json().get("liveVersion").asInt())
        .isEqualTo(1);
  }

  @Test
  void brokenFlowIsRejectedWithEveryProblemAndItsPlace() {
    String broken =
        """
        flow: broken
        version: 1
        manual_minutes_per_item: 3
        systems:
          portal: { url: "http://x", max_sessions: 1 }
        steps:
          - opn: { system: portal, path: / }
          - click: { }
        """;
    Response r = publish(broken).expect(422);
    JsonNode errors = r.json().get("errors");
    assertThat(errors.size()).isGreaterThanOrEqualTo(2);
    assertThat(errors.get(0).get("field").asString()).startsWith("test.yaml:");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at io.");
    orchestrator.admin().get("/api/v1/flows/broken").expect(404);
  }

  @Test
  void robotRunsAJobThroughItsStatesWithEventsAndHistory() throws Exception {
    publish(TestFlows.simpleFlow("lifecycle", 1)).expect(201);
    SimRobot robot = SimRobot.enrol(orchestrator, "lifecycle-robot");
    long jobId =
        orchestrator
            .admin()
            .post("/api/v1/jobs", Map.of("flow", "lifecycle", "inputs", Map.of("a", 1)))
            .expect(201)
            .json()
            .get("id")
            .asLong();

    WorkAssignment work = robot.take(jobId);
    assertThat(work.inputs()).containsEntry("a", 1);
    FlowDocument doc = robot.client().fetchFlow(work.flowName(), work.flowVersion());
    assertThat(doc.contentHash()).isEqualTo(work.flowHash());

    List<StepEvent> batch =
        List.of(
            new StepEvent(
                1,
                Instant.now(),
                EventKind.STEP_START,
                "steps[0].open",
                null,
                null,
                null,
                null,
                null),
            new StepEvent(
                2,
                Instant.now(),
                EventKind.STEP_END,
                "steps[0].open",
                null,
                null,
                120L,
                "ok",
                "shot-1"));
    assertThat(robot.client().sendEvents(jobId, batch).accepted()).isEqualTo(2);
    assertThat(robot.client().sendEvents(jobId, batch).duplicates())
        .as("resent batch stored once")
        .isEqualTo(2);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    String stored = robot.client().uploadScreenshot(jobId, "shot-1", png).name();
    assertThat(stored).matches("[0-9a-f-]{36}\\.png");
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of("receipt", "R-1")));
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of("receipt", "R-1")));

    JsonNode job = orchestrator.admin().get("/api/v1/jobs/" + jobId).expect(200).json();
    assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("result").get("receipt").asString()).isEqualTo("R-1");
    assertThat(job.get("history").findValuesAsString("to"))
        .containsExactly("PENDING", "ASSIGNED", "RUNNING", "SUCCEEDED");
    assertThat(orchestrator.admin().get("/api/v1/jobs/" + jobId + "/events").json().size())
        .isEqualTo(2);
    assertThat(
            orchestrator
                .admin()
                .get("/api/v1/jobs/" + jobId + "/screenshots/shot-1")
                .expect(200)
                .contentType())
        .startsWith("image/png");
    assertThatThrownBy(() -> robot.client().updateJob(jobId, JobUpdate.running()))
        .isInstanceOf(OrchestratorException.class)
        .hasMessageContaining("409");
  }

  @Test
  void stopRequestReachesTheRobotThroughItsHeartbeat() {
    publish(TestFlows.simpleFlow("stoppable", 1)).expect(201);
    SimRobot robot = SimRobot.enrol(orchestrator, "stop-robot");
    long jobId =
        orchestrator
            .admin()
            .post("/api/v1/jobs", Map.of("flow", "stoppable"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    robot.take(jobId);
    orchestrator.admin().post("/api/v1/jobs/" + jobId + "/stop", "").expect(200);
    assertThat(robot.client().heartbeat(io.workforce.protocol.Heartbeat.busy(jobId)).stopJobIds())
        .containsExactly(jobId);
    robot.client().updateJob(jobId, JobUpdate.cancelled("stopped on request"));
    assertThat(orchestrator.admin().get("/api/v1/jobs/" + jobId).json().get("state").asString())
        .isEqualTo("CANCELLED");
  }

  @Test
  void unknownRobotTokenAndMalformedRequestsAreProblemDetails() {
    Response r = orchestrator.admin().post("/api/v1/jobs", "{not json");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).contains("application/problem+json");
    assertThat(
            orchestrator
                .admin()
                .get("/api/v1/jobs/999999")
                .expect(404)
                .json()
                .get("detail")
                .asString())
        .contains("999999");
    assertThat(orchestrator.admin().get("/api/v1/jobs/abc").expect(400).body())
        .doesNotContain("Exception");
    assertThatThrownBy(
            () ->
                io.workforce.protocol.client.OrchestratorClient.connect(
                        orchestrator.baseUri(), "wfr_bogus")
                    .heartbeat(io.workforce.protocol.Heartbeat.idle()))
        .isInstanceOf(OrchestratorException.class)
        .hasMessageContaining("401");
  }
}
