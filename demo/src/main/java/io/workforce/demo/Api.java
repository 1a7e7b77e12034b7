package io.workforce.demo;

import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
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
 * The orchestrator's public REST API as a person logged in through the control center's own calls:
 * CSRF cookie, {@code POST /api/v1/auth/login}, then the session cookie plus the {@code
 * X-XSRF-TOKEN} header.
 */
final class Api {

  /** An answer: HTTP status and body. */
  record Answer(int status, String body) {
    JsonNode json() {
      return body.isBlank()
          ? ProtocolJson.mapper().nullNode()
          : ProtocolJson.mapper().readTree(body);
    }

    boolean ok() {
      return status / 100 == 2;
    }
  }

  /**
   * A call that did not answer as the set-up expected; the message names the call and the answer.
   */
  static final class ApiException extends RuntimeException {
    ApiException(String message) {
      super(message);
    }
  }

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .cookieHandler(cookies)
          .build();
  private final URI base;

  private Api(URI base) {
    this.base = base;
  }

  /**
   * Logs in as {@code username}; fails with the orchestrator's answer when the password is wrong.
   */
  static Api login(URI base, String username, String password) {
    Api api = new Api(base);
    api.expect(api.get("/api/v1/auth/csrf"), "GET /api/v1/auth/csrf");
    api.expect(
        api.post("/api/v1/auth/login", Map.of("username", username, "password", password)),
        "log-in of " + username);
    return api;
  }

  Answer get(String path) {
    return send(builder(path).GET());
  }

  Answer post(String path, Object body) {
    return send(json(builder(path), "POST", body));
  }

  Answer put(String path, Object body) {
    return send(json(builder(path), "PUT", body));
  }

  Answer delete(String path) {
    return send(builder(path).DELETE());
  }

  /** A multipart upload of one file in the part {@code file}. */
  Answer upload(String path, String fileName, byte[] content) {
    String boundary = "----wfdemo" + UUID.randomUUID();
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

  /**
   * The answer when it is one of {@code statuses} (2xx when none are given), else an {@link
   * ApiException}.
   */
  Answer expect(Answer a, String what, int... statuses) {
    boolean wanted =
        statuses.length == 0
            ? a.ok()
            : java.util.Arrays.stream(statuses).anyMatch(s -> s == a.status());
    if (!wanted) {
      String body = a.body().length() > 500 ? a.body().substring(0, 500) + "…" : a.body();
      throw new ApiException(what + ": HTTP " + a.status() + " " + body);
    }
    return a;
  }

  private static HttpRequest.Builder json(HttpRequest.Builder b, String method, Object body) {
    String text = body instanceof String s ? s : ProtocolJson.mapper().writeValueAsString(body);
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(text));
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Accept-Language", Text.english() ? "en" : "zh");
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .map(t -> b.header("X-XSRF-TOKEN", t))
        .orElse(b);
  }

  private Answer send(HttpRequest.Builder b) {
    HttpRequest request = b.build();
    try {
      HttpResponse<String> r =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new ApiException(request.method() + " " + request.uri().getPath() + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException("interrupted: " + request.method() + " " + request.uri().getPath());
    }
  }
}
