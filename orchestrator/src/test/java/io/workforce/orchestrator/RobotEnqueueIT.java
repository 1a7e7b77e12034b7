package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.AdminApi.Response;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.ItemsCreated;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.NewItems;
import io.workforce.protocol.client.OrchestratorException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * A dispatcher flow's {@code enqueue} steps through the robot API: the robot running a job adds, in
 * one call, all of a batch or none of it, to the queues the job's flow version names in its {@code
 * enqueue} steps and to nothing else; a reference already there adds nothing and is answered as a
 * duplicate; the same call sent again adds nothing twice and gets the same answer.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class RobotEnqueueIT {

  @Parameter TestDb db;

  /** A dispatcher: lists nothing itself here, adds to {@code queue} from a nested block. */
  private static String dispatcher(String name, String queue, String consumes) {
    return """
        flow: %s
        version: 1
        description: 派发
        manual_minutes_per_item: 1
        systems:
          archive:
            url: http://127.0.0.1:9/
            max_sessions: 100
        input:
          queue: %s
        steps:
          - if:
              condition: "${true}"
              then:
                - enqueue: { queue: %s, reference: "${item.code}", payload: { code: "${item.code}" } }
        """
        .formatted(name, consumes, queue);
  }

  @Test
  void aRobotAddsABatchToTheQueueItsJobsFlowNamesOnceAndNothingElse() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    String tag = "enq-" + db.name().toLowerCase();
    String target = tag + "-target";
    String own = tag + "-own";
    String other = tag + "-other";
    for (String q : List.of(target, own, other)) {
      admin.post("/api/v1/queues", Map.of("name", q)).expect(201);
    }
    admin.post("/api/v1/queues/" + own + "/items", Map.of("reference", "seed")).expect(201);
    admin
        .post("/api/v1/flows", Map.of("source", dispatcher(tag + "-flow", target, own)))
        .expect(201);
    long job =
        admin
            .post("/api/v1/jobs", Map.of("flow", tag + "-flow", "pool", tag))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(o, tag + "-robot", tag, List.of());
    robot.take(job);

    Instant deadline = Instant.parse("2026-12-31T10:00:00Z");
    NewItems first =
        new NewItems(
            "req-1-" + tag,
            List.of(
                new NewItem("R-1", 2, deadline, Map.of("name", "甲", "n", 1)),
                new NewItem("R-2", null, null, Map.of()),
                new NewItem("R-1", 9, null, Map.of("name", "twice in one call"))));
    ItemsCreated answer = robot.client().addItems(job, target, first);
    assertThat(answer.items())
        .extracting(ItemCreated::duplicate)
        .containsExactly(false, false, true);
    assertThat(answer.items().get(2).id()).isEqualTo(answer.items().get(0).id());
    JsonNode r1 = admin.get("/api/v1/items/" + answer.items().get(0).id()).expect(200).json();
    assertThat(r1.get("reference").asString()).isEqualTo("R-1");
    assertThat(r1.get("priority").asInt()).isEqualTo(2);
    assertThat(Instant.parse(r1.get("deadline").asString())).isEqualTo(deadline);
    assertThat(r1.get("payload").get("name").asString()).isEqualTo("甲");
    assertThat(r1.get("status").asString()).isEqualTo("NEW");

    // the answer was lost: the same call again adds nothing and is answered as the first time
    assertThat(robot.client().addItems(job, target, first)).isEqualTo(answer);
    // another call with a reference already there: no duplicate, no error
    ItemsCreated second =
        robot
            .client()
            .addItems(
                job,
                target,
                new NewItems(
                    "req-2-" + tag,
                    List.of(
                        new NewItem("R-2", null, null, Map.of()),
                        new NewItem("R-3", 1, null, null))));
    assertThat(second.items()).extracting(ItemCreated::duplicate).containsExactly(true, false);
    assertThat(second.items().get(0).id()).isEqualTo(answer.items().get(1).id());
    assertThat(newItems(admin, target)).isEqualTo(3);

    // all or none: one bad item refuses the call, naming it, and adds nothing
    Response bad =
        o.anonymous()
            .withToken(robot.token())
            .post(
                "/api/v1/robot/jobs/" + job + "/queues/" + target + "/items",
                Map.of(
                    "requestId",
                    "req-3-" + tag,
                    "items",
                    List.of(
                        Map.of("reference", "R-4"), Map.of("reference", "R-5", "priority", 11))));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("items[1].priority");
    assertThat(newItems(admin, target)).isEqualTo(3);

    // nowhere else: the queue the job consumes, another queue, a missing one answer the same 404
    for (String q : List.of(own, other)) {
      assertPlainMissOfQueue(o, robot, job, q);
    }
    assertThat(newItems(admin, own)).isEqualTo(1);
    assertThat(newItems(admin, other)).isZero();

    // a stranger robot with the job's id: the 404 of a missing job
    SimRobot stranger = SimRobot.enrol(o, tag + "-stranger", tag + "-elsewhere", List.of());
    assertStatus(
        404,
        () ->
            stranger
                .client()
                .addItems(
                    job, target, new NewItems(null, List.of(new NewItem("X", 1, null, null)))));

    JsonNode audit =
        admin.get("/api/v1/audit?action=queue.items.add&q=" + target).expect(200).json();
    assertThat(audit.findValuesAsString("detail"))
        .anyMatch(d -> d.contains("job " + job + ": 2 added, 1 already there"))
        .anyMatch(d -> d.contains("answered again"));

    // the job ended: its reach ended with it
    robot.client().updateJob(job, JobUpdate.succeeded(Map.of()));
    assertStatus(
        404,
        () ->
            robot
                .client()
                .addItems(
                    job, target, new NewItems(null, List.of(new NewItem("R-9", 1, null, null)))));
    assertThat(newItems(admin, target)).isEqualTo(3);
  }

  @Test
  void twoRobotsAddingTheSameReferencesAtOnceAddEachOnceAndBothGetAnAnswer() throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    String tag = "enq-race-" + db.name().toLowerCase();
    String target = tag + "-target";
    String own = tag + "-own";
    for (String q : List.of(target, own)) {
      admin.post("/api/v1/queues", Map.of("name", q)).expect(201);
    }
    admin
        .post("/api/v1/flows", Map.of("source", dispatcher(tag + "-flow", target, own)))
        .expect(201);
    List<SimRobot> robots = new ArrayList<>();
    List<Long> jobs = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      long job =
          admin
              .post("/api/v1/jobs", Map.of("flow", tag + "-flow", "pool", tag + n))
              .expect(201)
              .json()
              .get("id")
              .asLong();
      SimRobot robot = SimRobot.enrol(o, tag + "-robot-" + n, tag + n, List.of());
      robot.take(job);
      robots.add(robot);
      jobs.add(job);
    }

    int rounds = 12;
    int perCall = 20;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        List<NewItem> batch = new ArrayList<>();
        for (int i = 0; i < perCall; i++) {
          batch.add(new NewItem("C-" + round + "-" + i, null, null, Map.of("i", i)));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<ItemsCreated>> calls = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
          SimRobot robot = robots.get(n);
          long job = jobs.get(n);
          String request = "race-" + round + "-" + n;
          calls.add(
              pool.submit(
                  () -> {
                    together.await(30, TimeUnit.SECONDS);
                    return robot.client().addItems(job, target, new NewItems(request, batch));
                  }));
        }
        ItemsCreated a = calls.get(0).get(60, TimeUnit.SECONDS);
        ItemsCreated b = calls.get(1).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < perCall; i++) {
          ItemCreated x = a.items().get(i);
          ItemCreated y = b.items().get(i);
          assertThat(x.id())
              .as("round %d item %d: one item for both robots", round, i)
              .isEqualTo(y.id());
          assertThat(List.of(x.duplicate(), y.duplicate()))
              .as("round %d item %d: added by exactly one robot", round, i)
              .containsExactlyInAnyOrder(false, true);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(newItems(admin, target)).isEqualTo((long) rounds * perCall);
  }

  private static void assertPlainMissOfQueue(
      TestOrchestrator o, SimRobot robot, long job, String q) {
    AdminApi api = o.anonymous().withToken(robot.token());
    String body = "{\"items\":[{\"reference\":\"planted\"}]}";
    Response r =
        api.postRaw(
            "/api/v1/robot/jobs/" + job + "/queues/" + q + "/items",
            "application/json",
            body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Response m =
        api.postRaw(
            "/api/v1/robot/jobs/" + job + "/queues/no-such-queue/items",
            "application/json",
            body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(m.status()).isEqualTo(404);
    assertThat(r.status()).as("adding to %s", q).isEqualTo(404);
    assertThat(r.body()).isEqualTo(m.body().replace("no-such-queue", q));
  }

  private static long newItems(AdminApi admin, String queue) {
    return admin
        .get("/api/v1/queues/" + queue)
        .expect(200)
        .json()
        .get("counts")
        .get("NEW")
        .asLong();
  }

  private static void assertStatus(int status, ThrowingCallable call) {
    try {
      call.call();
    } catch (OrchestratorException e) {
      assertThat(e.status()).isEqualTo(status);
      return;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
    throw new AssertionError("expected " + status + ", the call was accepted");
  }
}
