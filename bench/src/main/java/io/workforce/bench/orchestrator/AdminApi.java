package io.workforce.bench.orchestrator;

import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The orchestrator's administrator API over HTTP, as the control center calls it, with the
 * bootstrap admin token. Only what the benchmarks need to set the scene: flows, queues,
 * credentials, enrolment keys, jobs.
 */
final class AdminApi {

  private final HttpClient http;
  private final URI base;
  private final String token;

  AdminApi(HttpClient http, URI base, String token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  /** Publishes a flow (YAML) and makes it live. */
  void publishFlow(String yaml, String sourceName) {
    post("/api/v1/flows", Map.of("source", yaml, "sourceName", sourceName, "live", true));
  }

  void createQueue(String name, int leaseSeconds) {
    post(
        "/api/v1/queues",
        Map.of("name", name, "leaseSeconds", leaseSeconds, "description", "benchmark"));
  }

  /** A shared, non-exclusive credential with a value. */
  void createCredential(String name, String username, String secret) {
    post("/api/v1/credentials", Map.of("name", name, "kind", "SHARED", "exclusive", false));
    send(
        "PUT",
        "/api/v1/credentials/" + name + "/value",
        Map.of("username", username, "secret", secret));
  }

  /** A new enrolment key (its text, shown once). */
  String enrolmentKey(String label) {
    return post("/api/v1/enrolment-keys", Map.of("label", label)).get("key").asString();
  }

  /** Starts a job of the flow's live version; answers the job's id. */
  long startJob(String flow) {
    return post("/api/v1/jobs", Map.of("flow", flow)).get("id").asLong();
  }

  /**
   * Heap in use in the orchestrator's JVM (Micrometer's {@code jvm.memory.used}, area heap), in
   * MiB.
   */
  double heapUsedMiB() {
    JsonNode m = send("GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", null);
    return m.get("measurements").get(0).get("value").asDouble() / (1024 * 1024);
  }

  JsonNode post(String path, Object body) {
    return send("POST", path, body);
  }

  /** A GET answered with text (the Prometheus page). */
  String text(String path) {
    return exchange(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        "GET",
        path);
  }

  private JsonNode send(String method, String path, Object body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Accept-Language", "en");
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(
              method,
              HttpRequest.BodyPublishers.ofByteArray(
                  ProtocolJson.mapper().writeValueAsBytes(body)));
    }
    String answer = exchange(b.build(), method, path);
    return answer.isEmpty()
        ? ProtocolJson.mapper().nullNode()
        : ProtocolJson.mapper().readTree(answer);
  }

  private String exchange(HttpRequest request, String method, String path) {
    try {
      HttpResponse<String> r =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + " -> HTTP " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + method + " " + path, e);
    }
  }
}
