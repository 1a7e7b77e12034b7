package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.Multipart;
import io.workforce.orchestrator.testing.OrchestratorProcess;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.testkit.LocalPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (what each node keeps): two orchestrator processes on one PostgreSQL, as behind a load
 * balancer, each with a data directory of its own. What one node is told, the other knows.
 */
class TwoNodesIT {

  @TempDir static Path dir;
  static OrchestratorProcess a;
  static OrchestratorProcess b;

  @BeforeAll
  static void startTwoNodes() {
    String db =
        LocalPostgres.shared().createDatabase("wf_two_nodes_" + ProcessHandle.current().pid());
    // the rescans (1 s by default) are the safety net only: these nodes would rescan once an hour,
    // so what one node learns of another comes through PostgreSQL's NOTIFY
    Map<String, String> shared =
        Map.of(
            "workforce.vault.master-key-file",
            dir.resolve("master.key").toString(),
            "workforce.dispatch.rescan-interval",
            "1h");
    List<String> jvm = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    a = OrchestratorProcess.start(dir.resolve("a"), db, jvm, shared);
    b = OrchestratorProcess.start(dir.resolve("b"), db, jvm, shared);
  }

  @AfterAll
  static void stopThem() {
    for (OrchestratorProcess node : new OrchestratorProcess[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void failedLogInsCountedOnOneNodeLockTheNameOnTheOther() {
    a.person("two-nodes-locked", "CLERK");
    for (int i = 0; i < 5; i++) {
      a.browser().login("two-nodes-locked", "wrong-" + i).expect(401);
    }
    b.browser().login("two-nodes-locked", TestOrchestrator.PASSWORD).expect(429);
  }

  @Test
  void aSessionAndItsCsrfTokenStartedOnOneNodeWorkOnTheOther() {
    AdminApi onA = a.person("two-nodes-admin", "ADMINISTRATOR");
    AdminApi onB = onA.at(b.baseUri());
    assertThat(onB.get("/api/v1/me").expect(200).json().get("username").asString())
        .isEqualTo("two-nodes-admin");
    onB.post("/api/v1/queues", Map.of("name", "made-on-b")).expect(201);
    assertThat(onA.get("/api/v1/queues/made-on-b").status()).isEqualTo(200);
    assertThat(onB.withoutCsrf().post("/api/v1/queues", Map.of("name", "no-csrf")).status())
        .as("without the CSRF token")
        .isEqualTo(403);
    onA.at(b.baseUri()).post("/api/v1/auth/logout", "").expect(204);
    assertThat(onA.get("/api/v1/me").status()).as("logged out on A too").isEqualTo(401);
  }

  /**
   * A robot long-polling B gets a job created through A at once, not when B next rescans (here: an
   * hour later), and a robot retired through A is refused by B at once, not when B's token cache
   * expires.
   */
  @Test
  void aJobCreatedOnOneNodeWakesARobotWaitingOnTheOtherAndARetiredRobotIsRefusedByBoth()
      throws Exception {
    AdminApi admin = a.admin();
    admin.post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("two-nodes-wake", 1)));
    SimRobot robot = SimRobot.enrol(admin, b.baseUri(), "two-nodes-waiting", null, List.of());
    robot.client().heartbeat(Heartbeat.idle()); // B knows the robot's token now
    ExecutorService poller = Executors.newSingleThreadExecutor();
    try {
      Future<Optional<WorkAssignment>> poll =
          poller.submit(() -> robot.client().pollWork(Duration.ofSeconds(25)));
      await()
          .alias("the robot's poll waits on B")
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  b.admin()
                      .get("/actuator/prometheus")
                      .body()
                      .lines()
                      .anyMatch(
                          l -> l.startsWith("workforce_robots_waiting ") && !l.endsWith(" 0.0")));
      long created = System.nanoTime();
      long jobId =
          admin
              .post("/api/v1/jobs", Map.of("flow", "two-nodes-wake"))
              .expect(201)
              .json()
              .get("id")
              .asLong();
      Optional<WorkAssignment> work = poll.get(30, TimeUnit.SECONDS);
      long millis = (System.nanoTime() - created) / 1_000_000;
      System.out.printf("job created on A reached the robot waiting on B in %d ms%n", millis);
      assertThat(work).as("the robot waiting on B gets the job created on A").isPresent();
      assertThat(work.get().jobId()).isEqualTo(jobId);
      assertThat(millis).as("woken by the signal, not by its poll's end").isLessThan(15_000);
      robot.client().updateJob(jobId, JobUpdate.running());
      robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
    } finally {
      poller.shutdownNow();
    }

    admin.post("/api/v1/robots/" + robot.id() + "/retire", "").expect(200);
    assertThatThrownBy(() -> robot.client().heartbeat(Heartbeat.idle()))
        .as("B refuses the token retired through A at once")
        .isInstanceOf(OrchestratorException.class)
        .hasMessageContaining("401");
  }

  /**
   * Uploads are in the database, not on the disk of the node that received them: a clerk's input
   * file uploaded through A is downloaded by a robot through B, a robot's screenshot uploaded
   * through B is seen through A, both byte for byte and larger than one stored chunk; who may see
   * them is checked the same on either node.
   */
  @Test
  void aFileUploadedThroughOneNodeDownloadsThroughTheOther() {
    AdminApi admin = a.admin();
    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.csvFlow("two-nodes-csv", 1)))
        .expect(201);
    AdminApi clerkOnA = a.person("two-nodes-clerk", "CLERK");
    admin
        .put("/api/v1/flows/two-nodes-csv/shares", List.of(Map.of("user", "two-nodes-clerk")))
        .expect(200);
    StringBuilder csv = new StringBuilder("code,name\n");
    for (int i = 0; csv.length() < 700_000; i++) {
      csv.append("C-").append(i).append(",第").append(i).append("号企业\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    String fileId =
        clerkOnA
            .postRaw("/api/v1/job-files", Multipart.CONTENT_TYPE, Multipart.file("big.csv", file))
            .expect(201)
            .json()
            .get("id")
            .asString();
    AdminApi clerkOnB = clerkOnA.at(b.baseUri());
    assertThat(clerkOnB.get("/api/v1/job-files/" + fileId).expect(200).json().get("size").asLong())
        .isEqualTo(file.length);
    assertThat(b.person("two-nodes-other", "CLERK").get("/api/v1/job-files/" + fileId).status())
        .as("another clerk does not see it on the other node either")
        .isEqualTo(404);
    long jobId =
        clerkOnB
            .post("/api/v1/jobs", Map.of("flow", "two-nodes-csv", "inputs", Map.of("file", fileId)))
            .expect(201)
            .json()
            .get("id")
            .asLong();

    SimRobot robot = SimRobot.enrol(admin, a.baseUri(), "two-nodes-robot", null, List.of());
    SimRobot robotOnB = robot.at(b.baseUri());
    robotOnB.take(jobId);
    assertThat(robotOnB.client().downloadJobFile(jobId, fileId))
        .as("the input file uploaded through A, downloaded through B")
        .isEqualTo(file);

    byte[] png = new byte[600_000];
    new Random(15).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
    robotOnB.client().uploadScreenshot(jobId, "step-1.png", png);
    AdminApi.Response shot = admin.get("/api/v1/jobs/" + jobId + "/screenshots/step-1.png");
    assertThat(shot.status())
        .as("the screenshot uploaded through B, seen through A")
        .isEqualTo(200);
    assertThat(shot.contentType()).isEqualTo("image/png");
    assertThat(shot.raw()).isEqualTo(png);
    assertThat(clerkOnA.get("/api/v1/jobs/" + jobId + "/screenshots/step-1.png").raw())
        .as("the clerk who started the job sees it too")
        .isEqualTo(png);
    robotOnB.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
  }
}
