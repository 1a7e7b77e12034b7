package io.workforce.orchestrator.testing;

import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The REST API over real HTTP, as a script (bearer token) or a browser page (session cookie + CSRF
 * header, like the control center) calls it. Records every body seen.
 */
public final class AdminApi {

  private static final HttpClient SHARED =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies;
  private final List<String> seen = new ArrayList<>();
  private String token;
  private boolean csrf = true;
  private String forwardedFor;
  private Duration timeout = Duration.ofSeconds(30);

  private AdminApi(URI base, HttpClient http, CookieManager cookies) {
    this.base = base;
    this.http = http;
    this.cookies = cookies;
  }

  /** A client without credentials (anonymous until it logs in or is given a token). */
  static AdminApi anonymous(URI base) {
    return new AdminApi(base, SHARED, null);
  }

  /**
   * A browser-like client with its own cookie jar: it can log in and sends the CSRF header by
   * itself.
   */
  public static AdminApi browser(URI base) {
    CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(jar)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    return new AdminApi(base, client, jar);
  }

  public AdminApi withToken(String bearerToken) {
    this.token = bearerToken;
    return this;
  }

  /** Waits this long for each answer (30 s unless told). */
  public AdminApi withTimeout(Duration answerTimeout) {
    this.timeout = answerTimeout;
    return this;
  }

  /**
   * Claims to come from this client address through a proxy ({@code X-Forwarded-For}); counts only
   * where the orchestrator trusts forwarded headers.
   */
  public AdminApi from(String clientAddress) {
    this.forwardedFor = clientAddress;
    return this;
  }

  /** Stops sending the CSRF header (to see that the server insists on it). */
  public AdminApi withoutCsrf() {
    this.csrf = false;
    return this;
  }

  /**
   * The same browser session (cookies) talking to another address, e.g. a restarted orchestrator.
   */
  public AdminApi at(URI otherBase) {
    AdminApi moved = new AdminApi(otherBase, http, cookies);
    moved.token = token;
    moved.forwardedFor = forwardedFor;
    moved.timeout = timeout;
    return moved;
  }

  /**
   * Logs in (browser clients): fetches a CSRF token first, like the control center's log-in page.
   */
  public Response login(String username, String password) {
    get("/api/v1/auth/csrf").expect(200);
    return post("/api/v1/auth/login", Map.of("username", username, "password", password));
  }

  /** A response: status, body (JSON when it is JSON), content type, headers and the raw bytes. */
  public record Response(
      int status, String body, String contentType, Map<String, List<String>> headers, byte[] raw) {

    public Response(
        int status, String body, String contentType, Map<String, List<String>> headers) {
      this(status, body, contentType, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public JsonNode json() {
      return ProtocolJson.mapper().readTree(body);
    }

    public Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
      }
      return this;
    }

    /** The problem type's last part ({@code access-denied}), or null. */
    public String problemType() {
      if (!contentType.contains("json") || body.isBlank()) {
        return null;
      }
      JsonNode type = json().get("type");
      return type == null ? null : type.asString().substring(type.asString().lastIndexOf('/') + 1);
    }
  }

  public Response get(String path) {
    return send("GET", path, null, null);
  }

  public Response delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Response post(String path, Object body) {
    return send("POST", path, "application/json", json(body));
  }

  public Response put(String path, Object body) {
    return send("PUT", path, "application/json", json(body));
  }

  public Response postRaw(String path, String contentType, byte[] body) {
    return send("POST", path, contentType, body);
  }

  /** Any request; the CSRF header is added for unsafe methods when this is a browser client. */
  public Response send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (forwardedFor != null) {
      b.header("X-Forwarded-For", forwardedFor);
    }
    String xsrf = csrfCookie();
    if (csrf && xsrf != null && !method.equals("GET") && !method.equals("HEAD")) {
      b.header("X-XSRF-TOKEN", xsrf);
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      String text = new String(r.body(), StandardCharsets.UTF_8);
      seen.add(text);
      return new Response(
          r.statusCode(),
          text,
          r.headers().firstValue("Content-Type").orElse(""),
          r.headers().map(),
          r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every response body this client received. */
  public List<String> seenBodies() {
    return seen;
  }

  /** The value of a cookie this (browser) client holds, or null. */
  public String cookie(String name) {
    return cookies == null
        ? null
        : cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals(name))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse(null);
  }

  private String csrfCookie() {
    return cookie("XSRF-TOKEN");
  }

  private static byte[] json(Object body) {
    String text = body instanceof String s ? s : ProtocolJson.mapper().writeValueAsString(body);
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
