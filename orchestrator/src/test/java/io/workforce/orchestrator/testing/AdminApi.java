package io.workforce.orchestrator.testing;

import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The admin REST API over real HTTP, as a test (or the control center) calls it. Records every body seen. */
public final class AdminApi {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final List<String> seen = new ArrayList<>();
  private String token;

  AdminApi(URI base) {
    this.base = base;
  }

  public AdminApi withToken(String adminToken) {
    this.token = adminToken;
    return this;
  }

  /** A response: status and body (JSON when it is JSON). */
  public record Response(int status, String body, String contentType) {
    public JsonNode json() {
      return ProtocolJson.mapper().readTree(body);
    }

    public Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
      }
      return this;
    }
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : ProtocolJson.mapper().writeValueAsString(body))));
  }

  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : ProtocolJson.mapper().writeValueAsString(body))));
  }

  public Response postRaw(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Every response body this client received. */
  public List<String> seenBodies() {
    return seen;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      String body = new String(r.body(), StandardCharsets.UTF_8);
      seen.add(body);
      return new Response(r.statusCode(), body, r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
