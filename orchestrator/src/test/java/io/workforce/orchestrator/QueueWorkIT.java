package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.orchestrator.queue.ItemWork;
import io.workforce.orchestrator.robot.RobotService;
import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.QueueItem;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class QueueWorkIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;
  static final AtomicInteger QUEUES = new AtomicInteger();

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator = TestOrchestrator.start(db, Map.of("workforce.robots.sweep-interval", "1h"));
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/credentials", Map.of("name", "registry-clerk")).expect(201);
    admin
        .put(
            "/api/v1/credentials/registry-clerk/value", Map.of("username", "robot", "secret", "pw"))
        .expect(204);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  /** Starts a run of the queue's flow; answers its id. */
  static long startJob(String queue) {
    return orchestrator
        .admin()
        .post("/api/v1/jobs", Map.of("flow", "work-" + queue))
        .expect(201)
        .json()
        .get("id")
        .asLong();
  }

  /** Starts a run of the queue's flow and has this robot take it; answers the job's id. */
  static long working(SimRobot robot, String queue) {
    long jobId = startJob(queue);
    robot.take(jobId);
    return jobId;
  }

  /**
   * Two minutes pass in which only a new robot beats: the others are swept offline. Answers the new
   * robot.
   */
  static SimRobot othersGoOffline(String queue) {
    SimRobot other = SimRobot.enrol(orchestrator, queue + "-other");
    orchestrator.clock().advance(Duration.ofMinutes(2));
    other.client().heartbeat(Heartbeat.idle());
    assertThat(orchestrator.bean(RobotService.class).sweepOffline()).isGreaterThanOrEqualTo(1);
    return other;
  }

  /** A new queue and a flow reading it; answers the queue's name. */
  static String queueWithFlow(int items, int sessions) {
    String queue = "q" + QUEUES.incrementAndGet();
    AdminApi admin = orchestrator.admin();
    admin
        .post("/api/v1/queues", Map.of("name", queue, "maxAttempts", 3, "leaseSeconds", 60))
        .expect(201);
    admin
        .post(
            "/api/v1/flows",
            Map.of(
                "source",
                TestFlows.queueFlow("work-" + queue, 1, queue, "registry-clerk", sessions)))
        .expect(201);
    for (int i = 0; i < items; i++) {
      admin
          .post(
              "/api/v1/queues/" + queue + "/items",
              Map.of("reference", queue + "-" + i, "payload", Map.of("code", i)))
          .expect(201);
    }
    return queue;
  }

  @Test
  void twoHundredItemsAreWorkedExactlyOnceByConcurrentRobots() throws Exception {
    String queue = queueWithFlow(200, 4);
    List<SimRobot> robots = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      robots.add(SimRobot.enrol(orchestrator, queue + "-robot-" + i));
      startJob(queue);
    }
    Map<String, Integer> done = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> results = new ArrayList<>();
    for (SimRobot robot : robots) {
      results.add(
          pool.submit(
              () -> {
                WorkAssignment job = robot.client().pollWork(Duration.ofSeconds(10)).orElseThrow();
                robot.client().updateJob(job.jobId(), JobUpdate.running());
                int n = 0;
                for (Optional<QueueItem> item;
                    (item = robot.client().claimItem(job.queueName(), job.jobId(), null))
                        .isPresent();
                    n++) {
                  done.merge(item.get().reference(), 1, Integer::sum);
                  robot
                      .client()
                      .completeItem(
                          item.get().id(), Map.of("receipt", "R-" + item.get().reference()));
                }
                robot.client().updateJob(job.jobId(), JobUpdate.succeeded(Map.of("items", n)));
                return n;
              }));
    }
    int total = 0;
    for (Future<Integer> f : results) {
      total += f.get();
    }
    pool.shutdown();
    assertThat(total).isEqualTo(200);
    assertThat(done)
        .hasSize(200)
        .allSatisfy((ref, count) -> assertThat(count).as(ref).isEqualTo(1));
    JsonNode counts = orchestrator.admin().get("/api/v1/queues/" + queue).json().get("counts");
    assertThat(counts.get("SUCCESSFUL").asInt()).isEqualTo(200);
    assertThat(
            orchestrator
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM processed_item p JOIN queue_item i ON i.id = p.queue_item_id "
                        + "WHERE i.queue_name = ?")
                .param(queue)
                .query(Integer.class)
                .single())
        .isEqualTo(200);
  }

  @Test
  void anExpiredLeaseReturnsADeadRobotsItemToAnotherRobot() {
    String queue = queueWithFlow(1, 2);
    SimRobot dead = SimRobot.enrol(orchestrator, queue + "-dead");
    SimRobot alive = SimRobot.enrol(orchestrator, queue + "-alive");
    long deadJob = working(dead, queue);
    long aliveJob = working(alive, queue);
    QueueItem taken = dead.client().claimItem(queue, deadJob, Duration.ofSeconds(30)).orElseThrow();
    assertThat(alive.client().claimItem(queue, aliveJob, null))
        .as("leased to the dead robot")
        .isEmpty();

    orchestrator.clock().advance(Duration.ofSeconds(31));
    assertThat(orchestrator.bean(ItemWork.class).sweepExpiredLeases()).isGreaterThanOrEqualTo(1);

    QueueItem again = alive.client().claimItem(queue, aliveJob, null).orElseThrow();
    assertThat(again.id()).isEqualTo(taken.id());
    assertThat(again.attempts()).isEqualTo(2);
    alive.client().completeItem(again.id(), Map.of());
    assertThatThrownBy(() -> dead.client().completeItem(taken.id(), Map.of()))
        .isInstanceOf(OrchestratorException.class)
        .hasMessageContaining("409");
    JsonNode item = orchestrator.admin().get("/api/v1/items/" + taken.id()).json();
    assertThat(item.get("status").asString()).isEqualTo("SUCCESSFUL");
    assertThat(item.get("history").findValuesAsString("reason"))
        .anyMatch(r -> r.startsWith("lease expired"));
    dead.client().updateJob(deadJob, JobUpdate.succeeded(Map.of()));
    alive.client().updateJob(aliveJob, JobUpdate.succeeded(Map.of()));
  }

  @Test
  void aLostRobotsJobFailsAndItsItemGoesBack() {
    String queue = queueWithFlow(2, 2);
    SimRobot lost = SimRobot.enrol(orchestrator, queue + "-lost");
    long jobId = startJob(queue);
    WorkAssignment job = lost.client().pollWork(Duration.ofSeconds(5)).orElseThrow();
    assertThat(job.jobId()).isEqualTo(jobId);
    lost.client().updateJob(jobId, JobUpdate.running());
    QueueItem item = lost.client().claimItem(queue, jobId, null).orElseThrow();

    SimRobot other = othersGoOffline(queue);

    JsonNode failed = orchestrator.admin().get("/api/v1/jobs/" + jobId).json();
    assertThat(failed.get("state").asString()).isEqualTo("FAILED");
    assertThat(failed.get("failureKind").asString()).isEqualTo("SYSTEM");
    assertThat(
            orchestrator.admin().get("/api/v1/items/" + item.id()).json().get("status").asString())
        .isEqualTo("SYSTEM_FAILED");
    long otherJob = working(other, queue);
    assertThat(other.client().claimItem(queue, otherJob, null).orElseThrow().id())
        .isIn(item.id(), item.id() + 1);
    other.client().updateJob(otherJob, JobUpdate.succeeded(Map.of()));
  }

  /**
   * Issue 15: a robot restarted within {@code offline-after} asks for work while its old job still
   * runs; the job fails, and its item goes back at once, as on the lost-robot path (it used to stay
   * IN_PROGRESS until its lease ran out).
   */
  @Test
  void aRobotRestartedInTheMiddleOfAJobGetsItFailedAndItsItemGoesBackAtOnce() {
    String queue = queueWithFlow(1, 2);
    SimRobot restarted = SimRobot.enrol(orchestrator, queue + "-restarted");
    long jobId = working(restarted, queue);
    QueueItem item = restarted.client().claimItem(queue, jobId, null).orElseThrow();

    assertThat(restarted.client().pollWork(Duration.ofMillis(200))).as("nothing else").isEmpty();

    JsonNode failed = orchestrator.admin().get("/api/v1/jobs/" + jobId).json();
    assertThat(failed.get("state").asString()).isEqualTo("FAILED");
    assertThat(failed.get("failureMessage").asString()).contains("restarted");
    JsonNode back = orchestrator.admin().get("/api/v1/items/" + item.id()).json();
    assertThat(back.get("status").asString()).as("back in its queue").isEqualTo("SYSTEM_FAILED");
    assertThat(back.get("history").findValuesAsString("reason"))
        .anyMatch(r -> r.contains("restarted"));
    long again = working(restarted, queue);
    assertThat(restarted.client().claimItem(queue, again, null).orElseThrow().id())
        .as("claimed again without waiting for the lease")
        .isEqualTo(item.id());
    restarted.client().updateJob(again, JobUpdate.succeeded(Map.of()));
  }

  @Test
  void aRobotThatShutsDownIsOfflineAtOnceAndTheJobItHadNotStartedGoesToAnother() {
    String queue = queueWithFlow(1, 2);
    SimRobot leaving = SimRobot.enrol(orchestrator, queue + "-leaving");
    long jobId = startJob(queue);
    leaving.receive(jobId);

    // its answer to that poll was never read: it shuts down and says so
    leaving.client().heartbeat(Heartbeat.leaving());
    assertThat(
            orchestrator
                .admin()
                .get("/api/v1/robots/" + leaving.id())
                .json()
                .get("status")
                .asString())
        .isEqualTo("OFFLINE");
    JsonNode waiting = orchestrator.admin().get("/api/v1/jobs/" + jobId).json();
    assertThat(waiting.get("state").asString()).isEqualTo("PENDING");
    assertThat(waiting.path("robotId").isNull() || waiting.path("robotId").isMissingNode())
        .as("robotId of %s", waiting)
        .isTrue();
    assertThat(waiting.get("history").findValuesAsString("reason"))
        .anyMatch(r -> r.contains(queue + "-leaving shut down before it started the job"));

    SimRobot other = SimRobot.enrol(orchestrator, queue + "-other");
    other.receive(jobId);
    assertThatThrownBy(() -> leaving.client().updateJob(jobId, JobUpdate.running()))
        .as("the robot that left has no say in it any more")
        .isInstanceOf(OrchestratorException.class);
    other.client().updateJob(jobId, JobUpdate.running());
    other.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
    assertThat(orchestrator.admin().get("/api/v1/jobs/" + jobId).json().get("state").asString())
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void aLostRobotsJobStoppedBeforeItStartedIsCancelled() {
    String queue = queueWithFlow(0, 2);
    SimRobot lost = SimRobot.enrol(orchestrator, queue + "-lost");
    long jobId = startJob(queue);
    lost.receive(jobId);
    assertThat(
            orchestrator
                .admin()
                .post("/api/v1/jobs/" + jobId + "/stop", Map.of())
                .expect(200)
                .json()
                .get("state")
                .asString())
        .isEqualTo("STOPPING");

    othersGoOffline(queue);
    JsonNode job = orchestrator.admin().get("/api/v1/jobs/" + jobId).json();
    assertThat(job.get("state").asString()).isEqualTo("CANCELLED");
    assertThat(job.path("failureKind").isNull() || job.path("failureKind").isMissingNode())
        .as("failureKind of %s", job)
        .isTrue();
  }

  @Test
  void duplicatesAreRefusedWithTheExistingIdAndFailuresAreRetriedUpToTheLimit() {
    String queue = queueWithFlow(0, 1);
    SimRobot robot = SimRobot.enrol(orchestrator, queue + "-robot");
    long jobId = working(robot, queue);
    ItemCreated first = robot.client().addItem(queue, new NewItem("A-1", 7, null, Map.of("x", 1)));
    ItemCreated again = robot.client().addItem(queue, new NewItem("A-1", 7, null, Map.of("x", 2)));
    assertThat(again.duplicate()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(
            orchestrator
                .admin()
                .post("/api/v1/queues/" + queue + "/items", Map.of("reference", "A-1"))
                .expect(409)
                .json()
                .get("existingId")
                .asLong())
        .isEqualTo(first.id());

    for (int attempt = 1; attempt <= 3; attempt++) {
      QueueItem item = robot.client().claimItem(queue, jobId, null).orElseThrow();
      assertThat(item.attempts()).isEqualTo(attempt);
      robot.client().failItem(item.id(), FailureKind.SYSTEM, "系统超时");
    }
    assertThat(robot.client().claimItem(queue, jobId, null)).as("attempts used up").isEmpty();
    String csv =
        orchestrator.admin().get("/api/v1/queues/" + queue + "/items/export").expect(200).body();
    assertThat(csv).contains("A-1").contains("系统超时");
    assertThat(
            orchestrator
                .admin()
                .post("/api/v1/queues/" + queue + "/retry-failed", "")
                .json()
                .get("retried")
                .asInt())
        .isEqualTo(1);
    QueueItem retried = robot.client().claimItem(queue, jobId, null).orElseThrow();
    robot.client().failItem(retried.id(), FailureKind.BUSINESS, "名称不一致");
    assertThat(robot.client().claimItem(queue, jobId, null))
        .as("business failures are not retried")
        .isEmpty();
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
  }

  @Test
  void csvImportReportsEveryRow() {
    String queue = queueWithFlow(0, 1);
    orchestrator
        .admin()
        .post("/api/v1/queues/" + queue + "/items", Map.of("reference", "B-2"))
        .expect(201);
    String csv = "reference,priority,name\nB-1,3,甲公司\nB-2,5,乙公司\nB-3,x,丙公司\nB-4,,丁公司\n";
    String boundary = "----wf" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"items.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    JsonNode report =
        orchestrator
            .admin()
            .postRaw(
                "/api/v1/queues/" + queue + "/items/import",
                "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8))
            .expect(200)
            .json();
    assertThat(report.get("added").asInt()).isEqualTo(2);
    assertThat(report.get("duplicates").asInt()).isEqualTo(1);
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    assertThat(report.get("rows").get(1).get("row").asInt()).isEqualTo(3);
    assertThat(report.get("rows").get(1).get("outcome").asString()).isEqualTo("DUPLICATE");
    assertThat(report.get("rows").get(2).get("outcome").asString()).isEqualTo("ERROR");
    JsonNode b1 = null;
    for (JsonNode i :
        orchestrator.admin().get("/api/v1/queues/" + queue + "/items?size=10").json()) {
      b1 = i.path("reference").asString().equals("B-1") ? i : b1;
    }
    assertThat(b1).as("item B-1").isNotNull();
    assertThat(b1.path("payload").path("reference").asString())
        .as("the row keeps its reference column")
        .isEqualTo("B-1");
    assertThat(b1.path("payload").path("name").asString()).isEqualTo("甲公司");
    assertThat(b1.path("payload").has("priority")).isFalse();
  }

  @Test
  void aRestartLosesNothing() {
    String queue = queueWithFlow(3, 2);
    SimRobot robot = SimRobot.enrol(orchestrator, queue + "-robot");
    QueueItem held = robot.client().claimItem(queue, working(robot, queue), null).orElseThrow();
    long pendingJob = startJob(queue);

    orchestrator.restart();

    robot = SimRobot.reconnect(orchestrator, robot);
    robot.client().completeItem(held.id(), Map.of("after", "restart"));
    assertThat(robot.client().pollWork(Duration.ofSeconds(5)).orElseThrow().jobId())
        .isEqualTo(pendingJob);
    JsonNode counts = orchestrator.admin().get("/api/v1/queues/" + queue).json().get("counts");
    assertThat(counts.get("SUCCESSFUL").asInt()).isEqualTo(1);
    assertThat(counts.get("NEW").asInt()).isEqualTo(2);
    robot.client().updateJob(pendingJob, JobUpdate.running());
    robot.client().updateJob(pendingJob, JobUpdate.succeeded(Map.of()));
  }
}
