package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.AdminApi.Response;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.QueueItem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * A robot acts only inside the job the dispatcher gave it. A robot of another pool with no job (a
 * stranger) calls every robot endpoint that takes an id with the ids of another robot's job, its
 * queue, its item, its flow version and its credential: each answers 404 with exactly the body of
 * an id that does not exist, nothing changes, and nothing of the citizens' data comes back. The
 * robot that runs the job claims only from its job's queue and loses the job's reach when the job
 * ends.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class RobotScopeIT {

  private static final long MISSING = 987_654_321L;
  private static final int SESSIONS = 100;

  @Parameter TestDb db;

  /** One robot call: method, path, content type and body. */
  record Call(String what, String method, String path, String contentType, String body) {
    Response as(AdminApi robot) {
      return robot.send(
          method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same call with one id replaced by an id that names nothing. */
    Call with(String id, String missing) {
      return new Call(
          what, method, path.replace(id, missing), contentType, body == null ? null : body);
    }
  }

  @Test
  void aStrangerRobotReachesNothingOfAnotherRobotsJobAndEveryAnswerIsAPlainMiss() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    String tag = "scope-" + db.name().toLowerCase();
    String queue = tag + "-q";
    String other = tag + "-other-q";
    String flow = tag + "-flow";
    String credential = tag + "-cred";
    admin.post("/api/v1/credentials", Map.of("name", credential)).expect(201);
    admin
        .put(
            "/api/v1/credentials/" + credential + "/value",
            Map.of("username", "robot", "secret", "scope-secret-" + db))
        .expect(204);
    admin.post("/api/v1/queues", Map.of("name", queue)).expect(201);
    admin.post("/api/v1/queues", Map.of("name", other)).expect(201);
    for (String q : List.of(queue, other)) {
      for (int i = 0; i < 3; i++) {
        admin
            .post(
                "/api/v1/queues/" + q + "/items",
                Map.of(
                    "reference", q + "-" + i, "payload", Map.of("idNumber", "33010619800101" + i)))
            .expect(201);
      }
    }
    // room for sessions that jobs of other tests on this shared orchestrator may still hold on
    // the same system name, so that only pools decide which robot gets the job
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.queueFlow(flow, 1, queue, credential, SESSIONS)))
        .expect(201);
    long job =
        admin
            .post("/api/v1/jobs", Map.of("flow", flow, "pool", tag + "-a"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot owner = SimRobot.enrol(o, tag + "-owner", tag + "-a", List.of());
    SimRobot stranger = SimRobot.enrol(o, tag + "-stranger", tag + "-b", List.of());
    owner.take(job);
    QueueItem item = owner.client().claimItem(queue, job, null).orElseThrow();
    AdminApi strangerApi = o.anonymous().withToken(stranger.token());
    String j = String.valueOf(job);
    String i = String.valueOf(item.id());

    List<Call> jobCalls =
        List.of(
            new Call(
                "state",
                "POST",
                "/api/v1/robot/jobs/" + j + "/state",
                json(),
                "{\"state\":\"FAILED\"}"),
            new Call(
                "events",
                "POST",
                "/api/v1/robot/jobs/" + j + "/events",
                json(),
                "[{\"seq\":1,\"kind\":\"LOG\",\"message\":\"x\"}]"),
            new Call(
                "screenshots",
                "POST",
                "/api/v1/robot/jobs/" + j + "/screenshots?ref=s1",
                "image/png",
                "png"),
            new Call(
                "items",
                "POST",
                "/api/v1/robot/jobs/" + j + "/items",
                json(),
                "[{\"reference\":\"r\",\"outcome\":\"SUCCESSFUL\"}]"),
            new Call(
                "enqueue",
                "POST",
                "/api/v1/robot/jobs/" + j + "/queues/" + queue + "/items",
                json(),
                "{\"items\":[{\"reference\":\"planted\"}]}"),
            new Call(
                "credential",
                "POST",
                "/api/v1/robot/jobs/" + j + "/credentials/" + credential,
                null,
                null),
            new Call(
                "file",
                "GET",
                "/api/v1/robot/jobs/" + j + "/files/jf_0123456789abcdef0123456789abcdef",
                null,
                null));
    List<Call> itemCalls =
        List.of(
            new Call("lease", "POST", "/api/v1/robot/items/" + i + "/lease", json(), "{}"),
            new Call(
                "complete",
                "POST",
                "/api/v1/robot/items/" + i + "/complete",
                json(),
                "{\"output\":{}}"),
            new Call(
                "fail",
                "POST",
                "/api/v1/robot/items/" + i + "/fail",
                json(),
                "{\"kind\":\"BUSINESS\",\"reason\":\"x\"}"));
    List<String> wrong = new ArrayList<>();
    for (Call c : jobCalls) {
      expectPlainMiss(strangerApi, c, "/jobs/" + j + "/", "/jobs/" + MISSING + "/", wrong);
    }
    for (Call c : itemCalls) {
      expectPlainMiss(strangerApi, c, "/items/" + i + "/", "/items/" + MISSING + "/", wrong);
    }
    for (String q : List.of(queue, other)) {
      Call claim =
          new Call(
              "claim " + q,
              "POST",
              "/api/v1/robot/queues/" + q + "/claim",
              json(),
              "{\"jobId\":" + j + "}");
      expectPlainMiss(strangerApi, claim, "/queues/" + q + "/", "/queues/no-such-queue/", wrong);
      Call add =
          new Call(
              "add to " + q,
              "POST",
              "/api/v1/robot/queues/" + q + "/items",
              json(),
              "{\"reference\":\"planted\"}");
      expectPlainMiss(strangerApi, add, "/queues/" + q + "/", "/queues/no-such-queue/", wrong);
    }
    Call fetch = new Call("flow", "GET", "/api/v1/robot/flows/" + flow + "/versions/1", null, null);
    expectPlainMiss(strangerApi, fetch, "/versions/1", "/versions/999", wrong);
    Call noJob =
        new Call(
            "claim without a job",
            "POST",
            "/api/v1/robot/queues/" + other + "/claim",
            json(),
            "{}");
    Response r = noJob.as(strangerApi);
    if (r.status() != 400 || r.body().contains("33010619800101")) {
      wrong.add(
          "claim without a job: expected 400 naming jobId, got " + r.status() + " " + r.body());
    }

    // the robot that runs the job: only its job's queue, its flow version, its declared credential
    AdminApi ownerApi = o.anonymous().withToken(owner.token());
    Call wrongQueue =
        new Call(
            "owner claims another queue",
            "POST",
            "/api/v1/robot/queues/" + other + "/claim",
            json(),
            "{\"jobId\":" + j + "}");
    expectPlainMiss(
        ownerApi, wrongQueue, "/queues/" + other + "/", "/queues/no-such-queue/", wrong);
    Call undeclared =
        new Call(
            "undeclared credential",
            "POST",
            "/api/v1/robot/jobs/" + j + "/credentials/" + tag + "-nope",
            null,
            null);
    Response miss = undeclared.as(ownerApi);
    if (miss.status() != 404
        || !miss.body().contains("credential '" + tag + "-nope' not found")
            && !miss.body().contains("找不到凭据")) {
      wrong.add(
          "undeclared credential: expected the 404 of a missing credential, got "
              + miss.status()
              + " "
              + miss.body());
    }
    assertThat(wrong).as("robot endpoints that reached beyond the caller's assignment").isEmpty();

    JsonNode held = admin.get("/api/v1/items/" + item.id()).expect(200).json();
    assertThat(held.get("status").asString()).isEqualTo("IN_PROGRESS");
    assertThat(held.get("robotId").asLong()).isEqualTo(owner.id());
    assertThat(
            admin
                .get("/api/v1/queues/" + other)
                .expect(200)
                .json()
                .get("counts")
                .get("NEW")
                .asLong())
        .as("nothing was taken from the other queue")
        .isEqualTo(3);
    assertThat(admin.get("/api/v1/jobs/" + job).expect(200).json().get("state").asString())
        .isEqualTo("RUNNING");
    assertThat(
            admin
                .get("/api/v1/audit?action=credential.checkout&outcome=DENIED&q=" + credential)
                .expect(200)
                .json()
                .findValuesAsString("detail"))
        .as("the stranger's refused checkout is audited")
        .anyMatch(d -> d.contains("job " + job));

    assertThat(owner.client().fetchFlow(flow, 1).name()).isEqualTo(flow);
    assertThat(owner.client().checkoutCredential(job, credential).secret())
        .isEqualTo("scope-secret-" + db);
    owner.client().completeItem(item.id(), Map.of("done", true));
    owner.client().updateJob(job, JobUpdate.succeeded(Map.of()));
    // the job ended: its reach ended with it (but late reports are still welcome)
    Call after =
        new Call(
            "claim after the job",
            "POST",
            "/api/v1/robot/queues/" + queue + "/claim",
            json(),
            "{\"jobId\":" + j + "}");
    List<String> late = new ArrayList<>();
    expectPlainMiss(ownerApi, after, "/queues/" + queue + "/", "/queues/no-such-queue/", late);
    Call checkout =
        new Call(
            "checkout after the job",
            "POST",
            "/api/v1/robot/jobs/" + j + "/credentials/" + credential,
            null,
            null);
    expectPlainMiss(ownerApi, checkout, "/jobs/" + j + "/", "/jobs/" + MISSING + "/", late);
    assertThat(late).isEmpty();
    assertThat(
            new Call(
                    "events after the job",
                    "POST",
                    "/api/v1/robot/jobs/" + j + "/events",
                    json(),
                    "[{\"seq\":7,\"kind\":\"LOG\",\"message\":\"late\"}]")
                .as(ownerApi)
                .status())
        .isEqualTo(200);
  }

  /**
   * The call answers 404 with the body the same call gets for an id that names nothing (with the id
   * put back in).
   */
  private static void expectPlainMiss(
      AdminApi robot, Call call, String real, String missing, List<String> wrong) {
    Response r = call.as(robot);
    Response m = call.with(real, missing).as(robot);
    String expected = m.body().replace(bare(missing), bare(real));
    if (r.status() != 404 || m.status() != 404 || !r.body().equals(expected)) {
      wrong.add(
          call.what()
              + ": expected 404 "
              + expected
              + " (as for a missing id, which got "
              + m.status()
              + ") but got "
              + r.status()
              + " "
              + r.body());
    }
  }

  /** The id itself, without the path around it ("/jobs/7/" → "7"). */
  private static String bare(String pathPart) {
    String[] parts = pathPart.split("/");
    return parts[parts.length - 1];
  }

  private static String json() {
    return "application/json";
  }
}
