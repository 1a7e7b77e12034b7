package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Two real robot processes (headless Chromium) work a queue of new registrations with {@code sync-registrations}
 * against the sample systems and a real orchestrator on H2. One robot is killed with SIGKILL in the middle of an
 * item, and the orchestrator is restarted in the middle of the run; in the end every registration is filed
 * exactly once. The tests are steps of that one run, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueWorkIT {

  /** Registry size: a quarter are new registrations, the queue's items (800 = the issue's 200 items). */
  static final int RECORDS = Integer.getInteger("e2e.robots.records", 200);
  static final int LEASE_SECONDS = 10;

  @TempDir
  Path dir;
  SyncRig rig;
  RobotProcess a;
  RobotProcess b;
  long started;
  int total;

  @BeforeAll
  void start() {
    rig = new SyncRig(LiveOrchestrator.Db.H2, RECORDS, LEASE_SECONDS, Map.of(), dir);
    total = rig.samples.groundTruth().newRegistrations().size();
    rig.triggers();
    started = System.nanoTime();
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
  void twoRobotsWorkTheQueueSideBySideEachWithItsOwnRegistryAccount() {
    rig.await("both robots finished items", Duration.ofMinutes(3), () -> {
      Map<Long, Long> byRobot = ExactlyOnce.countBy(successful(), i -> i.path("robotId").asLong());
      return byRobot.size() == 2 && byRobot.values().stream().allMatch(n -> n >= 2);
    });
    JsonNode jobs = rig.admin.get("/api/v1/jobs?flow=" + SyncRig.FLOW + "&size=100").expect(200).json();
    List<String> runningFor = new ArrayList<>();
    jobs.forEach(j -> {
      if (j.path("state").asString().equals("RUNNING")) {
        runningFor.add(j.path("startedBy").asString());
      }
    });
    assertThat(runningFor).as("running jobs hold different clerks' accounts").doesNotHaveDuplicates();
    assertThat(a.output() + b.output()).doesNotContain("logged out").doesNotContain("Exception in thread");
  }

  @Test
  @Order(2)
  void anItemOfARobotKilledMidItemIsLeasedAgainAfterExpiryAndFinishesOnce() {
    long robotA = ExactlyOnce.robotIds(rig.admin).get("robot-a");
    JsonNode[] held = new JsonNode[1];
    rig.await("robot-a holds an item", Duration.ofMinutes(2), () -> {
      for (JsonNode i : inProgress()) {
        if (i.path("robotId").asLong() == robotA) {
          held[0] = i;
          return true;
        }
      }
      return false;
    });
    RobotProcess.sleep(1500);   // well into the item: logged in, reading the registry
    a.kill9();
    long item = held[0].path("id").asLong();
    rig.await("the killed robot's item is done by robot-b", Duration.ofMinutes(2),
        () -> rig.admin.get("/api/v1/items/" + item).expect(200).json().path("status").asString().equals("SUCCESSFUL"));
    JsonNode history = rig.admin.get("/api/v1/items/" + item).expect(200).json().path("history");
    List<String> steps = new ArrayList<>();
    history.forEach(h -> steps.add(h.path("to").asString() + "@" + h.path("robotId").asLong(0) + ":"
        + h.path("reason").asString("")));
    assertThat(steps).as("history of item %d", item).anyMatch(s -> s.startsWith("SYSTEM_FAILED@" + robotA)
        && s.contains("lease expired"));
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.path("to").asString()).isEqualTo("SUCCESSFUL");
    assertThat(last.path("robotId").asLong()).isNotEqualTo(robotA);
    // the robot comes back with its kept token; its old job is failed, it takes new ones
    a = rig.robot("robot-a");
    a.awaitOutput("connected to", Duration.ofMinutes(1));
    assertThat(a.output()).doesNotContain("Enrolling");
  }

  @Test
  @Order(3)
  void anOrchestratorRestartMidRunLosesNothing() {
    assertThat(rig.count("NEW")).as("items left for after the restart").isGreaterThan(0);
    rig.orchestrator.restart();
    rig.await("every item succeeded", Duration.ofMinutes(10), () -> rig.count("SUCCESSFUL") == total);
    double minutes = (System.nanoTime() - started) / 60e9;
    System.out.printf("QueueWorkIT: %d items by 2 robots in %.1f min (%.1f items/min), with a kill -9 and a restart%n",
        total, minutes, total / minutes);
    assertThat(rig.count("SUCCESSFUL")).isEqualTo(total);
    assertThat(a.output() + b.output()).contains("unreachable");
    // every job that ended on its own sent all its events, those spooled during the restart included
    JsonNode jobs = rig.admin.get("/api/v1/jobs?flow=" + SyncRig.FLOW + "&size=500").expect(200).json();
    int checked = 0;
    for (JsonNode job : jobs) {
      if (job.path("state").asString().equals("SUCCEEDED")) {
        List<Long> seqs = new ArrayList<>();
        rig.admin.get("/api/v1/jobs/" + job.path("id").asLong() + "/events?limit=5000").expect(200).json()
            .forEach(e -> seqs.add(e.path("seq").asLong()));
        assertThat(seqs).as("events of job %d", job.path("id").asLong()).isNotEmpty();
        assertThat(seqs.get(seqs.size() - 1)).as("no gap in the events of job %d", job.path("id").asLong())
            .isEqualTo(seqs.size());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(0);
  }

  @Test
  @Order(4)
  void everyRegistrationIsFiledExactlyOnceWithTheRegistrysData() {
    ExactlyOnce.check(rig);
  }

  private List<JsonNode> successful() {
    List<JsonNode> out = new ArrayList<>();
    rig.admin.get("/api/v1/queues/" + SyncRig.QUEUE + "/items?status=SUCCESSFUL&size=500").expect(200).json()
        .forEach(out::add);
    return out;
  }

  private List<JsonNode> inProgress() {
    List<JsonNode> out = new ArrayList<>();
    rig.admin.get("/api/v1/queues/" + SyncRig.QUEUE + "/items?status=IN_PROGRESS&size=500").expect(200).json()
        .forEach(out::add);
    return out;
  }
}
