package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two real robot processes ({@code rpa robot}, headless Chromium, Tesseract) work a queue of new
 * registrations with the sample flow {@code sync-registrations} against the sample systems and a
 * real orchestrator on H2, over real HTTP. The queue is filled in batches so that each step finds
 * work in hand: one robot is killed with SIGKILL in the middle of an item, a job is stopped on
 * request, the orchestrator is stopped for longer than its offline limit and started again. In the
 * end every registration is filed exactly once, no event is lost, and no secret shows anywhere. The
 * tests are steps of that one run, in order.
 *
 * <p>To catch a robot "in the middle of an item" without sleeping and hoping, the test freezes the
 * robot's JVM (SIGSTOP; its browser keeps running), checks the orchestrator, and acts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RobotsWorkAQueueIT {

  /** Registry size: a quarter are new registrations, the queue's items. */
  static final int RECORDS = Integer.getInteger("e2e.robots.records", 48);

  static final Duration STEP = Duration.ofMinutes(3);

  /** How long a robot that waits for its frozen browser must be seen holding the same item. */
  static final Duration STILL = Duration.ofSeconds(3);

  @TempDir static Path dir;
  SyncRig rig;
  RobotProcess a;
  RobotProcess b;
  int total;
  int imported;
  long killedJob;

  @BeforeAll
  void start() {
    rig = new SyncRig(LiveOrchestrator.Db.H2, RECORDS, 60, Map.of(), dir);
    total = rig.registrationRows().size() - 1;
    assertThat(total).as("new registrations").isGreaterThanOrEqualTo(10);
    importNext(total / 3);
    rig.triggers();
    a = rig.robot("robot-a");
    b = rig.robot("robot-b");
  }

  @AfterAll
  void stop() {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @Order(1)
  void twoRobotsWorkTheQueueSideBySideEachWithItsOwnClerksAccount() {
    rig.await(
        "both robots finished items",
        STEP,
        () -> {
          Map<Long, Long> byRobot =
              ExactlyOnce.countBy(items("SUCCESSFUL"), i -> i.path("robotId").asLong());
          return byRobot.size() == 2;
        });
    List<String> runningFor = new ArrayList<>();
    rig.admin
        .get("/api/v1/jobs?flow=" + SyncRig.FLOW + "&state=RUNNING&size=100")
        .expect(200)
        .json()
        .forEach(j -> runningFor.add(j.path("startedBy").asString()));
    assertThat(runningFor)
        .as("running jobs hold different clerks' registry accounts")
        .doesNotHaveDuplicates();
    assertThat(a.output() + b.output()).doesNotContain("Exception in thread");
  }

  @Test
  @Order(2)
  void aRobotKilledMidItemHasItsJobFailedAndItsItemFinishedByTheOtherRobot() {
    importNext(total * 2 / 3);
    long robotA = ExactlyOnce.robotIds(rig.admin).get("robot-a");
    JsonNode held = catchInTheMiddle(List.of(a), robotA);
    a.kill9();
    long item = held.path("id").asLong();
    killedJob = held.path("jobId").asLong();

    rig.await(
        "the killed robot's job failed",
        STEP,
        () -> job(killedJob).path("state").asString().equals("FAILED"));
    assertThat(job(killedJob).path("failureKind").asString()).isEqualTo("SYSTEM");
    rig.await(
        "the killed robot's item is done by robot-b",
        STEP,
        () -> item(item).path("status").asString().equals("SUCCESSFUL"));
    JsonNode history = item(item).path("history");
    List<String> steps = new ArrayList<>();
    history.forEach(h -> steps.add(h.path("to").asString() + "@" + h.path("robotId").asLong(0)));
    assertThat(steps).as("history of item %d", item).contains("SYSTEM_FAILED@" + robotA);
    assertThat(history.get(history.size() - 1).path("robotId").asLong())
        .as("who finished it")
        .isNotEqualTo(robotA);

    a =
        rig.robot(
            "robot-a"); // comes back with the token it kept (checked below, once it is connected)
  }

  @Test
  @Order(3)
  void aStopRequestEndsTheJobAfterTheCurrentStepAndItsItemGoesBack() {
    importNext(total * 5 / 6);
    long holderId = catchInTheMiddle(List.of(a, b), null).path("robotId").asLong();
    RobotProcess holder = holderId == ExactlyOnce.robotIds(rig.admin).get("robot-a") ? a : b;
    // its browser stands still until the stop has reached it, so the item in hand cannot end first.
    // The robot
    // was caught at any point of its item, perhaps in the last steps that need no browser (or with
    // the browser's
    // last answer already on its way): it may still finish that item and take the next. The item in
    // hand is the
    // one it holds once that has run out and it waits for its browser.
    holder.freezeBrowsers();
    JsonNode held;
    long jobId;
    try {
      thawAll();
      held = inHandOnceStill(holderId);
      jobId = held.path("jobId").asLong();
      assertThat(
              rig.admin
                  .post("/api/v1/jobs/" + jobId + "/stop", Map.of())
                  .expect(200)
                  .json()
                  .path("state")
                  .asString())
          .isEqualTo("STOPPING");
      holder.awaitOutput("Job #" + jobId + " was stopped", Duration.ofSeconds(20));
    } finally {
      holder.thawBrowsers();
    }
    rig.await(
        "job " + jobId + " confirmed the stop",
        STEP,
        () -> job(jobId).path("state").asString().equals("CANCELLED"));
    assertThat(holder.output()).contains("Job #" + jobId + " ended: CANCELLED");
    List<String> back = new ArrayList<>();
    item(held.path("id").asLong())
        .path("history")
        .forEach(
            h ->
                back.add(
                    h.path("to").asString()
                        + "@"
                        + h.path("jobId").asLong()
                        + ": "
                        + h.path("reason").asString("")));
    assertThat(back)
        .as(
            "item %d in hand went back to the queue; its history: %s",
            held.path("id").asLong(), back)
        .anyMatch(h -> h.startsWith("SYSTEM_FAILED@" + jobId) && h.contains("stopped"));
  }

  @Test
  @Order(4)
  void anOrchestratorAwayForLongerThanItsOfflineLimitLosesNothingAndFailsNoJob() {
    importNext(total);
    catchInTheMiddle(List.of(a, b), null);
    long down = System.nanoTime();
    try {
      rig.orchestrator.stop();
    } finally {
      thawAll();
    }
    rig.await("a robot kept events on disk", STEP, () -> spooled(a) + spooled(b) > 0);
    long away = Duration.ofNanos(System.nanoTime() - down).toMillis();
    RobotProcess.sleep(
        Math.max(0, 8000 - away)); // longer than workforce.robots.offline-after (6 s)
    rig.orchestrator.restart();

    rig.await("every item succeeded", STEP, () -> rig.count("SUCCESSFUL") == total);
    a.awaitOutput("connected to", STEP);
    assertThat(a.output()).as("robot-a after its restart").doesNotContain("Enrolling");
    rig.await("the robots sent what they kept", STEP, () -> spooled(a) + spooled(b) == 0);
    assertThat(a.output() + b.output()).contains("unreachable");
    JsonNode robots = rig.admin.get("/api/v1/robots").expect(200).json();
    robots.forEach(
        r ->
            assertThat(r.path("status").asString())
                .as(r.path("name").asString())
                .isEqualTo("ONLINE"));
    List<Long> failed = new ArrayList<>();
    jobs()
        .forEach(
            j -> {
              if (j.path("state").asString().equals("FAILED")) {
                failed.add(j.path("id").asLong());
              }
            });
    assertThat(failed).as("failed jobs: only the killed robot's").containsExactly(killedJob);
    rig.await(
        "every job that ended on its own has all its events",
        STEP,
        () -> {
          for (JsonNode j : jobs()) {
            String state = j.path("state").asString();
            if ((state.equals("SUCCEEDED") || state.equals("CANCELLED"))
                && !complete(j.path("id").asLong())) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  @Order(5)
  void everyRegistrationIsFiledExactlyOnceWithTheRegistrysData() {
    ExactlyOnce.check(rig);
  }

  @Test
  @Order(6)
  void noSecretShowsInRobotOutputJournalsEventsFileNamesLogsOrApiAnswers() {
    jobs()
        .forEach(
            j ->
                rig.admin
                    .get("/api/v1/jobs/" + j.path("id").asLong() + "/events?limit=5000")
                    .expect(200));
    Canary.check(rig, List.of(a, b));
  }

  @Test
  @Order(7)
  void sigtermStopsARobotCleanly() {
    // 143 = 128 + SIGTERM: a JVM that ends because of SIGTERM exits so, after its shutdown hooks
    assertThat(b.terminate(Duration.ofMinutes(1)))
        .as("exit code of robot-b after SIGTERM")
        .isIn(0, 143);
    assertThat(b.output()).contains("Robot robot-b stopped");
  }

  /** Imports the next registrations, up to index {@code to} (exclusive). */
  private void importNext(int to) {
    rig.importRegistrations(imported, to);
    imported = to;
  }

  /**
   * Freezes the robots as soon as one of them ({@code robotId}, or any) holds an item, and answers
   * that item while they stand still (they stay frozen: the caller acts, then thaws them or kills
   * one).
   */
  private JsonNode catchInTheMiddle(List<RobotProcess> robots, Long robotId) {
    JsonNode[] caught = new JsonNode[1];
    rig.await(
        "a robot holds an item",
        STEP,
        () -> {
          Optional<JsonNode> held = held(robotId);
          if (held.isEmpty()) {
            return false;
          }
          robots.forEach(RobotProcess::freeze);
          RobotProcess.sleep(300); // a completion already on the wire lands now
          Optional<JsonNode> still = held(robotId);
          if (still.isPresent()) {
            caught[0] = still.get();
            return true;
          }
          robots.forEach(RobotProcess::thaw);
          return false;
        });
    return caught[0];
  }

  /**
   * The item a robot whose browser is frozen holds once it has stood still: the same item, in the
   * same job, seen for {@link #STILL} (its work without the browser, such as OCR of a screenshot
   * already taken or reporting an item done, takes far less).
   */
  private JsonNode inHandOnceStill(long robotId) {
    JsonNode[] seen = new JsonNode[1];
    long[] since = {System.nanoTime()};
    rig.await(
        "robot " + robotId + " holds the same item for " + STILL,
        STEP,
        () -> {
          JsonNode now = held(robotId).orElse(null);
          String key =
              now == null ? "" : now.path("id").asLong() + "@" + now.path("jobId").asLong();
          String before =
              seen[0] == null
                  ? ""
                  : seen[0].path("id").asLong() + "@" + seen[0].path("jobId").asLong();
          if (now == null || !key.equals(before)) {
            seen[0] = now;
            since[0] = System.nanoTime();
            return false;
          }
          return System.nanoTime() - since[0] >= STILL.toNanos();
        });
    return seen[0];
  }

  private Optional<JsonNode> held(Long robotId) {
    for (JsonNode i : items("IN_PROGRESS")) {
      if (robotId == null || i.path("robotId").asLong() == robotId) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private void thawAll() {
    for (RobotProcess r : List.of(a, b)) {
      if (r.alive()) {
        r.thaw();
      }
    }
  }

  /**
   * Whether a job's events are all there: numbered 1..n without a gap, the run's end among them.
   */
  private boolean complete(long jobId) {
    List<Long> seqs = new ArrayList<>();
    boolean[] ended = {false};
    rig.admin
        .get("/api/v1/jobs/" + jobId + "/events?limit=5000")
        .expect(200)
        .json()
        .forEach(
            e -> {
              seqs.add(e.path("seq").asLong());
              ended[0] |= e.path("message").asString("").matches("run \\S+ ended.*");
            });
    return ended[0] && !seqs.isEmpty() && seqs.get(seqs.size() - 1) == seqs.size();
  }

  private static long spooled(RobotProcess robot) {
    return Canary.files(robot.stateDir().resolve("outbox")).stream()
        .filter(
            p ->
                p.getFileName().toString().matches("\\d{12}-.*")
                    && p.getParent().getFileName().toString().equals("outbox"))
        .count();
  }

  private List<JsonNode> items(String status) {
    List<JsonNode> out = new ArrayList<>();
    rig.admin
        .get("/api/v1/queues/" + SyncRig.QUEUE + "/items?status=" + status + "&size=500")
        .expect(200)
        .json()
        .forEach(out::add);
    return out;
  }

  private JsonNode item(long id) {
    return rig.admin.get("/api/v1/items/" + id).expect(200).json();
  }

  private JsonNode job(long id) {
    return rig.admin.get("/api/v1/jobs/" + id).expect(200).json();
  }

  private List<JsonNode> jobs() {
    List<JsonNode> out = new ArrayList<>();
    rig.admin
        .get("/api/v1/jobs?flow=" + SyncRig.FLOW + "&size=500")
        .expect(200)
        .json()
        .forEach(out::add);
    return out;
  }
}
