package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.archive.ArchiveRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The dispatcher/performer pattern end to end, with the sample flows {@code archive-dispatch} and
 * {@code archive-verify}, a real robot process and a real orchestrator (H2) over HTTP: the
 * dispatcher lists the archive's register (37 records behind a post-back pager) and adds one item
 * per record; run again, it adds nothing; the performer processes every item once, each with its
 * own status, checked against the archive's ground truth; a busy system on one record (503s on its
 * detail page, more than the open step's own tries) fails one try of that item with a system error,
 * and only that item is tried again.
 */
class DispatcherPerformerIT {

  static final String QUEUE = "archive-records";
  static final int REGISTER = 37;
  static final Duration WAIT = Duration.ofMinutes(2);

  @Test
  void everyListedRecordBecomesOneItemProcessedOnceAndABusyRecordAloneIsTriedAgain(
      @TempDir Path dir) throws Exception {
    try (SampleSystems samples =
            SampleSystems.start(SampleOptions.builder().records(3).exportEnabled(true).build());
        LiveOrchestrator orchestrator =
            LiveOrchestrator.start(
                LiveOrchestrator.Db.H2,
                Map.of(
                    "workforce.robots.heartbeat-interval", "2s",
                    "workforce.robots.offline-after", "6s"))) {
      RestClient admin = orchestrator.admin();
      for (String flow : List.of("archive-dispatch", "archive-verify")) {
        String source = Files.readString(SyncRig.FLOWS.resolve(flow + ".yaml"));
        admin
            .post("/api/v1/flows", Map.of("source", source, "sourceName", flow + ".yaml"))
            .expect(201);
      }
      admin
          .post(
              "/api/v1/queues",
              Map.of("name", QUEUE, "description", "待核对的档案", "maxAttempts", 3, "slaMinutes", 60))
          .expect(201);
      admin
          .post("/api/v1/credentials", Map.of("name", "archive-clerk", "kind", "SHARED"))
          .expect(201);
      admin
          .put(
              "/api/v1/credentials/archive-clerk/value",
              Map.of(
                  "username",
                  SampleSystems.account("archive").username(),
                  "secret",
                  SampleSystems.account("archive").password()))
          .expect(204);
      String key =
          admin
              .post("/api/v1/enrolment-keys", Map.of("label", "e2e dispatcher", "maxUses", 2))
              .expect(201)
              .json()
              .path("key")
              .asString();
      List<ArchiveRecord> register = samples.archiveTruth().records().subList(0, REGISTER);
      ArchiveRecord busy = register.get(29);
      busy(samples, busy.no(), 3);

      try (RobotProcess robot =
          RobotProcess.start(
              "robot-dp",
              dir.resolve("robot"),
              orchestrator.baseUri(),
              key,
              Map.of("ARCHIVE_URL", samples.archiveUrl(), "WORKFORCE_LANG", "en"))) {
        long first = start(admin, "archive-dispatch");
        awaitSucceeded(admin, first, robot);
        List<JsonNode> items = items(admin);
        assertThat(items)
            .extracting(i -> i.path("reference").asString())
            .as("one item per record of the register, in its order")
            .containsExactlyElementsOf(register.stream().map(ArchiveRecord::no).toList());
        for (int n = 0; n < REGISTER; n++) {
          assertThat(items.get(n).path("payload").path("name").asString())
              .isEqualTo(register.get(n).name());
          assertThat(items.get(n).path("payload").path("district").asString())
              .isEqualTo(register.get(n).district());
        }

        long again = start(admin, "archive-dispatch");
        awaitSucceeded(admin, again, robot);
        assertThat(items(admin)).as("the dispatcher run again adds nothing").hasSize(REGISTER);
        List<String> audited =
            admin
                .get("/api/v1/audit?action=queue.items.add&size=1000")
                .expect(200)
                .json()
                .findValuesAsString("detail")
                .stream()
                .filter(d -> d.startsWith("job " + again + ":"))
                .toList();
        assertThat(audited)
            .as("each enqueue of the second dispatcher run is audited and added nothing")
            .hasSize(REGISTER)
            .allMatch(d -> d.endsWith(": 0 added, 1 already there"));

        long performer = start(admin, "archive-verify");
        awaitSucceeded(admin, performer, robot);
        List<JsonNode> done = items(admin);
        Map<String, ArchiveRecord> truth = new HashMap<>();
        register.forEach(r -> truth.put(r.no(), r));
        List<String> wrong = new ArrayList<>();
        for (JsonNode item : done) {
          String no = item.path("reference").asString();
          if (!"SUCCESSFUL".equals(item.path("status").asString())
              || item.path("attempts").asInt() != (no.equals(busy.no()) ? 2 : 1)
              || !truth
                  .get(no)
                  .idNumber()
                  .equals(item.path("output").path("id_number").asString())) {
            wrong.add(no + ": " + item);
          }
        }
        assertThat(wrong)
            .as("items not processed exactly once with the archive's ID number")
            .isEmpty();
        // the busy page failed the first attempt of that record's item, which went back to the
        // queue
        // (one retry budget per item) and succeeded on its second; no other record was opened twice
        await(
            "the performer's events arrived",
            robot,
            () -> kind(events(admin, performer), "ITEM_END").size() >= REGISTER);
        List<JsonNode> events = events(admin, performer);
        assertThat(
                kind(events, "STEP_START").stream()
                    .filter(e -> e.path("step").asString().equals("steps[0].open")))
            .as("every record's detail page opened once, the busy one twice")
            .hasSize(REGISTER + 1);
        List<String> failed =
            kind(events, "STEP_END").stream()
                .filter(e -> e.path("outcome").asString().equals("system_error"))
                .map(e -> e.path("message").asString())
                .toList();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0)).contains(busy.no()).contains("503");
      }
    }
  }

  private static long start(RestClient admin, String flow) {
    return admin.post("/api/v1/jobs", Map.of("flow", flow)).expect(201).json().path("id").asLong();
  }

  private static void awaitSucceeded(RestClient admin, long job, RobotProcess robot) {
    await(
        "job " + job + " succeeded",
        robot,
        () -> {
          String state =
              admin.get("/api/v1/jobs/" + job).expect(200).json().path("state").asString();
          if (state.equals("FAILED") || state.equals("CANCELLED")) {
            throw new AssertionError(
                "job "
                    + job
                    + " ended "
                    + state
                    + ": "
                    + admin.get("/api/v1/jobs/" + job).body()
                    + "\n"
                    + SyncRig.tail(robot.output(), 3000));
          }
          return state.equals("SUCCEEDED");
        });
  }

  private static List<JsonNode> events(RestClient admin, long job) {
    List<JsonNode> out = new ArrayList<>();
    admin.get("/api/v1/jobs/" + job + "/events?limit=5000").expect(200).json().forEach(out::add);
    return out;
  }

  private static List<JsonNode> kind(List<JsonNode> events, String kind) {
    return events.stream().filter(e -> e.path("kind").asString().equals(kind)).toList();
  }

  private static List<JsonNode> items(RestClient admin) {
    List<JsonNode> out = new ArrayList<>();
    admin.get("/api/v1/queues/" + QUEUE + "/items?size=100").expect(200).json().forEach(out::add);
    return out;
  }

  private static void await(String what, RobotProcess robot, BooleanSupplier condition) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return;
      }
      RobotProcess.sleep(250);
    }
    throw new AssertionError(
        "timed out waiting until " + what + "\n" + SyncRig.tail(robot.output(), 3000));
  }

  /**
   * The archive answers the next {@code times} views of this record's details with a 503 (the open
   * step itself tries an error page three times: three 503s fail one try of the item).
   */
  private static void busy(SampleSystems samples, String no, int times) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              samples.archiveUrl()
                                  + "/_export/archive/busy?times="
                                  + times
                                  + "&no="
                                  + URLEncoder.encode(no, StandardCharsets.UTF_8)))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
