package io.workforce.e2e.controlcenter;

import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The orchestrator's REST API over real HTTP, as the test's administrator (or another signed-in
 * user).
 */
final class Api {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies).build();
  private final URI base;
  private final String bearer;

  /**
   * @param bearer a personal API token, or null for a log-in session (cookie + CSRF token)
   */
  Api(URI base, String bearer) {
    this.base = base;
    this.bearer = bearer;
  }

  /**
   * Logs a person in as a browser does: CSRF cookie first, then the log-in, then the session
   * cookie.
   */
  static Api login(URI base, String username, String password) {
    Api api = new Api(base, null);
    api.get("/api/v1/auth/csrf").expect(200);
    api.post("/api/v1/auth/login", Map.of("username", username, "password", password)).expect(200);
    return api;
  }

  private String csrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * @param status the HTTP status @param body the body as text
   */
  record Response(int status, String body) {
    JsonNode json() {
      return ProtocolJson.mapper().readTree(body);
    }

    /** Fails unless the status is one of {@code expected}. */
    Response expect(int... expected) {
      for (int e : expected) {
        if (status == e) {
          return this;
        }
      }
      throw new AssertionError(
          "expected HTTP "
              + java.util.Arrays.toString(expected)
              + " but got "
              + status
              + ": "
              + body);
    }
  }

  Response get(String path) {
    return send(builder(path).GET());
  }

  Response post(String path, Object body) {
    String json = body instanceof String s ? s : ProtocolJson.mapper().writeValueAsString(body);
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response put(String path, Object body) {
    String json = ProtocolJson.mapper().writeValueAsString(body);
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response upload(String path, String fileName, byte[] content) {
    String boundary = "----wf" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(
        builder(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Accept-Language", "zh-CN");
    if (bearer != null) {
      return b.header("Authorization", "Bearer " + bearer);
    }
    String token = csrf();
    return token == null ? b : b.header("X-XSRF-TOKEN", token);
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
