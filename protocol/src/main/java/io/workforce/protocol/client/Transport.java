package io.workforce.protocol.client;

import io.workforce.protocol.Problem;
import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * HTTP plumbing of {@link OrchestratorClient}: JSON in and out, problem details into exceptions.
 */
final class Transport {

  private final HttpClient http;
  private final String base;
  private final String token;
  private final Duration timeout;

  Transport(HttpClient http, URI baseUri, String token, Duration timeout) {
    this.http = http;
    String b = baseUri.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.token = token;
    this.timeout = timeout;
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  <T> Optional<T> get(String path, Class<T> type, Duration requestTimeout) {
    HttpRequest.Builder b = request(path, requestTimeout).GET();
    return send(b.build(), type);
  }

  /** GET of a binary body (a job's input file). */
  byte[] getBytes(String path) {
    HttpRequest request =
        request(path, null)
            .setHeader("Accept", "application/octet-stream, application/problem+json")
            .GET()
            .build();
    HttpResponse<byte[]> response = exchange(request);
    if (response.statusCode() >= 200 && response.statusCode() < 300) {
      return response.body();
    }
    throw refusal(request, response);
  }

  <T> Optional<T> post(String path, Object body, Class<T> type) {
    byte[] json = body == null ? new byte[0] : ProtocolJson.mapper().writeValueAsBytes(body);
    HttpRequest.Builder b =
        request(path, null)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    return send(b.build(), type);
  }

  <T> T postBytes(String path, byte[] body, String contentType, Class<T> type) {
    HttpRequest.Builder b =
        request(path, null)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return send(b.build(), type).orElseThrow();
  }

  void close() {
    // java.net.http.HttpClient of Java 17 has no close(); its threads end when it is collected.
  }

  private HttpRequest.Builder request(String path, Duration requestTimeout) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(requestTimeout == null ? timeout : requestTimeout)
            .header("Accept", "application/json, application/problem+json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private <T> Optional<T> send(HttpRequest request, Class<T> type) {
    HttpResponse<byte[]> response = exchange(request);
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      if (status == 204 || type == Void.class || response.body().length == 0) {
        return Optional.empty();
      }
      return Optional.of(ProtocolJson.mapper().readValue(response.body(), type));
    }
    throw refusal(request, response);
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new OrchestratorUnreachableException(
          "orchestrator "
              + base
              + " did not answer "
              + request.method()
              + " "
              + request.uri().getPath()
              + ": "
              + e,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OrchestratorUnreachableException(
          "interrupted while calling " + request.uri().getPath(), e);
    }
  }

  private OrchestratorException refusal(HttpRequest request, HttpResponse<byte[]> response) {
    Problem problem = null;
    try {
      problem = ProtocolJson.mapper().readValue(response.body(), Problem.class);
    } catch (JacksonException | IllegalArgumentException e) {
      // not a problem document (a proxy's HTML page, say): the status alone must do
    }
    String detail =
        problem != null && problem.detail() != null
            ? problem.detail()
            : problem != null && problem.title() != null
                ? problem.title()
                : "HTTP " + response.statusCode();
    String message =
        request.method()
            + " "
            + request.uri().getPath()
            + " -> "
            + response.statusCode()
            + ": "
            + detail;
    if (response.statusCode() >= 500 || response.statusCode() == 429) {
      // the server is there but cannot serve now: treat like unreachable so that robots buffer and
      // retry
      return new OrchestratorUnreachableException(response.statusCode(), problem, message);
    }
    return new OrchestratorException(response.statusCode(), problem, message);
  }
}
