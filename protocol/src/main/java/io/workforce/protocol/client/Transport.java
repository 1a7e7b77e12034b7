package io.workforce.protocol.client;

import io.workforce.protocol.Problem;
import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.core.JacksonException;

/**
 * HTTP plumbing of {@link OrchestratorClient}: JSON in and out, problem details into exceptions.
 *
 * <p>With several orchestrator addresses (the nodes of a cluster) it talks to one at a time and
 * moves to the next when the current one does not answer: a refused connection is tried again at
 * once on the others (the request never reached a node), any other failure (reset, timeout, 502–504
 * from a load balancer) is reported as unreachable after the move, so that the caller's own retry
 * goes to the next node.
 */
final class Transport {

  private final HttpClient http;
  private final List<String> bases;
  private final AtomicInteger current = new AtomicInteger();
  private final String token;
  private final Duration timeout;

  Transport(HttpClient http, List<URI> baseUris, String token, Duration timeout) {
    if (baseUris.isEmpty()) {
      throw new IllegalArgumentException("no orchestrator address");
    }
    this.http = http;
    this.bases =
        baseUris.stream()
            .map(URI::toString)
            .map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
            .toList();
    this.token = token;
    this.timeout = timeout;
  }

  /** The address now in use. */
  String base() {
    return bases.get(Math.floorMod(current.get(), bases.size()));
  }

  /** Gives up {@code failed} for the next address (unless another thread moved on already). */
  private void moveOn(String failed) {
    int at = current.get();
    if (bases.get(Math.floorMod(at, bases.size())).equals(failed)) {
      current.compareAndSet(at, at + 1);
    }
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  <T> Optional<T> get(String path, Class<T> type, Duration requestTimeout) {
    return send(base -> request(base, path, requestTimeout).GET().build(), type);
  }

  /** GET of a binary body (a job's input file). */
  byte[] getBytes(String path) {
    Exchange e =
        exchange(
            base ->
                request(base, path, null)
                    .setHeader("Accept", "application/octet-stream, application/problem+json")
                    .GET()
                    .build());
    if (e.response().statusCode() >= 200 && e.response().statusCode() < 300) {
      return e.response().body();
    }
    throw refusal(e);
  }

  <T> Optional<T> post(String path, Object body, Class<T> type) {
    byte[] json = body == null ? new byte[0] : ProtocolJson.mapper().writeValueAsBytes(body);
    return send(
        base ->
            request(base, path, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build(),
        type);
  }

  <T> T postBytes(String path, byte[] body, String contentType, Class<T> type) {
    return send(
            base ->
                request(base, path, null)
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
            type)
        .orElseThrow();
  }

  void close() {
    // java.net.http.HttpClient of Java 17 has no close(); its threads end when it is collected.
  }

  private HttpRequest.Builder request(String base, String path, Duration requestTimeout) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(requestTimeout == null ? timeout : requestTimeout)
            .header("Accept", "application/json, application/problem+json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private <T> Optional<T> send(Function<String, HttpRequest> request, Class<T> type) {
    Exchange e = exchange(request);
    int status = e.response().statusCode();
    if (status >= 200 && status < 300) {
      if (status == 204 || type == Void.class || e.response().body().length == 0) {
        return Optional.empty();
      }
      return Optional.of(ProtocolJson.mapper().readValue(e.response().body(), type));
    }
    throw refusal(e);
  }

  private record Exchange(String base, HttpRequest request, HttpResponse<byte[]> response) {}

  /** Sends to the address in use; on a refused connection, to each of the others in turn. */
  private Exchange exchange(Function<String, HttpRequest> build) {
    for (int tried = 1; ; tried++) {
      String base = base();
      HttpRequest request = build.apply(base);
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (bases.size() > 1 && GATEWAY_FAILURES.contains(response.statusCode())) {
          moveOn(base); // a load balancer with no node behind it: the caller retries elsewhere
        }
        return new Exchange(base, request, response);
      } catch (ConnectException e) {
        moveOn(base);
        if (tried >= bases.size()) {
          throw unreachable(base, request, e);
        }
      } catch (IOException e) {
        moveOn(base);
        throw unreachable(base, request, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OrchestratorUnreachableException(
            "interrupted while calling " + request.uri().getPath(), e);
      }
    }
  }

  private static final Set<Integer> GATEWAY_FAILURES = Set.of(502, 503, 504);

  private static OrchestratorUnreachableException unreachable(
      String base, HttpRequest request, IOException e) {
    return new OrchestratorUnreachableException(
        "orchestrator "
            + base
            + " did not answer "
            + request.method()
            + " "
            + request.uri().getPath()
            + ": "
            + e,
        e);
  }

  private OrchestratorException refusal(Exchange exchange) {
    HttpRequest request = exchange.request();
    HttpResponse<byte[]> response = exchange.response();
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
