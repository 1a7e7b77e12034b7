package io.workforce.runtime.assistant.api;

import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.StepEvent;
import io.workforce.protocol.json.ProtocolJson;
import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.api.Dtos.AttendedRun;
import io.workforce.runtime.assistant.api.Dtos.Job;
import io.workforce.runtime.assistant.api.Dtos.JobItem;
import io.workforce.runtime.assistant.api.Dtos.Me;
import io.workforce.runtime.assistant.api.Dtos.MyCredential;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import io.workforce.runtime.assistant.api.Dtos.UploadedFile;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/**
 * The orchestrator's public REST API as the assistant uses it: a browser-like session (cookie +
 * CSRF header, like the control center) after a password log-in, or a personal API token ({@code
 * wfp_…}) as bearer. Thread-safe; every failure is an {@link ApiException} with a message for the
 * clerk.
 */
public final class AssistantApi {

  /** Personal API tokens start with this; such a "password" is sent as a bearer token. */
  public static final String TOKEN_PREFIX = "wfp_";

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final Http http;
  private volatile String token;

  private AssistantApi(URI base, Duration timeout) {
    this.base = base;
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .connectTimeout(timeout)
            .build();
    this.http = new Http(client, base, timeout, this::authorization, this::csrf);
  }

  /**
   * A client for the orchestrator at {@code server} (e.g. {@code http://127.0.0.1:18080}).
   *
   * @throws ApiException when the address is not an http(s) URL
   */
  public static AssistantApi connect(String server) {
    URI uri;
    try {
      String s = server.strip();
      uri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
      throw new ApiException(
          ApiException.Kind.UNREACHABLE, 0, Texts.get("api.badUrl", server), List.of());
    }
    return new AssistantApi(uri, Duration.ofSeconds(10));
  }

  public URI base() {
    return base;
  }

  /**
   * Logs in with a password (a session), or with a personal API token when the secret starts with
   * {@code wfp_}.
   */
  public Me login(String username, String secret) {
    if (secret.startsWith(TOKEN_PREFIX)) {
      token = secret;
      return me();
    }
    token = null;
    http.send("GET", "/api/v1/auth/csrf", null, null);
    return http.json(
        "POST", "/api/v1/auth/login", Map.of("username", username, "password", secret), Me.class);
  }

  /** Ends the session (tokens stay valid: they are revoked in the control center). */
  public void logout() {
    if (token == null) {
      try {
        http.send("POST", "/api/v1/auth/logout", null, null);
      } catch (ApiException ignored) {
        // logging out of a server that went away is done
      }
    }
    cookies.getCookieStore().removeAll();
    token = null;
  }

  public Me me() {
    return http.json("GET", "/api/v1/me", null, Me.class);
  }

  public List<StartableFlow> myFlows() {
    return http.json("GET", "/api/v1/me/flows", null, new TypeReference<List<StartableFlow>>() {});
  }

  public List<MyCredential> myCredentials() {
    return http.json(
        "GET", "/api/v1/me/credentials", null, new TypeReference<List<MyCredential>>() {});
  }

  /** Sets the clerk's own account of a personal credential (write-only). */
  public void setMyCredential(String name, String username, String secret) {
    http.send(
        "PUT",
        "/api/v1/me/credentials/" + path(name),
        ProtocolJson.mapper().writeValueAsBytes(Map.of("username", username, "secret", secret)),
        "application/json");
  }

  /** Uploads a spreadsheet for a job's input. */
  public UploadedFile upload(Path file) {
    Multipart body = Multipart.ofFile("file", file);
    return ProtocolJson.mapper()
        .readValue(
            http.send("POST", "/api/v1/job-files", body.bytes(), body.contentType()),
            UploadedFile.class);
  }

  /** Starts a job on the orchestrator's robots. */
  public Job start(String flow, Map<String, Object> inputs) {
    return http.json("POST", "/api/v1/jobs", Map.of("flow", flow, "inputs", inputs), Job.class);
  }

  public Job job(long id) {
    return http.json("GET", "/api/v1/jobs/" + id, null, Job.class);
  }

  public List<JobItem> items(long id) {
    return http.json(
        "GET",
        "/api/v1/jobs/" + id + "/items?size=1000",
        null,
        new TypeReference<List<JobItem>>() {});
  }

  public List<StepEvent> events(long id, long after) {
    return http.json(
        "GET",
        "/api/v1/jobs/" + id + "/events?after=" + after,
        null,
        new TypeReference<List<StepEvent>>() {});
  }

  /** Asks the job to stop. */
  public Job stop(long id) {
    return http.json("POST", "/api/v1/jobs/" + id + "/stop", null, Job.class);
  }

  /**
   * The flow's source and credentials for an attended run here (audited checkout on the server).
   */
  public AttendedRun attendedRun(String flow) {
    return http.json(
        "POST", "/api/v1/me/flows/" + path(flow) + "/attended-run", null, AttendedRun.class);
  }

  /** Reports the items an attended run ended (outcomes, inputs, outputs: masked by the caller). */
  public void reportAttendedItems(long jobId, List<ItemResult> items) {
    http.send(
        "POST",
        "/api/v1/me/runs/" + jobId + "/items",
        ProtocolJson.mapper().writeValueAsBytes(items),
        "application/json");
  }

  /** Reports that an attended run ended. */
  public void endAttendedRun(long jobId, JobUpdate end) {
    http.send(
        "POST",
        "/api/v1/me/runs/" + jobId + "/end",
        ProtocolJson.mapper().writeValueAsBytes(end),
        "application/json");
  }

  /** The control center's page of a run (for its report). */
  public URI runPage(long jobId) {
    return URI.create(base + "/#/runs/" + jobId);
  }

  private String authorization() {
    return token == null ? null : "Bearer " + token;
  }

  private String csrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String path(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
