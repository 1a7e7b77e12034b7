package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.Multipart;
import io.workforce.orchestrator.testing.OrchestratorProcess;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.protocol.JobUpdate;
import io.workforce.testkit.LocalPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    Map<String, String> shared =
        Map.of("workforce.vault.master-key-file", dir.resolve("master.key").toString());
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
