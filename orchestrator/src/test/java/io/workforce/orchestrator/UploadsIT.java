package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.Multipart;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.orchestrator.upload.Blobs;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.ScreenshotRef;
import io.workforce.protocol.client.OrchestratorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * Uploaded artifacts (screenshots from robots, input files from people) are stored under names the
 * orchestrator generates, so no upload chooses or traverses a path; what people typed comes back as
 * data, and exports quote what a spreadsheet would run as a formula.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class UploadsIT {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0
  };

  @Parameter TestDb db;

  @Test
  void aRobotsScreenshotIsStoredUnderAGeneratedNameWhateverItsReference() throws IOException {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("upload-flow", 1)))
        .expect(201);
    long jobId =
        admin
            .post("/api/v1/jobs", Map.of("flow", "upload-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    SimRobot robot = SimRobot.enrol(o, "upload-robot");
    robot.take(jobId);

    for (String hostile :
        List.of("../../../etc/passwd", "a/b", "C:\\\\x", "shot 1", "%2e%2e%2fx", "x".repeat(101))) {
      assertThatThrownBy(() -> robot.client().uploadScreenshot(jobId, hostile, PNG))
          .as(hostile)
          .isInstanceOf(OrchestratorException.class)
          .hasMessageContaining("400")
          .hasMessageContaining("ref");
    }
    assertThatThrownBy(
            () ->
                robot
                    .client()
                    .uploadScreenshot(
                        jobId,
                        "page.html",
                        "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .as("only PNG or JPEG is kept")
        .hasMessageContaining("PNG");
    ScreenshotRef stored = robot.client().uploadScreenshot(jobId, "step-1.png", PNG);
    assertThat(stored.name()).matches("[0-9a-f-]{36}\\.png");
    assertThat(robot.client().uploadScreenshot(jobId, "..", PNG).name())
        .as("a reference is only a key")
        .matches("[0-9a-f-]{36}\\.png");
    assertThat(
            o.jdbc()
                .sql("SELECT blob_id FROM job_screenshot WHERE stored_name = ?")
                .param(stored.name())
                .query(Long.class)
                .single())
        .as("kept in the database")
        .isNotNull();
    assertThat(o.dataDir().resolve("screenshots")).as("not on this node's disk").doesNotExist();
    AdminApi.Response image =
        admin.get("/api/v1/jobs/" + jobId + "/screenshots/step-1.png").expect(200);
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(image.headers().get("x-content-type-options")).containsExactly("nosniff");
    String key = Files.readString(o.dataDir().resolve("master.key")).strip();
    for (String around :
        List.of("..%2F..%2Fmaster.key", "..%2F..%2F..%2Fmaster.key", "%2e%2e/%2e%2e/master.key")) {
      AdminApi.Response r = admin.get("/api/v1/jobs/" + jobId + "/screenshots/" + around);
      assertThat(r.status()).as(around).isIn(400, 404);
      assertThat(r.body()).doesNotContain(key);
    }
    robot.client().updateJob(jobId, JobUpdate.succeeded(Map.of()));
  }

  @Test
  void anInputFileKeepsOnlyTheLastPartOfItsNameAndIsStoredUnderItsId() throws IOException {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi clerk = o.person("upload-clerk", "CLERK");
    JsonNode f =
        clerk
            .postRaw(
                "/api/v1/job-files",
                "multipart/form-data; boundary=up",
                multipart(
                    "../../../../tmp/evil <img src=x onerror=alert(1)>.csv",
                    "code,name\n91310000,=HYPERLINK(\"http://x\")\n"))
            .expect(201)
            .json();
    String id = f.get("id").asString();
    assertThat(id).matches("jf_[0-9a-f]{32}");
    assertThat(f.get("name").asString())
        .as("the name is data, returned as typed, without its path")
        .isEqualTo("evil <img src=x onerror=alert(1)>.csv");
    assertThat(
            o.jdbc()
                .sql("SELECT blob_id FROM job_file WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .as("kept in the database")
        .isNotNull();
    assertThat(o.dataDir().resolve("job-files")).as("not on this node's disk").doesNotExist();
    assertThat(Files.exists(Path.of("/tmp/evil <img src=x onerror=alert(1)>.csv"))).isFalse();
    assertThat(
            clerk
                .postRaw(
                    "/api/v1/job-files",
                    "multipart/form-data; boundary=up",
                    multipart("run.sh", "#!/bin/sh\n"))
                .expect(400)
                .json()
                .get("detail")
                .asString())
        .contains("run.sh");
    assertThat(o.person("other-upload-clerk", "CLERK").get("/api/v1/job-files/" + id).status())
        .as("another clerk's upload is not found")
        .isEqualTo(404);
  }

  /**
   * An older version kept uploads on the disk of the node that received them; at its first start on
   * this version a node moves them into the database (and deletes them from its disk), so that
   * every node serves them.
   */
  @Test
  void uploadsAnOlderVersionKeptOnTheNodesDiskAreMovedIntoTheDatabaseAtStart() throws IOException {
    try (TestOrchestrator o = TestOrchestrator.start(db)) {
      AdminApi admin = o.admin();
      admin
          .post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("legacy-upload-flow", 1)))
          .expect(201);
      long jobId =
          admin
              .post("/api/v1/jobs", Map.of("flow", "legacy-upload-flow"))
              .expect(201)
              .json()
              .get("id")
              .asLong();
      byte[] png = new byte[300_000];
      new java.util.Random(7).nextBytes(png);
      System.arraycopy(PNG, 0, png, 0, 8);
      String shot = "0d0c2a8e-61a4-4a5e-9a57-1b1f0c3c7d11.png";
      String fileId = "jf_" + "ab".repeat(16);
      byte[] csv = "code,name\nA-1,甲\n".getBytes(StandardCharsets.UTF_8);
      o.jdbc()
          .sql(
              "INSERT INTO job_screenshot (job_id, ref, stored_name, content_type, size_bytes,"
                  + " created_at) VALUES (?, 'old.png', ?, 'image/png', ?, CURRENT_TIMESTAMP)")
          .params(jobId, shot, png.length)
          .update();
      o.jdbc()
          .sql(
              "INSERT INTO job_file (id, original_name, content_type, size_bytes, sha256, data_rows,"
                  + " uploaded_by, created_at) VALUES (?, 'old.csv', 'text/csv', ?, ?, 1, 'admin',"
                  + " CURRENT_TIMESTAMP)")
          .params(fileId, csv.length, "0".repeat(64))
          .update();
      Files.createDirectories(o.dataDir().resolve("screenshots"));
      Files.write(o.dataDir().resolve("screenshots").resolve(shot), png);
      Files.createDirectories(o.dataDir().resolve("job-files"));
      Files.write(o.dataDir().resolve("job-files").resolve(fileId), csv);
      assertThat(admin.get("/api/v1/jobs/" + jobId + "/screenshots/old.png").status())
          .as("before the move, this version does not read the disk")
          .isEqualTo(404);

      o.restart();

      AdminApi.Response image = o.admin().get("/api/v1/jobs/" + jobId + "/screenshots/old.png");
      assertThat(image.status()).isEqualTo(200);
      assertThat(image.raw()).isEqualTo(png);
      Long blob =
          o.jdbc()
              .sql("SELECT blob_id FROM job_file WHERE id = ?")
              .param(fileId)
              .query(Long.class)
              .single();
      Blobs blobs = o.bean(Blobs.class);
      try (var in = blobs.open(blobs.find(blob).orElseThrow())) {
        assertThat(in.readAllBytes()).isEqualTo(csv);
      }
      assertThat(o.dataDir().resolve("screenshots")).as("moved, not copied").doesNotExist();
      assertThat(o.dataDir().resolve("job-files")).doesNotExist();
      o.admin().post("/api/v1/jobs/" + jobId + "/stop", "").expect(200);
    }
  }

  @Test
  void aClerkCannotStartAJobOnAnotherClerksUploadWhichLooksAsIfItDidNotExist() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    admin.post("/api/v1/flows", Map.of("source", TestFlows.csvFlow("uploads-csv", 1))).expect(201);
    AdminApi owner = o.person("upload-owner", "CLERK");
    AdminApi other = o.person("upload-other", "CLERK");
    admin
        .put(
            "/api/v1/flows/uploads-csv/shares",
            List.of(Map.of("user", "upload-owner"), Map.of("user", "upload-other")))
        .expect(200);
    String id =
        owner
            .postRaw(
                "/api/v1/job-files",
                "multipart/form-data; boundary=up",
                multipart("mine.csv", "code,name\nA-1,甲\n"))
            .expect(201)
            .json()
            .get("id")
            .asString();
    String missing = "jf_" + "0".repeat(32);
    AdminApi.Response theirs =
        other.post("/api/v1/jobs", Map.of("flow", "uploads-csv", "inputs", Map.of("file", id)));
    AdminApi.Response none =
        other.post(
            "/api/v1/jobs", Map.of("flow", "uploads-csv", "inputs", Map.of("file", missing)));
    assertThat(theirs.status()).as(theirs.body()).isEqualTo(none.status()).isEqualTo(422);
    assertThat(theirs.json().get("detail").asString().replace(id, "ID"))
        .as("another clerk's file is answered like one that does not exist")
        .isEqualTo(none.json().get("detail").asString().replace(missing, "ID"));
    long own =
        owner
            .post("/api/v1/jobs", Map.of("flow", "uploads-csv", "inputs", Map.of("file", id)))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    owner.post("/api/v1/jobs/" + own + "/stop", "").expect(200); // no job left pending
  }

  @Test
  void aGbkCsvIsReadAsWrittenAndOneInNoKnownEncodingIsRefusedNamingTheLine() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi clerk = o.person("upload-gbk-clerk", "CLERK");
    byte[] gbk = "编号,姓名\nA-1,张三\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    JsonNode f =
        clerk
            .postRaw("/api/v1/job-files", Multipart.CONTENT_TYPE, Multipart.file("gbk.csv", gbk))
            .expect(201)
            .json();
    assertThat(f.get("columns").toString()).isEqualTo("[\"编号\",\"姓名\"]");
    assertThat(f.get("preview").get(0).get(1).asString()).isEqualTo("张三");
    assertThat(f.toString()).doesNotContain("\uFFFD");
    byte[] broken = {'a', ',', 'b', '\n', '1', ',', (byte) 0xFF, '\n'};
    String refused =
        clerk
            .postRaw(
                "/api/v1/job-files", Multipart.CONTENT_TYPE, Multipart.file("broken.csv", broken))
            .expect(400)
            .json()
            .get("detail")
            .asString();
    assertThat(refused).contains("broken.csv:2").contains("UTF-8").contains("GB18030");
    o.admin().post("/api/v1/queues", Map.of("name", "gbk-q")).expect(201);
    byte[] items = "reference,name\nG-1,王五\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    o.admin()
        .postRaw(
            "/api/v1/queues/gbk-q/items/import",
            Multipart.CONTENT_TYPE,
            Multipart.file("items.csv", items))
        .expect(200);
    assertThat(
            o.admin()
                .get("/api/v1/queues/gbk-q/items")
                .json()
                .get(0)
                .path("payload")
                .path("name")
                .asString())
        .isEqualTo("王五");
  }

  @Test
  void exportsQuoteCellsThatASpreadsheetWouldRunAsFormulas() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.admin();
    admin.post("/api/v1/queues", Map.of("name", "formula-q")).expect(201);
    long item =
        admin
            .post(
                "/api/v1/queues/formula-q/items",
                Map.of("reference", "=1+2", "payload", Map.of("note", "@SUM(A1)")))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    admin.post("/api/v1/items/" + item + "/abandon", "").expect(200);
    String csv = admin.get("/api/v1/queues/formula-q/items/export").expect(200).body();
    assertThat(csv).contains(",'=1+2,").doesNotContain(",=1+2,");
  }

  @Test
  void aBodyOverTheConfiguredLimitIsRefusedWithTheLimitNamed() {
    TestOrchestrator o = SharedOrchestrator.on(db);
    long limit = DataSize.parse(SharedOrchestrator.BODY_LIMIT).toBytes();
    byte[] body = new byte[(int) limit + 1];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    AdminApi.Response refused =
        o.admin().postRaw("/api/v1/queues", "application/json", body).expect(413);
    assertThat(refused.problemType()).isEqualTo("body-too-large");
    assertThat(refused.json().get("detail").asString()).contains(String.valueOf(limit));
    assertThat(refused.json().get("limit").asLong()).isEqualTo(limit);
    o.admin()
        .postRaw(
            "/api/v1/queues",
            "application/json",
            ("{\"name\":\"under-limit\",\"description\":\"" + "d".repeat(900) + "\"}")
                .getBytes(StandardCharsets.UTF_8))
        .expect(201);
  }

  private static byte[] multipart(String filename, String content) {
    return ("--up\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + content
            + "\r\n--up--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
