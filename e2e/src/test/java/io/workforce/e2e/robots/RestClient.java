package io.workforce.e2e.robots;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The orchestrator's REST API over real HTTP, as an administrator's script (bearer token) or a
 * person logged in (session cookie + CSRF header). Keeps every response body it received, for the
 * canary search.
 */
public final class RestClient {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .cookieHandler(cookies)
          .build();
  private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
  private final URI base;
  private final String bearer;

  RestClient(URI base, String bearer) {
    this.base = base;
    this.bearer = bearer;
  }

  /** A person logged in as the control center does it: CSRF cookie, log-in, session cookie. */
  public static RestClient login(URI base, String username, String password) {
    RestClient api = new RestClient(base, null);
    api.get("/api/v1/auth/csrf").expect(200);
    api.post("/api/v1/auth/login", Map.of("username", username, "password", password)).expect(200);
    return api;
  }

  /**
   * @param status HTTP status @param body the body as text
   */
  public record Response(int status, String body) {
    public JsonNode json() {
      return ProtocolJson.mapper().readTree(body);
    }

    public Response expect(int... expected) {
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

  public Response get(String path) {
    return send(builder(path).GET());
  }

  public Response post(String path, Object body) {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response put(String path, Object body) {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  /** A multipart upload of one file in the part {@code file}. */
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

  /**
   * Opens a stream of server-sent events at {@code path} and appends what arrives to {@code into}
   * until the server ends it or the test's JVM ends; the answer is not kept in {@link #bodies()}.
   */
  void listen(String path, StringBuffer into) {
    http.sendAsync(
        builder(path).setHeader("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofByteArrayConsumer(
            chunk -> chunk.ifPresent(b -> into.append(new String(b, StandardCharsets.UTF_8)))));
  }

  /** Every body this client received. */
  List<String> bodies() {
    synchronized (bodies) {
      return List.copyOf(bodies);
    }
  }

  private static String json(Object body) {
    return body instanceof String s ? s : ProtocolJson.mapper().writeValueAsString(body);
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Accept-Language", "en");
    if (bearer != null) {
      return b.header("Authorization", "Bearer " + bearer);
    }
    String token =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse(null);
    return token == null ? b : b.header("X-XSRF-TOKEN", token);
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      bodies.add(r.body());
      return new Response(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
