package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The control center's live feed: a stream for those who ask for one, and a change event when a job
 * starts.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class LiveFeedIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator = SharedOrchestrator.on(db);
    orchestrator
        .admin()
        .post(
            "/api/v1/flows",
            Map.of("source", TestFlows.simpleFlow("live-flow", 1), "sourceName", "live.yaml"))
        .expect(201);
  }

  @Test
  void aClientThatDidNotAskForAStreamGetsAClearErrorNotAHangingRequest() {
    AdminApi.Response r = orchestrator.admin().get("/api/v1/live");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("text/event-stream");
  }

  @Test
  void aListenerHearsHelloAndThenThatAJobWasCreated() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<InputStream> stream =
        http.send(
            HttpRequest.newBuilder(orchestrator.baseUri().resolve("/api/v1/live"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + TestOrchestrator.ADMIN_TOKEN)
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    // not closed on failure: a reader blocked in readLine would block close(); the stream ends with
    // the orchestrator
    BufferedReader in =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
    assertThat(in.readLine()).isEqualTo("event:hello");
    long jobId =
        orchestrator
            .admin()
            .post("/api/v1/jobs", Map.of("flow", "live-flow"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    CompletableFuture<String> change =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line; (line = in.readLine()) != null; ) {
                  if (line.startsWith("data:")
                      && line.contains("\"jobs\":[{\"id\":" + jobId + ",")) {
                    return line;
                  }
                }
                return null;
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertThat(change.get(30, TimeUnit.SECONDS))
        .contains("\"flow\":\"live-flow\"")
        .contains("\"state\":\"PENDING\"");
    in.close();
    orchestrator
        .admin()
        .post("/api/v1/jobs/" + jobId + "/stop", "")
        .expect(200); // no work left for other classes
  }
}
